import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backupSettingsInput, type BackupProgress, type BackupSettings } from '../../../shared/api/backup';
import { AppError } from '../../../shared/api/errors';
import type { AppContext } from '../context';
import { writeFileAtomic } from '../files';

/**
 * What this PC knows about its backups: settings, the last good backup, the undo copy of the last
 * restore. Kept in a small JSON file in the data folder, *not* in the database: a restore replaces
 * the database, and must neither bring back an old backup date nor forget how to undo itself.
 */
const STATE_FILE = 'backup-state.json';

export const DEFAULT_SETTINGS: BackupSettings = { auto: true, usbTarget: null, warnAfterDays: 7 };

const stateSchema = z.object({
  settings: backupSettingsInput.catch(DEFAULT_SETTINGS),
  /** `fingerprint`: of the database file when it was known to equal this backup (see ./changes.ts). */
  lastGood: z.object({ at: z.string(), file: z.string(), fingerprint: z.string().optional() }).nullable().catch(null),
  lastAuto: z.string().nullable().catch(null),
  lastError: z.object({ at: z.string(), code: z.string(), reason: z.string().optional() }).nullable().catch(null),
  undo: z.object({ file: z.string(), restoredFrom: z.string(), restoredAt: z.string(), organization: z.string().nullable() }).nullable().catch(null),
});
export type BackupState = z.infer<typeof stateSchema>;

const EMPTY: BackupState = { settings: DEFAULT_SETTINGS, lastGood: null, lastAuto: null, lastError: null, undo: null };

export function readState(dataDir: string): BackupState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : { ...EMPTY };
  } catch {
    return { ...EMPTY };
  }
}

export function updateState(dataDir: string, change: (state: BackupState) => BackupState): BackupState {
  const next = change(readState(dataDir));
  writeFileAtomic(path.join(dataDir, STATE_FILE), JSON.stringify(next, null, 2));
  return next;
}

/** Folders inside the data folder: local automatic backups, undo copies, scratch space. */
export const localBackupDir = (dataDir: string) => path.join(dataDir, 'backups');
export const undoDir = (dataDir: string) => path.join(dataDir, 'undo');
export const scratchDir = (dataDir: string) => path.join(dataDir, 'tmp');

/** One backup, verify or restore at a time per open database; its progress for the progress bar. */
const running = new WeakMap<AppContext, BackupProgress>();

export function currentProgress(ctx: AppContext): BackupProgress | null {
  return running.get(ctx) ?? null;
}

export interface Operation {
  report(phase: BackupProgress['phase'], fraction: number): void;
}

export async function exclusive<T>(ctx: AppContext, operation: BackupProgress['operation'], work: (op: Operation) => Promise<T>): Promise<T> {
  if (running.has(ctx)) throw new AppError('backup_busy', { issues: [{ path: 'operation', key: 'backup.reason.running' }] });
  const progress: BackupProgress = { operation, phase: 'copy', fraction: 0, startedAt: new Date().toISOString() };
  running.set(ctx, progress);
  try {
    return await work({
      report: (phase, fraction) => {
        progress.phase = phase;
        progress.fraction = Math.max(0, Math.min(1, fraction));
      },
    });
  } finally {
    running.delete(ctx);
  }
}
