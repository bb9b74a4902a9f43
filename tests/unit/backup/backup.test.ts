import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/services/backup/create';
import { readContainer } from '../../../electron/services/backup/format';
import { readState, scratchDir } from '../../../electron/services/backup/state';
import { verifyBackupFile } from '../../../electron/services/backup/verify';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { addPeople, call, liveFingerprint, ok, officeContext, peopleCount, tempDir, filesIn } from './support';

describe('backup, verify, restore, undo', () => {
  it('writes one self-contained, checked .itadesk file whose manifest describes the data', async () => {
    const ctx = officeContext(50);
    const target = tempDir('ita-target-');
    const result = await ok(ctx, 'backup.create', { targetDir: target });
    expect(path.dirname(result.file)).toBe(target);
    expect(path.basename(result.file)).toMatch(/^ita-desk-\d{8}-\d{6}\.itadesk$/);
    expect(filesIn(target)).toEqual([path.basename(result.file)]);
    const { manifest } = result;
    expect(manifest).toMatchObject({ format: 'ita-desk-backup', appVersion: ctx.appVersion, schemaVersion: LATEST_SCHEMA_VERSION, organization: 'องค์การบริหารส่วนตำบลโนนสวรรค์', kind: 'manual' });
    expect(manifest.counts.person).toBe(peopleCount(ctx));
    expect(manifest.database.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The database inside is a single self-contained file: journal mode DELETE, not WAL.
    const bytes = fs.readFileSync(result.file);
    const header = bytes.subarray(64, 64 + 100);
    expect(header.toString('latin1', 0, 16)).toBe('SQLite format 3\0');
    expect([header[18], header[19]]).toEqual([1, 1]);
    // Nothing left behind in the scratch folder.
    expect(filesIn(scratchDir(ctx.dataDir))).toEqual([]);
    const report = await ok(ctx, 'backup.verify', { file: result.file });
    expect(report.checks).toEqual({ container: 'ok', sha256: 'ok', integrity: 'ok', foreignKeys: 'ok', schema: 'ok', evidence: 'ok' });
    expect(readState(ctx.dataDir).lastGood?.file).toBe(result.file);
    const status = await ok(ctx, 'backup.status', {});
    expect(status.lastGood?.at).toBe(manifest.createdAt);
    expect(status.overdue).toBe(false);
  });

  it('restores the old data, keeps an undo copy, and undoes the restore', async () => {
    const ctx = officeContext(10);
    const before = peopleCount(ctx);
    const backup = await ok(ctx, 'backup.create', { targetDir: tempDir('ita-target-') });
    addPeople(ctx, 25, 'ใหม่');
    const preview = await ok(ctx, 'backup.inspect', { file: backup.file });
    expect(preview.manifest.counts.person).toBe(before);
    expect(preview.current.counts.person).toBe(before + 25);
    expect(preview.willMigrate).toBe(false);
    const restored = await ok(ctx, 'backup.restore', { file: backup.file });
    expect(restored.organization).toBe('องค์การบริหารส่วนตำบลโนนสวรรค์');
    expect(peopleCount(ctx)).toBe(before);
    expect(fs.existsSync(restored.undoFile)).toBe(true);
    expect((await ok(ctx, 'backup.status', {})).undo?.restoredFrom).toBe(backup.file);
    // The live database works normally after the swap (WAL again, FULL sync, foreign keys, writable).
    expect(ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ctx.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(ctx.db.pragma('foreign_keys', { simple: true })).toBe(1);
    addPeople(ctx, 1, 'หลังกู้คืน');
    await ok(ctx, 'backup.undoRestore', {});
    expect(peopleCount(ctx)).toBe(before + 25);
    expect((await ok(ctx, 'backup.status', {})).undo).toBeNull();
    const again = await call(ctx, 'backup.undoRestore', {});
    expect(again.ok).toBe(false);
    expect(filesIn(scratchDir(ctx.dataDir))).toEqual([]);
  });

  it('migrates a backup of an older schema forward while restoring', async () => {
    const ctx = officeContext();
    if (LATEST_SCHEMA_VERSION < 2) return; // nothing older exists yet
    const { migrate } = await import('../../../db/open');
    const { craftBackup, sqliteFile } = await import('./support');
    const old = sqliteFile((db) => {
      migrate(db, 1);
      db.exec("INSERT INTO organization VALUES (1, 'เทศบาลเก่า', 'sao', 'เมือง', 'ขอนแก่น', '', 'ขก', 0, 'TH SarabunIT๙')");
    });
    const file = await craftBackup(old);
    const preview = await ok(ctx, 'backup.inspect', { file });
    expect(preview.willMigrate).toBe(true);
    expect(preview.checks.schema).toBe('older');
    await ok(ctx, 'backup.restore', { file });
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect((await ok(ctx, 'organization.get', {}))?.name).toBe('เทศบาลเก่า');
  });

  it('refuses relative paths and a missing target with translated reasons, writing nothing', async () => {
    const ctx = officeContext();
    const rel = await call(ctx, 'backup.create', { targetDir: 'backups' });
    expect(rel.ok ? null : rel.error).toMatchObject({ code: 'validation', issues: [{ key: 'backup.reason.notAbsolute' }] });
    const gone = await call(ctx, 'backup.create', { targetDir: path.join(tempDir(), 'not-there') });
    expect(gone.ok ? null : gone.error).toMatchObject({ code: 'backup_failed', issues: [{ key: 'backup.reason.targetGone' }] });
  });

  it('lists the backups of a folder with their manifests and flags foreign files', async () => {
    const ctx = officeContext();
    const dir = tempDir('ita-target-');
    const a = await createBackup(ctx, dir, { now: new Date('2026-03-01T10:00:00Z') });
    const b = await createBackup(ctx, dir, { now: new Date('2026-03-02T10:00:00Z') });
    fs.writeFileSync(path.join(dir, 'holiday.itadesk'), 'not a backup');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
    const list = await ok(ctx, 'backup.list', { dir });
    expect(list.map((l) => l.file)).toEqual([b.file, a.file, path.join(dir, 'holiday.itadesk')]);
    expect(list[2]?.problem).toBe('backup.reason.notBackup');
    expect(readContainer(a.file).manifest.createdAt).toBe('2026-03-01T10:00:00.000Z');
  });

  it('keeps the app working during a backup and includes writes made while it copies', async () => {
    const ctx = officeContext(3000);
    const target = tempDir('ita-target-');
    const pending = ok(ctx, 'backup.create', { targetDir: target });
    // A second backup at the same time is refused, not interleaved.
    const second = await call(ctx, 'backup.create', { targetDir: target });
    expect(second.ok ? null : second.error.code).toBe('backup_busy');
    const progress = await ok(ctx, 'backup.progress', {});
    expect(progress?.operation).toBe('backup');
    const result = await pending;
    const report = await verifyBackupFile(result.file);
    expect(report.manifest.counts.person).toBe(result.manifest.counts.person);
    expect(await ok(ctx, 'backup.progress', {})).toBeNull();
    expect(liveFingerprint(ctx)).toHaveLength(64);
  });

  it('refuses restore while another connection (another app window or process) holds the database', async () => {
    const ctx = officeContext();
    const backup = await ok(ctx, 'backup.create', { targetDir: tempDir('ita-target-') });
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(path.join(ctx.dataDir, 'ita-desk.sqlite'));
    other.prepare('SELECT count(*) FROM person').get();
    try {
      const before = peopleCount(ctx);
      addPeople(ctx, 2);
      const result = await call(ctx, 'backup.restore', { file: backup.file });
      expect(result.ok ? null : result.error).toMatchObject({ code: 'backup_busy', issues: [{ key: 'backup.reason.inUse' }] });
      expect(peopleCount(ctx)).toBe(before + 2);
    } finally {
      other.close();
    }
  });
});
