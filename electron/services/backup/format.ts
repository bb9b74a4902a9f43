import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { BackupEvidenceFile, BackupManifest } from '../../../shared/api/backup';
import { AppError } from '../../../shared/api/errors';

/**
 * The `.itadesk` container (see docs/backup-format.md): one file, written front to back in a
 * single pass, so a copy cut short never has a valid trailer.
 *
 *   header   64 bytes  magic "ITA-DESK-BACKUP\0", u32 LE format version, u32 0, u64 LE database length N,
 *                      u64 LE evidence length E (format 2; 0 in format 1), zeros
 *   database N bytes   the SQLite file, journal_mode=DELETE, self-contained
 *   evidence E bytes   the evidence files of the manifest, one after another (format 2)
 *   manifest M bytes   UTF-8 JSON (BackupManifest)
 *   trailer  48 bytes  u32 LE M, SHA-256 of the manifest bytes (32), magic "ITADESK-END\0" (12)
 *
 * Format 1 (no evidence) is still read.
 */
export const FORMAT = 'ita-desk-backup' as const;
export const FORMAT_VERSION = 2;
export const HEADER_SIZE = 64;
export const TRAILER_SIZE = 48;
const MAGIC = Buffer.from('ITA-DESK-BACKUP\0', 'latin1');
const END_MAGIC = Buffer.from('ITADESK-END\0', 'latin1');
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const MAX_MANIFEST = 32 * 1024 * 1024;

/** An evidence file's path in the evidence folder, as the database keeps it (`ab/<sha256>.ext`): never leaves that folder. */
export const EVIDENCE_FILE = /^[0-9a-f]{2}\/[0-9a-f]{64}(?:\.[a-z0-9]{1,9})?$/;
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(50),
  schemaVersion: z.number().int().nonnegative(),
  organization: z.string().max(200).nullable(),
  createdAt: z.iso.datetime(),
  kind: z.enum(['manual', 'auto']),
  counts: z.record(z.string().max(100), z.number().int().nonnegative()),
  fiscalYears: z.array(z.number().int()).max(1000),
  database: z.strictObject({ bytes: z.number().int().positive(), sha256: sha256Hex }),
  /** Absent in format 1 files. */
  evidence: z
    .array(z.strictObject({ file: z.string().regex(EVIDENCE_FILE), bytes: z.number().int().nonnegative(), sha256: sha256Hex }))
    .max(1_000_000)
    .refine((list) => new Set(list.map((e) => e.file)).size === list.length)
    .default([]),
}) satisfies z.ZodType<BackupManifest>;

/** A refusal of a file as a backup, with the i18n key of the reason. */
export const invalid = (reason: string, params?: Record<string, string | number>) =>
  new AppError('backup_invalid', { issues: [{ path: 'file', key: `backup.reason.${reason}`, params }] });

export function encodeHeader(databaseBytes: number, evidenceBytes = 0, formatVersion = FORMAT_VERSION): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(formatVersion, 16);
  header.writeBigUInt64LE(BigInt(databaseBytes), 24);
  if (formatVersion >= 2) header.writeBigUInt64LE(BigInt(evidenceBytes), 32);
  return header;
}

/** Manifest JSON and trailer, written after the database bytes. */
export function encodeTail(manifest: BackupManifest): Buffer {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const trailer = Buffer.alloc(TRAILER_SIZE);
  trailer.writeUInt32LE(json.length, 0);
  crypto.createHash('sha256').update(json).digest().copy(trailer, 4);
  END_MAGIC.copy(trailer, 36);
  return Buffer.concat([json, trailer]);
}

export interface Container {
  file: string;
  bytes: number;
  formatVersion: number;
  databaseOffset: number;
  databaseBytes: number;
  /** Where each evidence file's bytes start in the container, in manifest order. */
  evidenceOffsets: number[];
  manifest: BackupManifest;
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return buffer.subarray(0, done);
}

/**
 * Reads and checks the container's frame and manifest (not yet the database hash): a truncated,
 * foreign or newer-format file is refused here with the reason.
 */
export function readContainer(file: string): Container {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw invalid('notFound', { file });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw invalid('notFound', { file });
    const bytes = stat.size;
    const head = readAt(fd, HEADER_SIZE, 0);
    if (head.length >= 16 && head.subarray(0, 16).equals(SQLITE_MAGIC)) throw invalid('rawSqlite');
    if (head.length < 16 || !head.subarray(0, 16).equals(MAGIC)) throw invalid('notBackup');
    if (head.length < HEADER_SIZE || bytes < HEADER_SIZE + TRAILER_SIZE) throw invalid('truncated');
    const formatVersion = head.readUInt32LE(16);
    if (formatVersion > FORMAT_VERSION) throw new AppError('backup_newer', { params: { found: `format ${formatVersion}`, supported: `format ${FORMAT_VERSION}` } });
    const databaseBytes = Number(head.readBigUInt64LE(24));
    const evidenceBytes = formatVersion >= 2 ? Number(head.readBigUInt64LE(32)) : 0;
    const trailer = readAt(fd, TRAILER_SIZE, bytes - TRAILER_SIZE);
    const manifestBytes = trailer.readUInt32LE(0);
    if (!trailer.subarray(36).equals(END_MAGIC) || manifestBytes > MAX_MANIFEST) throw invalid('truncated');
    if (HEADER_SIZE + databaseBytes + evidenceBytes + manifestBytes + TRAILER_SIZE !== bytes) throw invalid('truncated');
    const json = readAt(fd, manifestBytes, HEADER_SIZE + databaseBytes + evidenceBytes);
    if (!crypto.createHash('sha256').update(json).digest().equals(trailer.subarray(4, 36))) throw invalid('manifest');
    let raw: unknown;
    try {
      raw = JSON.parse(json.toString('utf8'));
    } catch {
      throw invalid('manifest');
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) throw invalid('manifest');
    if (parsed.data.database.bytes !== databaseBytes) throw invalid('manifestMismatch');
    const evidenceOffsets: number[] = [];
    let at = HEADER_SIZE + databaseBytes;
    for (const e of parsed.data.evidence) {
      evidenceOffsets.push(at);
      at += e.bytes;
    }
    if (at !== HEADER_SIZE + databaseBytes + evidenceBytes) throw invalid('manifestMismatch');
    return { file, bytes, formatVersion, databaseOffset: HEADER_SIZE, databaseBytes, evidenceOffsets, manifest: parsed.data };
  } finally {
    fs.closeSync(fd);
  }
}

const CHUNK = 8 * 1024 * 1024;

/**
 * Streams the database bytes out of the container, hashing them on the way; `sink` receives each
 * chunk (to write the extracted copy) or nothing (to check the hash only). Two buffers take turns,
 * so the next chunk is read and hashed while the previous one is still being written. Throws on a
 * hash mismatch.
 */
export async function streamDatabase(container: Container, sink?: (chunk: Buffer) => Promise<void>, onProgress?: (fraction: number) => void): Promise<void> {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(container.file, 'r');
  let writing: Promise<void> | undefined;
  try {
    const size = Math.min(CHUNK, container.databaseBytes);
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    let done = 0;
    for (let turn = 0; done < container.databaseBytes; turn++) {
      const buffer = buffers[turn % 2]!;
      const want = Math.min(buffer.length, container.databaseBytes - done);
      const n = fs.readSync(fd, buffer, 0, want, container.databaseOffset + done);
      if (n === 0) throw invalid('truncated');
      const chunk = buffer.subarray(0, n);
      hash.update(chunk);
      await writing;
      writing = sink?.(chunk);
      done += n;
      onProgress?.(done / container.databaseBytes);
      // Let other calls (progress polls, the app's own work) run between chunks.
      if (!sink) await new Promise((resolve) => setImmediate(resolve));
    }
    await writing;
  } finally {
    await writing?.catch(() => undefined);
    fs.closeSync(fd);
  }
  if (hash.digest('hex') !== container.manifest.database.sha256) throw invalid('hashMismatch');
}

/** Receives the evidence files read out of a container: `end` only once the file's hash matched. */
export interface EvidenceSink {
  start(entry: BackupEvidenceFile): void;
  write(chunk: Buffer): void;
  end(entry: BackupEvidenceFile): void;
}

/**
 * Reads the evidence files out of the container, checking each one's SHA-256 against the
 * manifest; `sink` receives them (to extract them) or nothing (to check only). Throws on a
 * mismatch, naming the file.
 */
export async function streamEvidence(container: Container, sink?: EvidenceSink, onProgress?: (fraction: number) => void): Promise<void> {
  const { evidence } = container.manifest;
  if (evidence.length === 0) return;
  const total = evidence.reduce((sum, e) => sum + e.bytes, 0);
  const fd = fs.openSync(container.file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, Math.max(...evidence.map((e) => e.bytes)))));
    let read = 0;
    for (const [i, entry] of evidence.entries()) {
      const hash = crypto.createHash('sha256');
      sink?.start(entry);
      for (let done = 0; done < entry.bytes; ) {
        const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, entry.bytes - done), container.evidenceOffsets[i]! + done);
        if (n === 0) throw invalid('truncated');
        const chunk = buffer.subarray(0, n);
        hash.update(chunk);
        sink?.write(chunk);
        done += n;
        read += n;
        onProgress?.(read / total);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (hash.digest('hex') !== entry.sha256) throw invalid('evidenceHash', { file: entry.file });
      sink?.end(entry);
    }
  } finally {
    fs.closeSync(fd);
  }
}
