import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/services/backup/create';
import { closeAppContext, openAppContext } from '../../../electron/services/context';
import { getOrganization, putOrganization } from '../../../db/queries/office';
import { importBundle } from '../../../electron/services/bundle';
import { sampleBundle } from '../../../shared/sampleBundle';
import { tempDir } from './support';

const KILLS = Number(process.env.ITA_RESTORE_KILLS ?? 40);
let worker = '';

beforeAll(async () => {
  worker = path.join(tempDir('ita-restore-bundle-'), 'worker.mjs');
  await build({ entryPoints: [path.resolve('tests/unit/backup/restoreWorker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: worker, external: ['better-sqlite3', 'systeminformation'], logLevel: 'silent', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  fs.symlinkSync(path.resolve('node_modules'), path.join(path.dirname(worker), 'node_modules'));
});

function runAndKill(args: string[], afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let armed = false;
    child.stdout.on('data', () => {
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`restore worker stopped by itself: ${err}`))));
  });
}

describe('a restore killed at any moment', () => {
  it(`leaves the live database whole, either before or after, through ${KILLS} SIGKILLs`, async () => {
    const dataDir = tempDir('ita-restore-crash-');
    const backups = tempDir('ita-restore-backups-');
    const ctx = openAppContext(dataDir);
    importBundle(ctx, sampleBundle(ctx.appVersion));
    const names = ['อบต.หนึ่ง', 'อบต.สอง'];
    const files: string[] = [];
    for (const [i, name] of names.entries()) {
      putOrganization(ctx.db, { ...getOrganization(ctx.db)!, name });
      files.push((await createBackup(ctx, backups, { now: new Date(Date.UTC(2026, 0, 1 + i)) })).file);
    }
    closeAppContext(ctx);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < KILLS; round++) {
      await runAndKill([dataDir, ...files], Math.floor(random() * 60));
      const live = path.join(dataDir, 'ita-desk.sqlite');
      expect(fs.existsSync(live), `round ${round}: live database missing`).toBe(true);
      const db = new Database(live);
      try {
        expect(db.prepare('PRAGMA integrity_check').pluck().get(), `round ${round}`).toBe('ok');
        expect(names).toContain(db.prepare('SELECT name FROM organization').pluck().get());
      } finally {
        db.close();
      }
    }
    // The app still opens normally on it afterwards, and scratch files of the killed runs are cleaned.
    const after = openAppContext(dataDir);
    try {
      expect(names).toContain(getOrganization(after.db)?.name);
      await createBackup(after, backups);
      expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
    } finally {
      closeAppContext(after);
    }
  }, 300_000);
});
