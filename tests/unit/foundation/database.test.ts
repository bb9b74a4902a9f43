import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { DATABASE_FILE, openDatabase } from '../../../db/open';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import { translate } from '../../../shared/i18n';
import { sha256, tempDir } from './helpers';

/** Runs `open` and returns the AppError it throws (failing the test if it throws nothing or something else). */
function refusal(open: () => unknown): AppError {
  try {
    const db = open() as { close?: () => void };
    db.close?.();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the database to be refused');
}

const listing = (dir: string) => fs.readdirSync(dir).sort();

/** The message the user sees for a refusal, in both languages: real text, the values filled in. */
function expectMessages(code: ErrorCode, params: Record<string, string | number> | undefined, ...mustContain: string[]) {
  for (const lang of ['th', 'en'] as const) {
    const message = translate(lang, `error.${code}`, params);
    expect(message).not.toBe(`error.${code}`);
    expect(message).not.toMatch(/\{\{/);
    for (const part of mustContain) expect(message).toContain(part);
  }
}

/** True when the process can write into a folder whose write bits are off (root, or similar powers). */
function writesIgnorePermissions(dir: string): boolean {
  const probe = path.join(dir, 'probe');
  try {
    fs.writeFileSync(probe, 'x');
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

describe('opening the database', () => {
  it('creates a fresh database with WAL, foreign keys, FULL sync and the latest schema', () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', 'folder', DATABASE_FILE);
    const db = openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    // WAL is a property of the file: an outside reader sees it too.
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('reopens an existing database without migrating it again, keeping its data', () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    const first = openDatabase(file);
    first.prepare("INSERT INTO setting (key, value) VALUES ('language', 'en')").run();
    first.close();
    const again = openDatabase(file);
    try {
      expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(again.prepare("SELECT value FROM setting WHERE key = 'language'").get()).toEqual({ value: 'en' });
      expect(again.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(again.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      again.close();
    }
  });

  for (const journal of ['delete', 'wal'] as const) {
    it(`refuses a database of a newer ITA Desk (journal ${journal}) with db_newer and leaves it byte for byte`, () => {
      const dir = tempDir();
      const file = path.join(dir, DATABASE_FILE);
      const newer = new Database(file);
      newer.pragma(`journal_mode = ${journal}`);
      newer.exec("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO setting VALUES ('from', 'the future')");
      newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      newer.close();
      const before = sha256(file);
      const filesBefore = listing(dir);

      const error = refusal(() => openDatabase(file));
      expect(error.code).toBe('db_newer');
      expect(error.details.params).toEqual({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
      expectMessages('db_newer', error.details.params, String(LATEST_SCHEMA_VERSION + 1), String(LATEST_SCHEMA_VERSION));

      expect(sha256(file)).toBe(before);
      expect(listing(dir)).toEqual(filesBefore);
    });
  }

  it('refuses a file that is not SQLite with db_not_sqlite, leaving it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, 'Dear office, this is a letter, not a database.\n'.repeat(200));
    const before = sha256(file);
    const error = refusal(() => openDatabase(file));
    expect(error.code).toBe('db_not_sqlite');
    expect(error.details.params).toEqual({ file });
    expectMessages('db_not_sqlite', error.details.params, file);
    expect(sha256(file)).toBe(before);
    expect(listing(dir)).toEqual([DATABASE_FILE]);
  });

  it('refuses an SQLite header followed by garbage with db_not_sqlite', () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 0xab)]));
    const before = sha256(file);
    expect(refusal(() => openDatabase(file)).code).toBe('db_not_sqlite');
    expect(sha256(file)).toBe(before);
  });

  it('refuses the SQLite database of another program with db_foreign, leaving it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const other = new Database(file);
    other.exec("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO moz_bookmarks (title) VALUES ('x')");
    other.close();
    const before = sha256(file);
    const error = refusal(() => openDatabase(file));
    expect(error.code).toBe('db_foreign');
    expectMessages('db_foreign', error.details.params, 'ITA Desk');
    expect(sha256(file)).toBe(before);
    expect(listing(dir)).toEqual([DATABASE_FILE]);
  });

  it('refuses a data folder that cannot be made (a path under a regular file) with data_dir_unwritable', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const dataDir = path.join(blocker, 'data');
    const error = refusal(() => openDatabase(path.join(dataDir, DATABASE_FILE)));
    expect(error.code).toBe('data_dir_unwritable');
    expect(error.details.params).toEqual({ dir: dataDir });
    expectMessages('data_dir_unwritable', error.details.params, dataDir);
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it('refuses a read-only data folder (chmod 0555) with data_dir_unwritable', (test) => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o555);
    // As root (as CI runs) the write bits do not stop writes; the test above covers that case.
    if (writesIgnorePermissions(dir)) test.skip('this process writes through chmod 0555 (running as root): covered by the path-under-a-file test');
    const error = refusal(() => openDatabase(path.join(dir, DATABASE_FILE)));
    expect(error.code).toBe('data_dir_unwritable');
    expect(listing(dir)).toEqual([]);
  });
});
