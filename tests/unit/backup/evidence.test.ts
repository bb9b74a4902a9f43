import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeHeader, encodeTail, readContainer } from '../../../electron/services/backup/format';
import { scratchDir } from '../../../electron/services/backup/state';
import type { AppContext } from '../../../electron/services/context';
import type { BackupManifest } from '../../../shared/api/backup';
import { call, filesIn, freshContext, liveFingerprint, officeContext, ok, tempDir } from './support';

const PDF = Buffer.from('%PDF-1.4 รายงานผลการดำเนินงาน ไตรมาส 2\n'.repeat(200));
const PHOTO = crypto.randomBytes(300_000);

/** Attaches a file through the renderer's channel (bytes, never a path); returns its path in the evidence folder. */
async function attach(ctx: AppContext, entryId: number, name: string, bytes: Buffer): Promise<string> {
  const evidence = await ok(ctx, 'evidence.add', { entryId, source: { kind: 'file', name, base64: bytes.toString('base64') } });
  const opened = await ok(ctx, 'evidence.open', { id: evidence.id });
  if (opened.kind !== 'file') throw new Error('expected a file');
  return opened.path;
}

/** Every file of the evidence folder with its SHA-256, keyed by its path in the folder. */
function evidenceFolder(ctx: AppContext): Record<string, string> {
  const root = path.join(ctx.dataDir, 'evidence');
  const found: Record<string, string> = {};
  for (const dir of filesIn(root)) for (const name of filesIn(path.join(root, dir))) found[`${dir}/${name}`] = crypto.createHash('sha256').update(fs.readFileSync(path.join(root, dir, name))).digest('hex');
  return found;
}

const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** An office whose progress entries carry two evidence files. */
async function officeWithEvidence() {
  const ctx = officeContext();
  const entries = await ok(ctx, 'progress.list', { fiscalYear: 2566 });
  const pdf = await attach(ctx, entries[0]!.id, 'รายงาน.pdf', PDF);
  const photo = await attach(ctx, entries[1]!.id, 'ภาพกิจกรรม.jpg', PHOTO);
  // The same file attached twice is stored, and backed up, once.
  await attach(ctx, entries[2]!.id, 'สำเนารายงาน.pdf', PDF);
  return { ctx, pdf, photo };
}

/** Rewrites a backup as format 1 (no evidence part), as the app wrote it before evidence travelled along. */
function asFormat1(file: string): string {
  const container = readContainer(file);
  const database = fs.readFileSync(file).subarray(container.databaseOffset, container.databaseOffset + container.databaseBytes);
  const { evidence: _evidence, ...rest } = container.manifest;
  const manifest = { ...rest, formatVersion: 1 } as unknown as BackupManifest;
  const old = path.join(tempDir('ita-v1-'), 'ita-desk-20250101-120000.itadesk');
  fs.writeFileSync(old, Buffer.concat([encodeHeader(database.length, 0, 1), database, encodeTail(manifest)]));
  return old;
}

describe('evidence files travel with backups', () => {
  it('carries the referenced files (name, size, SHA-256 in the manifest) and a restore on a new PC puts them back identical', async () => {
    const { ctx, pdf, photo } = await officeWithEvidence();
    const backup = await ok(ctx, 'backup.create', { targetDir: tempDir('ita-target-') });
    expect(backup.manifest.formatVersion).toBe(2);
    expect(backup.manifest.evidence).toEqual(
      [
        { file: path.relative(path.join(ctx.dataDir, 'evidence'), pdf).split(path.sep).join('/'), bytes: PDF.length, sha256: sha(PDF) },
        { file: path.relative(path.join(ctx.dataDir, 'evidence'), photo).split(path.sep).join('/'), bytes: PHOTO.length, sha256: sha(PHOTO) },
      ].sort((a, b) => a.file.localeCompare(b.file)),
    );
    // Their bytes follow the database in the file.
    const container = readContainer(backup.file);
    const bytes = fs.readFileSync(backup.file);
    for (const [i, e] of container.manifest.evidence.entries()) expect(sha(bytes.subarray(container.evidenceOffsets[i], container.evidenceOffsets[i]! + e.bytes))).toBe(e.sha256);
    expect((await ok(ctx, 'backup.verify', { file: backup.file })).checks.evidence).toBe('ok');

    const newPc = freshContext();
    await ok(newPc, 'backup.restore', { file: backup.file });
    expect(evidenceFolder(newPc)).toEqual(evidenceFolder(ctx));
    const restored = (await ok(newPc, 'progress.list', { fiscalYear: 2566 })).flatMap((e) => e.evidence).filter((e) => e.kind === 'file');
    expect(restored).toHaveLength(3);
    for (const e of restored) {
      expect(e.missing).toBe(false);
      const read = Buffer.from((await ok(newPc, 'evidence.read', { id: e.id })).base64, 'base64');
      expect(read.equals(e.name.endsWith('.jpg') ? PHOTO : PDF)).toBe(true);
    }
    expect(filesIn(scratchDir(newPc.dataDir))).toEqual([]);
  });

  it('keeps the replaced evidence folder with the undo copy, and undo puts it back', async () => {
    const { ctx } = await officeWithEvidence();
    const backup = await ok(ctx, 'backup.create', { targetDir: tempDir('ita-target-') });
    const other = officeContext();
    const mine = Buffer.from('หลักฐานของสำนักงานนี้เท่านั้น');
    const own = await attach(other, (await ok(other, 'progress.list', { fiscalYear: 2566 }))[0]!.id, 'ของเรา.pdf', mine);
    const before = evidenceFolder(other);

    const result = await ok(other, 'backup.restore', { file: backup.file });
    expect(evidenceFolder(other)).toEqual(evidenceFolder(ctx)); // exactly the backup's files: this office's own file is gone from the live folder …
    expect(fs.existsSync(own)).toBe(false);
    const kept = result.undoFile.replace(/\.sqlite$/, '.evidence');
    expect(fs.readFileSync(path.join(kept, path.relative(path.join(other.dataDir, 'evidence'), own))).equals(mine)).toBe(true); // … and kept with the undo copy

    await ok(other, 'backup.undoRestore', {});
    expect(evidenceFolder(other)).toEqual(before);
    expect(fs.readFileSync(own).equals(mine)).toBe(true);
    expect(fs.existsSync(kept)).toBe(false);
    expect(filesIn(scratchDir(other.dataDir))).toEqual([]);
  });

  it('refuses a backup with a flipped byte in an evidence file, and changes nothing', async () => {
    const { ctx } = await officeWithEvidence();
    const backup = await ok(ctx, 'backup.create', { targetDir: tempDir('ita-target-') });
    const container = readContainer(backup.file);
    const damaged = path.join(tempDir('ita-bad-'), 'damaged.itadesk');
    const bytes = fs.readFileSync(backup.file);
    const last = container.manifest.evidence.length - 1;
    const at = container.evidenceOffsets[last]! + 1000;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
    fs.writeFileSync(damaged, bytes);

    const target = officeContext();
    const fingerprint = liveFingerprint(target);
    const folder = evidenceFolder(target);
    for (const channel of ['backup.verify', 'backup.inspect', 'backup.restore'] as const) {
      const refused = await call(target, channel, { file: damaged });
      expect(refused.ok, channel).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('backup_invalid');
      expect(refused.error.issues?.[0]).toMatchObject({ key: 'backup.reason.evidenceHash', params: { file: container.manifest.evidence[last]!.file } });
    }
    expect(liveFingerprint(target)).toBe(fingerprint);
    expect(evidenceFolder(target)).toEqual(folder);
    expect((await ok(target, 'backup.status', {})).undo).toBeNull();
    expect(filesIn(scratchDir(target.dataDir))).toEqual([]);
  });

  it('still verifies and restores a format 1 backup (no evidence part); evidence files already on this PC stay', async () => {
    const { ctx } = await officeWithEvidence();
    const old = asFormat1((await ok(ctx, 'backup.create', { targetDir: tempDir('ita-target-') })).file);
    expect(readContainer(old)).toMatchObject({ formatVersion: 1, manifest: { formatVersion: 1, evidence: [] } });
    expect((await ok(ctx, 'backup.verify', { file: old })).ok).toBe(true);

    const folder = evidenceFolder(ctx);
    await ok(ctx, 'backup.restore', { file: old });
    expect(evidenceFolder(ctx)).toEqual(folder); // the restored database refers to them
    expect((await ok(ctx, 'progress.list', { fiscalYear: 2566 })).flatMap((e) => e.evidence).filter((e) => e.kind === 'file' && e.missing)).toEqual([]);

    const newPc = freshContext();
    await ok(newPc, 'backup.restore', { file: old });
    expect((await ok(newPc, 'organization.get', {}))?.name).toBe((await ok(ctx, 'organization.get', {}))?.name);
    // Without the files, their records show as missing, as before.
    expect((await ok(newPc, 'progress.list', { fiscalYear: 2566 })).flatMap((e) => e.evidence).filter((e) => e.kind === 'file' && e.missing)).toHaveLength(3);
  });
});
