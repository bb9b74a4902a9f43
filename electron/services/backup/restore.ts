import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, migrate, openDatabase } from '../../../db/open';
import type { BackupPhase, RestorePreview, RestoreResult } from '../../../shared/api/backup';
import { AppError } from '../../../shared/api/errors';
import type { AppContext } from '../context';
import { absolutePath, cleanScratch } from './create';
import { addEvidence, keepEvidence, removeEvidence, undoEvidenceDir, unusedEvidence } from './evidence';
import { checkDatabase, openReadOnly, summarize } from './inspect';
import { fsyncDirSync, fsyncFileSync, removeQuietly } from './io';
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
    fsyncFileSync(undo);
  }
  fsyncDirSync(path.dirname(undo));
}

/**
 * Swaps a prepared database file in for the live one. Runs synchronously, so no other call of this
 * process runs between closing and reopening. The live file is first made self-contained; if another
 * program still has it open that fails, and nothing changes. The closed live file is then kept in
 * the undo folder (a hard link: no copy, so no write made before this instant can be missed), and
 * the evidence folder beside it (`….evidence`, hard links too). The incoming evidence files are
 * added to the live folder, then the new file is renamed over the live one in one atomic step: at
 * every instant, even if the process is killed, the live name holds one whole database, the old or
 * the new, and the evidence folder holds every file it refers to. Files the new database does not
 * use are removed last (see ./evidence.ts).
 */
export function swapDatabase(ctx: AppContext, incoming: string, undoPrefix: string, now: Date, incomingEvidence?: string): string {
  const live = path.join(ctx.dataDir, DATABASE_FILE);
  fs.mkdirSync(undoDir(ctx.dataDir), { recursive: true });
  let undo = path.join(undoDir(ctx.dataDir), `${undoPrefix}-${stamp(now)}.sqlite`);
  for (let i = 2; fs.existsSync(undo) || fs.existsSync(undoEvidenceDir(undo)); i++) undo = path.join(undoDir(ctx.dataDir), `${undoPrefix}-${stamp(now)}-${i}.sqlite`);
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
    keepEvidence(ctx.dataDir, undoEvidenceDir(undo));
    undoMade = true;
  } catch (error) {
    if (!undoMade) {
      removeQuietly(undo);
      fs.rmSync(undoEvidenceDir(undo), { recursive: true, force: true });
    }
    ctx.db = openDatabase(live);
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new AppError('backup_busy', { issues: [{ path: 'database', key: 'backup.reason.inUse' }] });
    throw error;
  }
  let renamed = false;
  const added: string[] = [];
  try {
    if (incomingEvidence) addEvidence(ctx.dataDir, incomingEvidence, added);
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
    removeEvidence(ctx.dataDir, added);
    throw error;
  }
  // The files only the previous database used go now; they are kept in the undo copy.
  removeEvidence(ctx.dataDir, unusedEvidence(ctx.dataDir, ctx.db));
  return undo;
}

function pruneUndo(dataDir: string, keep: string): void {
  const dir = undoDir(dataDir);
  const files = fs
    .readdirSync(dir)
    .filter((n) => /^before-(restore|undo)-\d{8}T\d{6}Z(?:-\d+)?\.sqlite$/.test(n))
    .sort()
    .reverse();
  for (const name of files.slice(UNDO_KEEP)) {
    const file = path.join(dir, name);
    if (file === keep) continue;
    removeQuietly(file);
    fs.rmSync(undoEvidenceDir(file), { recursive: true, force: true });
  }
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
  const evidenceDir = report.evidenceDir;
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
    fsyncFileSync(extracted);
    op?.report('swap', 0.9);
    const undo = swapDatabase(ctx, extracted, 'before-restore', now, evidenceDir);
    updateState(ctx.dataDir, (s) => ({ ...s, undo: { file: undo, restoredFrom: source, restoredAt: now.toISOString(), organization } }));
    pruneUndo(ctx.dataDir, undo);
    return { restoredFrom: source, organization, undoFile: undo };
  } finally {
    removeQuietly(extracted, `${extracted}-journal`);
    if (evidenceDir) fs.rmSync(evidenceDir, { recursive: true, force: true });
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
  const evidence = undoEvidenceDir(undo.file);
  swapDatabase(ctx, undo.file, 'before-undo', now, fs.existsSync(evidence) ? evidence : undefined);
  updateState(ctx.dataDir, (s) => ({ ...s, undo: null }));
  // Its database went back in place; its evidence files are in the live folder now.
  fs.rmSync(evidence, { recursive: true, force: true });
  return { organization };
}
