import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { importBundle } from '../../../electron/services/bundle';
import type { AppContext } from '../../../electron/services/context';
import { packageBackup } from '../../../electron/services/backup/create';
import { FORMAT, FORMAT_VERSION } from '../../../electron/services/backup/format';
import { summarize } from '../../../electron/services/backup/inspect';
import { nodeTargetFs } from '../../../electron/services/backup/io';
import type { BackupManifest } from '../../../shared/api/backup';
import { sampleBundle } from '../../../shared/sampleBundle';
import { freshContext, tempDir } from '../foundation/helpers';

export { freshContext, tempDir, call, ok } from '../foundation/helpers';

/** An office with the sample data and `extraPeople` more people (to make the database bigger). */
export function officeContext(extraPeople = 0): AppContext {
  const ctx = freshContext();
  importBundle(ctx, sampleBundle(ctx.appVersion));
  addPeople(ctx, extraPeople);
  return ctx;
}

export function addPeople(ctx: AppContext, count: number, prefix = 'บุคคล'): void {
  const insert = ctx.db.prepare("INSERT INTO person (title, first_name, last_name, position, unit_id, role) VALUES ('นาย', ?, ?, ?, NULL, 'staff')");
  ctx.db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`${prefix}${i}`, 'ทดสอบ', `เจ้าหน้าที่ตำแหน่งทดสอบลำดับที่ ${i} ${'ก'.repeat(40)}`);
  })();
}

export const peopleCount = (ctx: AppContext) => (ctx.db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;

/**
 * A fingerprint of the live database files, taken after a checkpoint: equal before and after an
 * operation means the data was not touched, byte for byte.
 */
export function liveFingerprint(ctx: AppContext): string {
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = path.join(ctx.dataDir, `ita-desk.sqlite${suffix}`);
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
  }
  return hash.digest('hex');
}

/** Wraps any database file in a well-formed container (frame, manifest, correct hash): for crafted bad backups. */
export async function craftBackup(dbFile: string, overrides: Partial<Omit<BackupManifest, 'database'>> = {}, dir = tempDir('ita-craft-')): Promise<string> {
  let summary: Omit<BackupManifest, 'database' | 'evidence' | 'format' | 'formatVersion' | 'appVersion' | 'createdAt' | 'kind'> = { schemaVersion: 0, organization: null, counts: {}, fiscalYears: [] };
  try {
    const db = new Database(dbFile, { readonly: true });
    try {
      summary = summarize(db);
    } finally {
      db.close();
    }
  } catch {
    // Not a database: the manifest keeps the defaults.
  }
  const base = { format: FORMAT, formatVersion: FORMAT_VERSION, appVersion: '0.1.0', createdAt: new Date().toISOString(), kind: 'manual' as const, ...summary, ...overrides };
  return (await packageBackup(dbFile, base, dir, 'crafted.itadesk', nodeTargetFs)).file;
}

/** A self-contained (DELETE journal) SQLite file built by `build`. */
export function sqliteFile(build: (db: Database.Database) => void, dir = tempDir('ita-craft-')): string {
  const file = path.join(dir, `db-${crypto.randomBytes(3).toString('hex')}.sqlite`);
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  build(db);
  db.close();
  return file;
}

export function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}
