import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneBackups, runAutoBackup } from '../../../electron/services/backup/auto';
import { createBackup } from '../../../electron/services/backup/create';
import { removableDrives } from '../../../electron/services/backup/drives';
import { localBackupDir, readState, scratchDir } from '../../../electron/services/backup/state';
import { AUTO_BACKUP_PATTERN, backupFileName, backupsToKeep, daysSince, isBackupDue, isBackupOverdue } from '../../../shared/domain/backup';
import { addPeople, call, filesIn, officeContext, ok, tempDir } from './support';

const at = (iso: string) => new Date(iso);

describe('scheduling rules', () => {
  it('a daily backup is due after 24 hours, when none was made, or when the clock went back', () => {
    const now = at('2026-11-27T12:00:00Z');
    expect(isBackupDue(null, now)).toBe(true);
    expect(isBackupDue('2026-11-27T01:00:00Z', now)).toBe(false);
    expect(isBackupDue('2026-11-26T12:00:01Z', now)).toBe(false);
    expect(isBackupDue('2026-11-26T12:00:00Z', now)).toBe(true);
    expect(isBackupDue('2026-12-01T00:00:00Z', now)).toBe(true);
    expect(isBackupDue('garbage', now)).toBe(true);
  });

  it('the home screen warns after N days or when there is no backup at all', () => {
    const now = at('2026-11-27T12:00:00Z');
    expect(daysSince('2026-11-20T13:00:00Z', now)).toBe(6);
    expect(isBackupOverdue('2026-11-20T13:00:00Z', now, 7)).toBe(false);
    expect(isBackupOverdue('2026-11-20T12:00:00Z', now, 7)).toBe(true);
    expect(isBackupOverdue(null, now, 7)).toBe(true);
  });

  it('keeps the newest of the last 7 days and the last 12 months, and always the newest', () => {
    // Two backups a day at 09:00 and 15:00 for 400 days.
    const entries = [];
    for (let d = 0; d < 400; d++)
      for (const hour of [9, 15]) {
        const date = new Date(Date.UTC(2026, 10, 27, hour) - d * 86_400_000);
        entries.push({ file: `f-${date.toISOString()}`, createdAt: date.toISOString() });
      }
    const keep = backupsToKeep(entries);
    const kept = [...keep].sort().reverse();
    expect(kept[0]).toBe('f-2026-11-27T15:00:00.000Z');
    // 7 daily (the 15:00 of each of the last 7 days) + the newest of 11 earlier months (this month's already kept).
    expect(keep.size).toBe(7 + 11);
    for (let d = 0; d < 7; d++) expect(keep.has(`f-${new Date(Date.UTC(2026, 10, 27 - d, 15)).toISOString()}`)).toBe(true);
    expect(keep.has('f-2026-11-20T15:00:00.000Z')).toBe(false);
    expect(keep.has('f-2026-10-31T15:00:00.000Z')).toBe(true);
    expect(backupsToKeep([])).toEqual(new Set());
    expect(backupsToKeep([{ file: 'only', createdAt: '2020-01-01T00:00:00Z' }])).toEqual(new Set(['only']));
  });

  it('names files by local time, automatic ones so that retention can recognise them', () => {
    const name = backupFileName(new Date(2026, 10, 27, 9, 5, 3), 'auto');
    expect(name).toBe('ita-desk-auto-20261127-090503.itadesk');
    expect(AUTO_BACKUP_PATTERN.test(name)).toBe(true);
    expect(AUTO_BACKUP_PATTERN.test(backupFileName(new Date(), 'manual'))).toBe(false);
  });
});

describe('automatic backups and retention', () => {
  it('backs up to the local folder and to the USB folder when present, then records the last good backup', async () => {
    const ctx = officeContext();
    const usb = tempDir('ita-usb-');
    await ok(ctx, 'backup.saveSettings', { auto: true, usbTarget: usb, warnAfterDays: 3 });
    const now = new Date();
    const result = await runAutoBackup(ctx, 'daily', now);
    expect(result.errors).toEqual([]);
    expect(filesIn(localBackupDir(ctx.dataDir))).toHaveLength(1);
    expect(filesIn(usb)).toEqual(filesIn(localBackupDir(ctx.dataDir)));
    expect(fs.readFileSync(result.usb!.file)).toEqual(fs.readFileSync(result.local!.file));
    // Not due again the same day; due the next day.
    expect((await runAutoBackup(ctx, 'daily', new Date(now.getTime() + 3_600_000))).skipped).toBe('notDue');
    const status = await ok(ctx, 'backup.status', {});
    expect(status.lastGood?.file).toBe(result.local!.file);
    expect(status.settings.warnAfterDays).toBe(3);
    expect(status.overdue).toBe(false);
    // A USB drive that is not plugged in is skipped without an error; the local backup still happens.
    fs.rmSync(usb, { recursive: true });
    addPeople(ctx, 1); // the backup on exit runs only after a change (see exitBackup.test.ts)
    const later = await runAutoBackup(ctx, 'exit', new Date(now.getTime() + 7_200_000));
    expect(later.errors).toEqual([]);
    expect(later.local).toBeDefined();
    expect(later.usb).toBeUndefined();
  });

  it('does nothing when automatic backups are off (except on demand)', async () => {
    const ctx = officeContext();
    await ok(ctx, 'backup.saveSettings', { auto: false, usbTarget: null, warnAfterDays: 7 });
    expect((await runAutoBackup(ctx, 'daily')).skipped).toBe('off');
    expect(filesIn(localBackupDir(ctx.dataDir))).toEqual([]);
  });

  it('records a failed automatic backup for the home screen', async () => {
    const ctx = officeContext();
    fs.mkdirSync(path.dirname(localBackupDir(ctx.dataDir)), { recursive: true });
    fs.writeFileSync(localBackupDir(ctx.dataDir), 'a file where the folder should be');
    const result = await runAutoBackup(ctx, 'daily');
    expect(result.errors[0]).toMatchObject({ code: 'backup_failed', reason: 'backup.reason.notWritable' });
    expect(readState(ctx.dataDir).lastError).not.toBeNull();
    expect((await ok(ctx, 'backup.status', {})).lastError?.code).toBe(result.errors[0]?.code);
  });

  it('prunes old automatic backups but never manual ones, foreign files, damaged ones, or the newest good one', async () => {
    const ctx = officeContext();
    const dir = tempDir('ita-prune-');
    const made: string[] = [];
    // 20 daily automatic backups.
    for (let d = 19; d >= 0; d--) made.push((await createBackup(ctx, dir, { kind: 'auto', now: new Date(Date.UTC(2026, 10, 27 - d, 10)) })).file);
    const manual = (await createBackup(ctx, dir, { now: new Date(Date.UTC(2026, 0, 1, 10)) })).file;
    const foreign = path.join(dir, 'ita-desk-auto-20250101-100000.itadesk');
    fs.writeFileSync(foreign, 'not ours at all');
    // The newest one is damaged: the newest *good* one must be kept in its place.
    const newest = made[made.length - 1]!;
    const bytes = fs.readFileSync(newest);
    bytes[200] = bytes[200]! ^ 0xff;
    fs.writeFileSync(newest, bytes);
    const deleted = await pruneBackups(dir, scratchDir(ctx.dataDir));
    const left = new Set(filesIn(dir).map((n) => path.join(dir, n)));
    expect(left.has(manual)).toBe(true);
    expect(left.has(foreign)).toBe(true);
    expect(left.has(newest)).toBe(true);
    expect(left.has(made[made.length - 2]!)).toBe(true);
    // All in November: the 7 newest days are kept (the damaged newest among them), the rest deleted.
    expect(deleted.length).toBe(20 - 7);
    for (const file of deleted) expect(AUTO_BACKUP_PATTERN.test(path.basename(file))).toBe(true);
  });

  it('deletes nothing when no automatic backup verifies', async () => {
    const ctx = officeContext();
    const dir = tempDir('ita-prune-');
    for (let d = 0; d < 10; d++) {
      const file = (await createBackup(ctx, dir, { kind: 'auto', now: new Date(Date.UTC(2026, 10, 27 - d, 10)) })).file;
      const bytes = fs.readFileSync(file);
      bytes[300] = bytes[300]! ^ 0xff;
      fs.writeFileSync(file, bytes);
    }
    expect(await pruneBackups(dir, scratchDir(ctx.dataDir))).toEqual([]);
    expect(filesIn(dir)).toHaveLength(10);
  });

  it('validates settings: a relative USB path or an out-of-range day count is refused', async () => {
    const ctx = officeContext();
    const rel = await call(ctx, 'backup.saveSettings', { auto: true, usbTarget: 'usb', warnAfterDays: 7 });
    expect(rel.ok ? null : rel.error.issues?.[0]?.key).toBe('backup.reason.notAbsolute');
    const days = await call(ctx, 'backup.saveSettings', { auto: true, usbTarget: null, warnAfterDays: 0 });
    expect(days.ok ? null : days.error.code).toBe('validation');
  });
});

describe('removable drives', () => {
  it('lists mounted removable or USB drives with label and free space, not fixed disks', () => {
    const blocks = [
      { name: 'sda1', type: 'part', mount: '/', label: '', removable: false, protocol: 'sata' },
      { name: 'sdb1', type: 'part', mount: '/media/office/KINGSTON', label: 'KINGSTON', removable: true, protocol: 'usb' },
      { name: 'sdc1', type: 'part', mount: '/media/office/disk', label: '', removable: false, protocol: 'usb' },
      { name: 'sdd1', type: 'part', mount: '', label: 'UNMOUNTED', removable: true, protocol: 'usb' },
      { name: 'E:', type: 'Removable', mount: 'E:', label: 'BACKUP', removable: false, protocol: '' },
    ];
    const sizes = [
      { mount: '/', size: 500e9, available: 100e9, rw: true },
      { mount: '/media/office/KINGSTON', size: 32e9, available: 20e9, rw: true },
      { mount: '/media/office/disk', size: 1e12, available: 5e11, rw: true },
      { mount: 'E:', size: 16e9, available: 1e9, rw: true },
    ];
    expect(removableDrives(blocks, sizes)).toEqual([
      { mount: '/media/office/disk', label: 'sdc1', size: 1e12, free: 5e11, removable: true },
      { mount: '/media/office/KINGSTON', label: 'KINGSTON', size: 32e9, free: 20e9, removable: true },
      { mount: 'E:\\', label: 'BACKUP', size: 16e9, free: 1e9, removable: true },
    ]);
  });

  it('offers the system chooser only where the shell provides one', async () => {
    const ctx = officeContext();
    expect((await ok(ctx, 'backup.status', {})).canPick).toBe(false);
    expect(await ok(ctx, 'backup.pick', { kind: 'folder' })).toBeNull();
    ctx.pickPath = async (kind) => (kind === 'folder' ? '/media/usb' : null);
    expect((await ok(ctx, 'backup.status', {})).canPick).toBe(true);
    expect(await ok(ctx, 'backup.pick', { kind: 'folder' })).toBe('/media/usb');
    expect(await ok(ctx, 'backup.pick', { kind: 'file' })).toBeNull();
    expect((await call(ctx, 'backup.pick', { kind: 'disk' })).ok).toBe(false);
  });

  it('asks the system without failing', async () => {
    const ctx = officeContext();
    expect(Array.isArray(await ok(ctx, 'backup.drives', {}))).toBe(true);
  });
});
