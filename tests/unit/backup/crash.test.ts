import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { tempDir } from './support';

const KILLS = Number(process.env.ITA_CRASH_KILLS ?? 200);
let writer = '';

beforeAll(async () => {
  // A plain-JS bundle of the writer: a child starts in tens of milliseconds, not seconds under tsx.
  writer = path.join(tempDir('ita-crash-bundle-'), 'writer.cjs');
  await build({ entryPoints: [path.resolve('tests/unit/backup/crashWriter.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: writer, external: ['better-sqlite3'], nodePaths: [path.resolve('node_modules')], logLevel: 'silent' });
  fs.symlinkSync(path.resolve('node_modules'), path.join(path.dirname(writer), 'node_modules'));
});

/** Runs the writer, kills it with SIGKILL `afterMs` after its first commit, returns the ids it reported. */
function runAndKill(file: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${err}`));
      // Only whole lines were reported: a line cut by the kill was never fully printed.
      else resolve(out.split('\n').slice(0, -1).filter(Boolean));
    });
  });
}

describe('crash safety of the live database', () => {
  it(`keeps every reported commit through ${KILLS} SIGKILLs at random moments`, async () => {
    const dir = tempDir('ita-crash-');
    const file = path.join(dir, 'ita-desk.sqlite');
    openDatabase(file).close();
    const reported = new Set<string>();
    let seed = 20261127;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const started = Date.now();
    for (let round = 0; round < KILLS; round++) {
      // Mostly within the first few commits, sometimes later (checkpoints, bigger WAL).
      const afterMs = random() < 0.8 ? Math.floor(random() * 15) : Math.floor(random() * 120);
      for (const id of await runAndKill(file, afterMs)) reported.add(id);
      // Reopen as a reader after every crash: the file must be whole and hold every reported id.
      const db = new Database(file, { readonly: false });
      try {
        expect(db.prepare('PRAGMA integrity_check').pluck().get(), `round ${round}`).toBe('ok');
        expect(db.prepare('PRAGMA foreign_key_check').all(), `round ${round}`).toEqual([]);
        const present = new Set(db.prepare("SELECT substr(name, 7) AS id FROM unit WHERE name LIKE 'หน่วย-%'").pluck().all() as string[]);
        const missing = [...reported].filter((id) => !present.has(id));
        expect(missing, `round ${round}: committed ids lost`).toEqual([]);
        // Every committed transaction is whole: three people per unit.
        expect(db.prepare('SELECT count(*) FROM unit u WHERE (SELECT count(*) FROM person p WHERE p.unit_id = u.id) <> 3').pluck().get()).toBe(0);
      } finally {
        db.close();
      }
    }
    expect(reported.size).toBeGreaterThan(KILLS);
    console.log(`crash test: ${KILLS} kills, ${reported.size} reported commits, all present; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);
});
