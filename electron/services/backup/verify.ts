import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupListing, BackupManifest, VerifyReport } from '../../../shared/api/backup';
import type { Sqlite } from '../../../db/query';
import { AppError } from '../../../shared/api/errors';
import { BACKUP_EXTENSION } from '../../../shared/domain/backup';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { invalid, readContainer, streamDatabase, streamEvidence, type Container, type EvidenceSink } from './format';
import { assertMatchesManifest, checkDatabase, openReadOnly } from './inspect';
import { fsyncDirSync, removeQuietly, writeAll } from './io';
import type { Operation } from './state';
import crypto from 'node:crypto';

export interface VerifyOptions {
  /** Where the database is extracted to (default: the system temp folder). */
  workDir?: string;
  /** Keep the extracted, checked database and evidence files and return their paths (restore uses them). */
  keep?: boolean;
  op?: Operation;
}

/** Databases up to this size are checked in memory when nothing is to be kept (no temporary file to write). */
const IN_MEMORY_LIMIT = 256 * 1024 * 1024;

function checkHeader(header: Buffer): void {
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') throw invalid('notSqlite');
  // Our backups are always self-contained (journal_mode=DELETE): a WAL-marked copy was not made by us.
  if (header[18] !== 1 || header[19] !== 1) throw invalid('notSelfContained');
}

function checkAgainstManifest(db: Sqlite, manifest: BackupManifest): 'ok' | 'older' {
  try {
    const summary = checkDatabase(db);
    assertMatchesManifest(summary, manifest);
    return summary.schemaVersion < LATEST_SCHEMA_VERSION ? 'older' : 'ok';
  } finally {
    db.close();
  }
}

/** Writes each evidence file under `root` (`ab/<name>`), flushed; only a file whose hash matched gets its final name. */
function extractTo(root: string): EvidenceSink & { dispose(): void } {
  let fd: number | undefined;
  let part = '';
  return {
    start(entry) {
      const full = path.join(root, ...entry.file.split('/'));
      fs.mkdirSync(path.dirname(full), { recursive: true });
      part = `${full}.part`;
      fd = fs.openSync(part, 'w');
    },
    write(chunk) {
      for (let done = 0; done < chunk.length; ) done += fs.writeSync(fd!, chunk, done, chunk.length - done);
    },
    end(entry) {
      fs.fsyncSync(fd!);
      fs.closeSync(fd!);
      fd = undefined;
      const full = path.join(root, ...entry.file.split('/'));
      fs.renameSync(part, full);
      fsyncDirSync(path.dirname(full));
    },
    dispose() {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    },
  };
}

/** Checks (and with `keep`, extracts) the evidence files; returns the folder they were extracted to. */
async function checkEvidence(container: Container, options: VerifyOptions, workDir: string): Promise<string | undefined> {
  if (!options.keep) {
    await streamEvidence(container);
    return undefined;
  }
  const root = path.join(workDir, `evidence-${process.pid}-${Date.now()}-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(root, { recursive: true });
  const sink = extractTo(root);
  try {
    await streamEvidence(container, sink);
    fsyncDirSync(root);
    return root;
  } catch (error) {
    sink.dispose();
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Reads the database bytes straight into one buffer, hashing each chunk as it arrives (no second
 * copy); throws on a hash mismatch.
 */
async function readDatabase(container: Container, onProgress?: (fraction: number) => void): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(container.databaseBytes);
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(container.file, 'r');
  try {
    for (let done = 0; done < bytes.length; ) {
      const n = fs.readSync(fd, bytes, done, Math.min(CHUNK, bytes.length - done), container.databaseOffset + done);
      if (n === 0) throw invalid('truncated');
      hash.update(bytes.subarray(done, done + n));
      done += n;
      onProgress?.(done / bytes.length);
      // Let other calls (progress polls, the app's own work) run between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    fs.closeSync(fd);
  }
  if (hash.digest('hex') !== container.manifest.database.sha256) throw invalid('hashMismatch');
  return bytes;
}

const CHUNK = 8 * 1024 * 1024;

/**
 * The full check of a backup file: container frame, manifest, SHA-256 of the database, then the
 * database itself, opened read-only (in memory, or extracted to a temporary file when it is large
 * or is to be kept for a restore): ours, a schema this app knows (newer is refused), integrity and
 * foreign keys, and agreeing with its manifest; then the SHA-256 of every evidence file.
 */
export async function verifyBackupFile(file: string, options: VerifyOptions = {}): Promise<VerifyReport & { extracted?: string; evidenceDir?: string }> {
  const container = readContainer(path.resolve(file));
  const { manifest } = container;
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('backup_newer', { params: { found: manifest.schemaVersion, supported: LATEST_SCHEMA_VERSION } });
  const report = (schema: 'ok' | 'older'): VerifyReport => ({
    ok: true,
    file: container.file,
    bytes: container.bytes,
    manifest,
    checks: { container: 'ok', sha256: 'ok', integrity: 'ok', foreignKeys: 'ok', schema, evidence: 'ok' },
  });

  if (!options.keep && container.databaseBytes <= IN_MEMORY_LIMIT) {
    const bytes = await readDatabase(container, (f) => options.op?.report('extract', 0.4 * f));
    options.op?.report('check', 0.4);
    checkHeader(bytes);
    let db: Sqlite;
    try {
      db = new Database(bytes, { readonly: true });
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw invalid('notSqlite');
    }
    const schema = checkAgainstManifest(db, manifest);
    await checkEvidence(container, options, options.workDir ?? os.tmpdir());
    options.op?.report('check', 1);
    return report(schema);
  }

  const workDir = options.workDir ?? os.tmpdir();
  fs.mkdirSync(workDir, { recursive: true });
  const extracted = path.join(workDir, `verify-${process.pid}-${Date.now()}-${crypto.randomBytes(4).toString('hex')}.sqlite`);
  let kept = false;
  try {
    const fd = fs.openSync(extracted, 'wx');
    try {
      await streamDatabase(
        container,
        (chunk) => writeAll(fd, chunk),
        (f) => options.op?.report('extract', 0.5 * f),
      );
      if (options.keep) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    options.op?.report('check', 0.5);
    const header = Buffer.alloc(20);
    const hfd = fs.openSync(extracted, 'r');
    fs.readSync(hfd, header, 0, 20, 0);
    fs.closeSync(hfd);
    checkHeader(header);
    const schema = checkAgainstManifest(openReadOnly(extracted), manifest);
    const evidenceDir = await checkEvidence(container, options, workDir);
    options.op?.report('check', 1);
    kept = Boolean(options.keep);
    if (kept) fsyncDirSync(workDir);
    return { ...report(schema), ...(kept ? { extracted, evidenceDir } : {}) };
  } finally {
    if (!kept) removeQuietly(extracted, `${extracted}-journal`);
  }
}

/** The `.itadesk` files of a folder with what their manifests say (frame and manifest only; verify checks fully). */
export function listBackups(dir: string): BackupListing[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.toLowerCase().endsWith(BACKUP_EXTENSION) && !n.startsWith('.'));
  } catch {
    throw new AppError('not_found', { params: { dir }, issues: [{ path: 'dir', key: 'backup.reason.folderMissing', params: { dir } }] });
  }
  const listings = names.map((name): BackupListing => {
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    const base = { file, name, bytes: stat.size, modifiedAt: stat.mtime.toISOString() };
    try {
      return { ...base, manifest: readContainer(file).manifest };
    } catch (error) {
      const key = error instanceof AppError ? (error.details.issues?.[0]?.key ?? `error.${error.code}`) : 'backup.reason.io';
      return { ...base, problem: key };
    }
  });
  // Readable backups first, newest first; then the files that could not be read.
  return listings.sort((a, b) => Number(!a.manifest) - Number(!b.manifest) || (b.manifest?.createdAt ?? b.modifiedAt).localeCompare(a.manifest?.createdAt ?? a.modifiedAt));
}
