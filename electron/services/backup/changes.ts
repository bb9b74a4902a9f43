/**
 * Has the database changed since the last good backup? The backup on exit is skipped when not.
 *
 * Within one session the answer is free: SQLite counts the rows this connection changed
 * (`total_changes()`) and bumps `PRAGMA data_version` when another connection (the CLI, the web
 * bridge) commits; both are noted just before each backup's snapshot. Across restarts, the exit
 * backup leaves a fingerprint of the database file in `backup-state.json` (SHA-256 of the file after
 * a complete checkpoint, so every commit is in it) when it knows the data equals the last good
 * backup; the next exit compares it. Every doubt (no mark, a restore swapped the connection, a
 * checkpoint that could not finish) counts as a change: an extra backup, never a missed one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../../../db/open';
import type { Sqlite } from '../../../db/query';
import type { AppContext } from '../context';
import { readState, updateState } from './state';

interface Mark {
  totalChanges: number;
  dataVersion: number;
}

/** The mark of the last good backup of each open connection (a restore opens a new one, with none). */
const backedUp = new WeakMap<Sqlite, Mark>();

export function changeMark(db: Sqlite): Mark {
  return {
    totalChanges: (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
    dataVersion: db.pragma('data_version', { simple: true }) as number,
  };
}

/** Notes that a backup of `db` as it was at `mark` succeeded. */
export function rememberBackup(db: Sqlite, mark: Mark): void {
  backedUp.set(db, mark);
}

function unchangedThisSession(db: Sqlite): boolean {
  const mark = backedUp.get(db);
  if (!mark) return false;
  const now = changeMark(db);
  return now.totalChanges === mark.totalChanges && now.dataVersion === mark.dataVersion;
}

/** SHA-256 of the database file once every commit is checkpointed into it; null when a checkpoint could not finish. */
export function databaseFingerprint(ctx: AppContext): string | null {
  const [result] = ctx.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (!result || result.busy !== 0 || result.log !== result.checkpointed) return null;
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(path.join(ctx.dataDir, DATABASE_FILE), 'r');
  try {
    const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** True only when the database is known to hold exactly what the last good backup holds. */
export function unchangedSinceLastBackup(ctx: AppContext): boolean {
  const { lastGood } = readState(ctx.dataDir);
  if (!lastGood) return false;
  if (unchangedThisSession(ctx.db)) return true;
  return lastGood.fingerprint !== undefined && databaseFingerprint(ctx) === lastGood.fingerprint;
}

/**
 * When this session's last backup still equals the database, stores the database's fingerprint
 * with the last good backup, for the next session's exit.
 */
export function keepFingerprint(ctx: AppContext): void {
  if (!unchangedThisSession(ctx.db)) return;
  const fingerprint = databaseFingerprint(ctx);
  if (!fingerprint || !unchangedThisSession(ctx.db)) return;
  updateState(ctx.dataDir, (s) => (s.lastGood ? { ...s, lastGood: { ...s.lastGood, fingerprint } } : s));
}
