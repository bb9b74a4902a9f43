import fs from 'node:fs';
import type { backupApi, BackupStatus } from '../../../shared/api/backup';
import { daysSince, isBackupOverdue } from '../../../shared/domain/backup';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import { absolutePath, createBackup } from './create';
import { listDrives } from './drives';
import { inspectBackup, restoreBackup, undoRestore } from './restore';
import { currentProgress, exclusive, localBackupDir, readState, scratchDir, updateState } from './state';
import { listBackups, verifyBackupFile } from './verify';

export { createBackup } from './create';
export { verifyBackupFile } from './verify';
export { restoreBackup, undoRestore, inspectBackup } from './restore';
export { runAutoBackup, startAutoBackups } from './auto';

export function backupStatus(ctx: AppContext, now = new Date()): BackupStatus {
  const state = readState(ctx.dataDir);
  const lastAt = state.lastGood?.at ?? null;
  return {
    settings: state.settings,
    localDir: localBackupDir(ctx.dataDir),
    lastGood: state.lastGood && { at: state.lastGood.at, file: state.lastGood.file },
    daysSince: daysSince(lastAt, now),
    overdue: isBackupOverdue(lastAt, now, state.settings.warnAfterDays),
    lastError: state.lastError,
    undo: state.undo && fs.existsSync(state.undo.file) ? { restoredFrom: state.undo.restoredFrom, restoredAt: state.undo.restoredAt, organization: state.undo.organization } : null,
    busy: currentProgress(ctx),
    canPick: ctx.pickPath !== undefined,
  };
}

export const backupHandlers: Pick<Handlers, keyof typeof backupApi> = {
  'backup.create': ({ targetDir }, ctx) => exclusive(ctx, 'backup', (op) => createBackup(ctx, targetDir, { op })),
  'backup.progress': (_input, ctx) => currentProgress(ctx),
  'backup.list': ({ dir }, _ctx) => listBackups(absolutePath(dir, 'dir')),
  'backup.verify': ({ file }, ctx) => exclusive(ctx, 'verify', (op) => verifyBackupFile(absolutePath(file, 'file'), { workDir: scratchDir(ctx.dataDir), op })),
  'backup.inspect': ({ file }, ctx) => exclusive(ctx, 'verify', (op) => inspectBackup(ctx, file, op)),
  'backup.restore': ({ file }, ctx) => exclusive(ctx, 'restore', (op) => restoreBackup(ctx, file, op)),
  'backup.undoRestore': (_input, ctx) => exclusive(ctx, 'undo', async () => undoRestore(ctx)),
  'backup.status': (_input, ctx) => backupStatus(ctx),
  'backup.saveSettings': (settings, ctx) => {
    const usbTarget = settings.usbTarget === null ? null : absolutePath(settings.usbTarget, 'usbTarget');
    return updateState(ctx.dataDir, (s) => ({ ...s, settings: { ...settings, usbTarget } })).settings;
  },
  'backup.drives': () => listDrives(),
  'backup.pick': async ({ kind }, ctx) => (ctx.pickPath ? ctx.pickPath(kind) : null),
};
