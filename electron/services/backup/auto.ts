import fs from 'node:fs';
import path from 'node:path';
import type { BackupResult } from '../../../shared/api/backup';
import { AppError } from '../../../shared/api/errors';
import { AUTO_BACKUP_PATTERN, backupsToKeep, DEFAULT_RETENTION, isBackupDue, type RetentionEntry, type RetentionPolicy } from '../../../shared/domain/backup';
import type { AppContext } from '../context';
import { keepFingerprint, unchangedSinceLastBackup } from './changes';
import { copyBackup, createBackup } from './create';
import { readContainer, streamDatabase } from './format';
import { removeQuietly, targetError } from './io';
import { currentProgress, exclusive, localBackupDir, readState, scratchDir, updateState } from './state';
import { verifyBackupFile } from './verify';

/**
 * Retention in one folder: only automatic backups (`ita-desk-auto-…`) are candidates, only files
 * whose frame, manifest and hash verify as ours are ever deleted, and the newest backup that passes
 * the *full* check is always kept. Returns the deleted files.
 */
export async function pruneBackups(dir: string, workDir: string, policy: RetentionPolicy = DEFAULT_RETENTION): Promise<string[]> {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => AUTO_BACKUP_PATTERN.test(n));
  } catch {
    return [];
  }
  const entries: RetentionEntry[] = [];
  for (const name of names) {
    try {
      entries.push({ file: path.join(dir, name), createdAt: readContainer(path.join(dir, name)).manifest.createdAt });
    } catch {
      // Not readable as ours: never counted, never deleted.
    }
  }
  entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  let newestGood: string | undefined;
  for (const entry of entries) {
    try {
      await verifyBackupFile(entry.file, { workDir });
      newestGood = entry.file;
      break;
    } catch {
      // A damaged newest backup does not count as the good copy; look further back.
    }
  }
  if (!newestGood) return [];
  const keep = backupsToKeep(entries, policy);
  keep.add(newestGood);
  const deleted: string[] = [];
  for (const entry of entries) {
    if (keep.has(entry.file)) continue;
    try {
      await streamDatabase(readContainer(entry.file));
    } catch {
      continue;
    }
    removeQuietly(entry.file);
    deleted.push(entry.file);
  }
  return deleted;
}

export interface AutoResult {
  /** `unchanged`: on exit, nothing changed since the last good backup. */
  skipped?: 'off' | 'notDue' | 'busy' | 'unchanged';
  local?: BackupResult;
  usb?: BackupResult;
  errors: { target: string; code: string; reason?: string }[];
  deleted: string[];
}

/**
 * One automatic backup (daily timer or on exit): to `<dataDir>/backups` and, when the chosen USB
 * folder is present, a checked copy there; then retention in both. On exit it is skipped when the
 * database has not changed since the last good backup. Never throws: failures are recorded for the
 * home screen.
 */
export async function runAutoBackup(ctx: AppContext, reason: 'daily' | 'exit' | 'now', now = new Date()): Promise<AutoResult> {
  const state = readState(ctx.dataDir);
  const result: AutoResult = { errors: [], deleted: [] };
  if (!state.settings.auto && reason !== 'now') return { ...result, skipped: 'off' };
  if (reason === 'daily' && !isBackupDue(state.lastAuto, now)) return { ...result, skipped: 'notDue' };
  if (reason === 'exit' && !currentProgress(ctx) && unchangedSinceLastBackup(ctx)) {
    keepFingerprint(ctx);
    return { ...result, skipped: 'unchanged' };
  }
  try {
    await exclusive(ctx, 'backup', async (op) => {
      const localDir = localBackupDir(ctx.dataDir);
      try {
        fs.mkdirSync(localDir, { recursive: true });
        result.local = await createBackup(ctx, localDir, { kind: 'auto', now, op });
      } catch (error) {
        result.errors.push(describe(targetError(error, localDir), localDir));
      }
      const usb = state.settings.usbTarget;
      if (result.local && usb && fs.existsSync(usb)) {
        try {
          result.usb = await copyBackup(result.local.file, usb);
        } catch (error) {
          result.errors.push(describe(error, usb));
        }
      }
      for (const dir of [localDir, ...(result.usb && usb ? [usb] : [])]) result.deleted.push(...(await pruneBackups(dir, scratchDir(ctx.dataDir))));
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'backup_busy') return { ...result, skipped: 'busy' };
    result.errors.push(describe(error, ''));
  }
  updateState(ctx.dataDir, (s) => ({
    ...s,
    lastAuto: result.local ? now.toISOString() : s.lastAuto,
    lastError: result.errors[0] ? { at: now.toISOString(), code: result.errors[0].code, reason: result.errors[0].reason } : null,
  }));
  // The next session's exit can then tell that nothing changed since this backup.
  if (reason === 'exit' && result.local) keepFingerprint(ctx);
  return result;
}

function describe(error: unknown, target: string): { target: string; code: string; reason?: string } {
  if (error instanceof AppError) return { target, code: error.code, reason: error.details.issues?.[0]?.key };
  console.error('[ita-desk] automatic backup failed', error);
  return { target, code: 'internal' };
}

/**
 * The daily timer of the Electron shell: checks every `everyMinutes` whether a backup is due.
 * Returns a stop function. (The backup on exit is started by the shell's `before-quit`.)
 */
export function startAutoBackups(ctx: AppContext, everyMinutes = 30): () => void {
  const tick = () => void runAutoBackup(ctx, 'daily');
  const first = setTimeout(tick, 60_000);
  const timer = setInterval(tick, everyMinutes * 60_000);
  first.unref?.();
  timer.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
