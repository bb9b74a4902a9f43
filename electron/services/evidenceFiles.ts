/**
 * Evidence files of progress entries: copied into `<dataDir>/evidence/`, named by their SHA-256
 * (the same file attached twice is stored once), referenced from the database by a path relative
 * to that folder. Nothing is ever read or written outside it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { EVIDENCE_MAX_BYTES } from '../../shared/api/measures';
import { base64Bytes, writeFileAtomic } from './files';

export const EVIDENCE_DIR = 'evidence';

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.zip': 'application/zip',
  '.mp4': 'video/mp4',
};

export const mimeTypeOf = (name: string): string => MIME[path.extname(name).toLowerCase()] ?? 'application/octet-stream';

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const refuse = (at: string, key: string, params?: Record<string, string | number>) => new AppError('validation', { issues: [{ path: at, key, params }] });

/** Reads a file the user picked; missing, not a file, empty, huge or locked files are refused with a named message. */
export function readSourceFile(file: string, at = 'source.path'): Buffer {
  const resolved = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw refuse(at, 'validation.evidenceLocked', { file: resolved });
    throw refuse(at, 'validation.evidenceMissing', { file: resolved });
  }
  if (!stat.isFile()) throw refuse(at, 'validation.evidenceNotFile', { file: resolved });
  if (stat.size > EVIDENCE_MAX_BYTES) throw refuse(at, 'validation.evidenceTooBig', { size: megabytes(stat.size), max: megabytes(EVIDENCE_MAX_BYTES) });
  if (stat.size === 0) throw refuse(at, 'validation.evidenceEmpty');
  try {
    return fs.readFileSync(resolved);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw refuse(at, 'validation.evidenceMissing', { file: resolved });
    throw refuse(at, 'validation.evidenceLocked', { file: resolved });
  }
}

/** Decodes the bytes of a file sent by the renderer. */
export function decodeEvidence(base64: string, at = 'source.base64'): Buffer {
  const bytes = base64Bytes(base64);
  if (!bytes) throw refuse(at, 'validation.evidenceNotBase64');
  if (bytes.length > EVIDENCE_MAX_BYTES) throw refuse(at, 'validation.evidenceTooBig', { size: megabytes(bytes.length), max: megabytes(EVIDENCE_MAX_BYTES) });
  if (bytes.length === 0) throw refuse(at, 'validation.evidenceEmpty');
  return bytes;
}

/** The absolute path of a stored evidence file; refuses any relative path that leaves the evidence folder. */
export function evidencePath(dataDir: string, relative: string): string {
  const root = path.resolve(dataDir, EVIDENCE_DIR);
  const full = path.resolve(root, relative);
  if (!full.startsWith(root + path.sep)) throw new AppError('not_found', { params: { file: relative } });
  return full;
}

/** Stores the bytes (once per content) and returns what the database keeps. */
export function storeEvidence(dataDir: string, bytes: Buffer, name: string): { file: string; sha256: string; size: number; mimeType: string } {
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const ext = path.extname(name).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 10);
  const file = `${sha256.slice(0, 2)}/${sha256}${ext}`;
  const full = evidencePath(dataDir, file);
  if (!fs.existsSync(full)) {
    try {
      fs.mkdirSync(path.dirname(full), { recursive: true });
    } catch {
      throw new AppError('data_dir_unwritable', { params: { dir: path.dirname(full) } });
    }
    writeFileAtomic(full, bytes);
  }
  return { file, sha256, size: bytes.length, mimeType: mimeTypeOf(name) };
}

export function evidenceExists(dataDir: string, relative: string): boolean {
  try {
    return fs.statSync(evidencePath(dataDir, relative)).isFile();
  } catch {
    return false;
  }
}

/** Removes stored files that no evidence row uses any more (best effort: a locked file stays). */
export function removeEvidenceFiles(dataDir: string, files: string[]): void {
  for (const file of files) {
    try {
      fs.rmSync(evidencePath(dataDir, file), { force: true });
    } catch {
      // A file another program holds open stays behind; it is harmless and unreferenced.
    }
  }
}
