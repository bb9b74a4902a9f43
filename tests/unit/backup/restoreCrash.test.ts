import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/services/backup/create';
import { closeAppContext, openAppContext } from '../../../electron/services/context';
import { getOrganization, putOrganization } from '../../../db/queries/office';
import { importBundle } from '../../../electron/services/bundle';
import { sampleBundle } from '../../../shared/sampleBundle';
import { ok, tempDir } from './support';

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

/** Evidence files the database refers to that are not in the evidence folder with their recorded hash. */
function missingEvidence(db: Database.Database, dataDir: string): string[] {
  const rows = db.prepare("SELECT file, sha256 FROM evidence WHERE kind = 'file'").all() as { file: string; sha256: string }[];
  return rows
    .filter(({ file, sha256 }) => {
      const full = path.join(dataDir, 'evidence', file);
      return !fs.existsSync(full) || crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex') !== sha256;
    })
    .map((r) => r.file);
}

describe('a restore killed at any moment', () => {
  it(`leaves the live database whole, either before or after, with its evidence files, through ${KILLS} SIGKILLs`, async () => {
    const dataDir = tempDir('ita-restore-crash-');
    const backups = tempDir('ita-restore-backups-');
    const ctx = openAppContext(dataDir);
    importBundle(ctx, sampleBundle(ctx.appVersion));
    const names = ['อบต.หนึ่ง', 'อบต.สอง'];
    const files: string[] = [];
    const entryId = (await ok(ctx, 'progress.list', { fiscalYear: 2566 }))[0]!.id;
    let previous: number | undefined;
    for (const [i, name] of names.entries()) {
      putOrganization(ctx.db, { ...getOrganization(ctx.db)!, name });
      // Each backup refers to its own evidence file only: a restore swaps the one for the other.
      if (previous !== undefined) await ok(ctx, 'evidence.remove', { id: previous });
      previous = (await ok(ctx, 'evidence.add', { entryId, source: { kind: 'file', name: `หลักฐาน${i}.pdf`, base64: Buffer.from(`%PDF-1.4 ${name} `.repeat(5000)).toString('base64') } })).id;
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
        expect(missingEvidence(db, dataDir), `round ${round}: evidence files`).toEqual([]);
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
