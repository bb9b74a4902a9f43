import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/api/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Sqlite } from './query';

export const DATABASE_FILE = 'ita-desk.sqlite';
const SQLITE_HEADER = 'SQLite format 3\0';

/** Our own tables; a database at version 0 holding other tables belongs to some other program. */
function isForeign(db: Sqlite): boolean {
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  return tables.n > 0;
}

export function assertSqliteFile(file: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw new AppError('db_not_sqlite', { params: { file } });
}

export function ensureWritableDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError('data_dir_unwritable', { params: { dir } });
  }
}

/** Refuses, before anything is written, a database of a newer ITA Desk or of another program. */
export function assertOurs(db: Sqlite): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_SCHEMA_VERSION) throw new AppError('db_newer', { params: { found: current, supported: LATEST_SCHEMA_VERSION } });
  if (current === 0 && isForeign(db)) throw new AppError('db_foreign');
  return current;
}

/**
 * Brings a database up to the latest schema (or to `target`, for the migration tests), all pending
 * migrations in one transaction.
 */
export function migrate(db: Sqlite, target = LATEST_SCHEMA_VERSION): number {
  const current = assertOurs(db);
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Opens (creating if needed) the office database: WAL for concurrent reads while writing,
 * foreign keys enforced, FULL sync so a commit shown to the user survives a power cut.
 */
export function openDatabase(file: string): Sqlite {
  ensureWritableDir(path.dirname(file));
  assertSqliteFile(file);
  let db: Sqlite;
  try {
    db = new Database(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN') throw new AppError('data_dir_unwritable', { params: { dir: path.dirname(file) } });
    throw error;
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Checked before the journal mode is set: a refused database is left byte for byte as it was.
    assertOurs(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('db_not_sqlite', { params: { file } });
    if ((error as { code?: string }).code === 'SQLITE_READONLY') throw new AppError('data_dir_unwritable', { params: { dir: path.dirname(file) } });
    throw error;
  }
}
