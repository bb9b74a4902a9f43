import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, migrate, openDatabase } from '../../../db/open';
import type { BackupPhase, RestorePreview, RestoreResult } from '../../../shared/api/backup';
import { AppError } from '../../../shared/api/errors';
import type { AppContext } from '../context';
import { absolutePath, cleanScratch } from './create';
import { checkDatabase, openReadOnly, summarize } from './inspect';
import { fsyncDirSync, removeQuietly } from './io';
import { readState, scratchDir, undoDir, updateState, type Operation } from './state';
import { verifyBackupFile } from './verify';

/** Undo copies kept in `<dataDir>/undo` (older ones are removed after a restore). */
const UNDO_KEEP = 5;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/** What a restore of `file` would bring back, after the full verification; nothing is changed. */
export async function inspectBackup(ctx: AppContext, file: string, op?: Operation): Promise<RestorePreview> {
  const report = await verifyBackupFile(absolutePath(file, 'file'), { workDir: scratchDir(ctx.dataDir), op });
  const current = summarize(ctx.db);
  return {
    ...report,
    willMigrate: report.checks.schema === 'older',
    current: { organization: current.organization, counts: current.counts, schemaVersion: current.schemaVersion },
  };
}

/** Keeps the closed live file under the undo name too: a hard link (instant) or, where the disk has none, a flushed copy. */
function keepUndoCopy(live: string, undo: string): void {
  try {
    fs.linkSync(live, undo);
  } catch {
    fs.copyFileSync(live, undo, fs.constants.COPYFILE_EXCL);
    const fd = fs.openSync(undo, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  fsyncDirSync(path.dirname(undo));
}

/**
 * Swaps a prepared database file in for the live one. Runs synchronously, so no other call of this
 * process runs between closing and reopening. The live file is first made self-contained; if another
 * program still has it open that fails, and nothing changes. The closed live file is then kept in
 * the undo folder (a hard link: no copy, so no write made before this instant can be missed) and the
 * new file renamed over it in one atomic step: at every instant, even if the process is killed, the
 * live name holds one whole database, the old or the new.
 */
export function swapDatabase(ctx: AppContext, incoming: string, undoPrefix: string, now: Date): string {
  const live = path.join(ctx.dataDir, DATABASE_FILE);
  fs.mkdirSync(undoDir(ctx.dataDir), { recursive: true });
  let undo = path.join(undoDir(ctx.dataDir), `${undoPrefix}-${stamp(now)}.sqlite`);
  for (let i = 2; fs.existsSync(undo); i++) undo = path.join(undoDir(ctx.dataDir), `${undoPrefix}-${stamp(now)}-${i}.sqlite`);
  let undoMade = false;
  ctx.db.close();
  try {
    const probe = new Database(live, { fileMustExist: true });
    try {
      probe.pragma('busy_timeout = 1000');
      if (probe.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw Object.assign(new Error('still wal'), { code: 'SQLITE_BUSY' });
    } finally {
      probe.close();
    }
    // The WAL was checkpointed into the file and removed; anything left beside it is stale.
    removeQuietly(`${live}-wal`, `${live}-shm`, `${live}-journal`);
    keepUndoCopy(live, undo);
    undoMade = true;
  } catch (error) {
    if (!undoMade) removeQuietly(undo);
    ctx.db = openDatabase(live);
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new AppError('backup_busy', { issues: [{ path: 'database', key: 'backup.reason.inUse' }] });
    throw error;
  }
  let renamed = false;
  try {
    fs.renameSync(incoming, live);
    renamed = true;
    fsyncDirSync(ctx.dataDir);
    ctx.db = openDatabase(live);
  } catch (error) {
    // If the new file went in but would not open, put the previous database back (the undo copy
    // holds the same bytes); if the rename itself failed, the live file was never touched.
    if (renamed) {
      fs.copyFileSync(undo, `${live}.back`);
      fs.renameSync(`${live}.back`, live);
      fsyncDirSync(ctx.dataDir);
    }
    ctx.db = openDatabase(live);
    throw error;
  }
  return undo;
}

function pruneUndo(dataDir: string, keep: string): void {
  const dir = undoDir(dataDir);
  const files = fs
    .readdirSync(dir)
    .filter((n) => /^before-(restore|undo)-\d{8}T\d{6}Z(?:-\d+)?\.sqlite$/.test(n))
    .sort()
    .reverse();
  for (const name of files.slice(UNDO_KEEP)) if (path.join(dir, name) !== keep) removeQuietly(path.join(dir, name));
}

/**
 * Restore: verify fully, extract into the data folder, migrate forward if older, check again,
 * then swap it in; the current database becomes the undo copy.
 */
export async function restoreBackup(ctx: AppContext, file: string, op?: Operation, now = new Date()): Promise<RestoreResult> {
  const source = absolutePath(file, 'file');
  cleanScratch(ctx.dataDir);
  // Verifying is the first 60 % of a restore on the progress bar.
  const verifyOp = op && { report: (phase: BackupPhase, fraction: number) => op.report(phase, 0.6 * fraction) };
  const report = await verifyBackupFile(source, { workDir: scratchDir(ctx.dataDir), keep: true, op: verifyOp });
  const extracted = report.extracted!;
  try {
    op?.report('check', 0.6);
    const copy = new Database(extracted, { fileMustExist: true });
    let organization: string | null;
    try {
      copy.pragma('journal_mode = DELETE');
      copy.pragma('synchronous = FULL');
      copy.pragma('foreign_keys = ON');
      migrate(copy);
      organization = checkDatabase(copy).organization;
    } finally {
      copy.close();
    }
    const fd = fs.openSync(extracted, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    op?.report('swap', 0.9);
    const undo = swapDatabase(ctx, extracted, 'before-restore', now);
    updateState(ctx.dataDir, (s) => ({ ...s, undo: { file: undo, restoredFrom: source, restoredAt: now.toISOString(), organization } }));
    pruneUndo(ctx.dataDir, undo);
    return { restoredFrom: source, organization, undoFile: undo };
  } finally {
    removeQuietly(extracted, `${extracted}-journal`);
  }
}

/** Undo the last restore: the undo copy is checked and swapped back in the same way. */
export function undoRestore(ctx: AppContext, now = new Date()): { organization: string | null } {
  const { undo } = readState(ctx.dataDir);
  if (!undo || !fs.existsSync(undo.file)) throw new AppError('not_found', { issues: [{ path: 'undo', key: 'backup.reason.noUndo' }] });
  const check = openReadOnly(undo.file);
  let organization: string | null;
  try {
    organization = checkDatabase(check).organization;
  } finally {
    check.close();
  }
  swapDatabase(ctx, undo.file, 'before-undo', now);
  updateState(ctx.dataDir, (s) => ({ ...s, undo: null }));
  return { organization };
}
