import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEvidenceFile, BackupManifest, BackupResult } from '../../../shared/api/backup';
import { AppError } from '../../../shared/api/errors';
import { backupFileName } from '../../../shared/domain/backup';
import type { Sqlite } from '../../../db/query';
import type { AppContext } from '../context';
import { changeMark, rememberBackup } from './changes';
import { evidenceSources, liveEvidenceDir, referencedEvidence, type EvidenceSource } from './evidence';
import { encodeHeader, encodeTail, FORMAT, FORMAT_VERSION, HEADER_SIZE, readContainer, streamDatabase, streamEvidence } from './format';
import { checkDatabase, type DatabaseSummary } from './inspect';
import { nodeTargetFs, removeQuietly, targetError, type TargetFs } from './io';
import { scratchDir, updateState, type Operation } from './state';

const CHUNK = 8 * 1024 * 1024;
/** Enough to map any database the fast paths hold in memory. */
const MMAP_SIZE = 512 * 1024 * 1024;

export interface CreateOptions {
  kind?: 'manual' | 'auto';
  now?: Date;
  /** The file layer of the target (the fault tests inject failures here). */
  targetFs?: TargetFs;
  op?: Operation;
}

/** A path from the user must be absolute: a relative one would land wherever the app was started. */
export function absolutePath(input: string, field: string): string {
  if (!path.isAbsolute(input)) throw new AppError('validation', { issues: [{ path: field, key: 'backup.reason.notAbsolute' }] });
  return path.resolve(input);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};

function removeTree(target: string): void {
  try {
    fs.rmSync(target, { recursive: true, force: true });
  } catch {
    // Best effort, as for every scratch file.
  }
}

/** Removes scratch files and folders (copies, extracted evidence, extracted databases, their -journal) left by a process that died mid-way. */
export function cleanScratch(dataDir: string): void {
  const dir = scratchDir(dataDir);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const pid = Number(/^[a-z]+-(\d+)-/.exec(name)?.[1]);
    if (!pid || (pid !== process.pid && !isAlive(pid))) removeTree(path.join(dir, name));
  }
}

/** A fresh scratch file name in the data folder (same disk as the live database). */
export function scratchFile(dataDir: string, prefix: string): string {
  const dir = scratchDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${prefix}-${process.pid}-${Date.now()}-${crypto.randomBytes(4).toString('hex')}.sqlite`);
}

/**
 * Removes temporary `.ita-desk-….itadesk.tmp` files a cut-short backup left on a target folder,
 * once they are an hour old (a younger one may belong to a backup still running in another process).
 */
export function cleanTargetTemps(dir: string, now = Date.now()): void {
  try {
    for (const name of fs.readdirSync(dir)) {
      if (!/^\.ita-desk-.*\.itadesk\.tmp$/.test(name)) continue;
      const file = path.join(dir, name);
      if (now - fs.statSync(file).mtimeMs > 60 * 60 * 1000) removeQuietly(file);
    }
  } catch {
    // A folder that cannot be listed has nothing of ours to clean.
  }
}

function freeName(dir: string, name: string): string {
  if (!fs.existsSync(path.join(dir, name))) return name;
  for (let i = 2; ; i++) {
    const candidate = name.replace(/\.itadesk$/, `-${i}.itadesk`);
    if (!fs.existsSync(path.join(dir, candidate))) return candidate;
  }
}

/**
 * Takes a consistent copy of the live database while the app keeps working (SQLite's online
 * backup) and makes it a self-contained file (journal_mode=DELETE). Returns the copy open, not yet
 * checked: `check` runs the full check (packaging runs it while the bytes are being written).
 */
export async function snapshot(ctx: AppContext, op?: Operation): Promise<{ file: string; copy: Sqlite; evidence: string[]; check(): DatabaseSummary }> {
  const file = scratchFile(ctx.dataDir, 'backup');
  let copy: Sqlite | undefined;
  try {
    await ctx.db.backup(file, {
      progress: ({ totalPages, remainingPages }) => {
        op?.report('copy', totalPages ? (0.45 * (totalPages - remainingPages)) / totalPages : 0);
        return Math.max(1024, Math.ceil(totalPages / 20));
      },
    });
    copy = new Database(file);
    copy.pragma('journal_mode = DELETE');
    // integrity_check reads every page; mapped, they are not copied into a small page cache.
    copy.pragma(`mmap_size = ${MMAP_SIZE}`);
    const open = copy;
    let evidence: string[];
    try {
      evidence = referencedEvidence(open);
    } catch (error) {
      // A copy SQLite cannot read is refused with the reason the full check gives.
      checkDatabase(open);
      throw error;
    }
    return {
      file,
      copy: open,
      evidence,
      check: () => {
        op?.report('check', 0.45);
        return checkDatabase(open);
      },
    };
  } catch (error) {
    copy?.close();
    removeQuietly(file, `${file}-journal`, `${file}-wal`, `${file}-shm`);
    throw error;
  }
}

/** Databases up to this size are read once into memory and handed to the target in one write. */
const WHOLE_LIMIT = 256 * 1024 * 1024;

/**
 * Packages a database copy and the evidence files into `<dir>/<name>`: written under a temporary
 * name, flushed, renamed, the folder flushed, then read back and its hash checked. A failure at any
 * point leaves no file that looks like a backup. `manifestBase` may be a function: it is called
 * once the database bytes are on their way to the target (the write runs on libuv's threads), so
 * the full check of the copy that it runs overlaps the write; if it throws, nothing is kept.
 */
export async function packageBackup(
  source: string,
  manifestBase: Omit<BackupManifest, 'database' | 'evidence'> | (() => Omit<BackupManifest, 'database' | 'evidence'>),
  dir: string,
  name: string,
  io: TargetFs,
  op?: Operation,
  evidence: EvidenceSource[] = [],
): Promise<BackupResult> {
  const final = path.join(dir, freeName(dir, name));
  const temp = path.join(dir, `.${path.basename(final)}.tmp`);
  const bytes = fs.statSync(source).size;
  const evidenceBytes = evidence.reduce((sum, e) => sum + e.bytes, 0);
  let fd: number | undefined;
  let manifest: BackupManifest;
  let writing: Promise<void> | undefined;
  try {
    removeQuietly(temp);
    fd = await io.open(temp);
    const hash = crypto.createHash('sha256');
    if (bytes <= WHOLE_LIMIT) {
      // One read of the copy; the write of it (after the header) runs on libuv's threads while
      // this thread hashes it and checks the database.
      const data = Buffer.allocUnsafe(HEADER_SIZE + bytes);
      const input = fs.openSync(source, 'r');
      try {
        for (let done = 0; done < bytes; ) {
          const n = fs.readSync(input, data, HEADER_SIZE + done, bytes - done, done);
          if (n === 0) throw new Error('source shrank while packaging');
          done += n;
        }
      } finally {
        fs.closeSync(input);
      }
      encodeHeader(bytes, evidenceBytes).copy(data, 0);
      writing = io.write(fd, data);
      // Noted now, so that a failed write is never an unhandled rejection while this thread works.
      writing.catch(() => undefined);
      hash.update(data.subarray(HEADER_SIZE));
    } else {
      await io.write(fd, encodeHeader(bytes, evidenceBytes));
      const input = fs.openSync(source, 'r');
      // Two buffers take turns: the next chunk is read and hashed while the previous one is written.
      try {
        const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
        for (let done = 0, turn = 0; done < bytes; turn++) {
          const buffer = buffers[turn % 2]!;
          const n = fs.readSync(input, buffer, 0, Math.min(buffer.length, bytes - done), done);
          if (n === 0) throw new Error('source shrank while packaging');
          const chunk = buffer.subarray(0, n);
          hash.update(chunk);
          await writing;
          writing = io.write(fd, chunk);
          done += n;
          op?.report('write', 0.6 + (0.3 * done) / bytes);
        }
      } finally {
        fs.closeSync(input);
      }
    }
    const databaseHash = hash.digest('hex');
    const base = typeof manifestBase === 'function' ? manifestBase() : manifestBase;
    op?.report('write', 0.9);
    await writing;
    writing = undefined;
    const files: BackupEvidenceFile[] = [];
    for (let i = 0, written = 0; i < evidence.length; i++) {
      const e = evidence[i]!;
      files.push({ file: e.file, bytes: e.bytes, sha256: await writeEvidence(e, fd, io) });
      written += e.bytes;
      op?.report('write', 0.9 + (0.05 * written) / evidenceBytes);
    }
    manifest = { ...base, database: { bytes, sha256: databaseHash }, evidence: files };
    await io.write(fd, encodeTail(manifest));
    await io.fsync(fd);
    await io.close(fd);
    fd = undefined;
    await io.rename(temp, final);
    await io.fsyncDir(dir);
  } catch (error) {
    await writing?.catch(() => undefined);
    if (fd !== undefined) await io.close(fd).catch(() => undefined);
    removeQuietly(temp);
    throw targetError(error, dir);
  }
  // Read the frame and manifest back from the target. (The database bytes were hashed as they were
  // written; reading them back now would come from the page cache and prove nothing more. The full
  // check of a file on a drive, after it was plugged in again, is `verify`.)
  op?.report('verify', 0.95);
  try {
    const container = readContainer(final);
    if (container.manifest.database.sha256 !== manifest.database.sha256 || container.databaseBytes !== bytes || container.manifest.evidence.length !== evidence.length)
      throw new Error('read-back mismatch');
    return { file: final, bytes: container.bytes, manifest: container.manifest };
  } catch (error) {
    removeQuietly(final);
    throw error instanceof AppError && error.code === 'backup_invalid' ? targetError(Object.assign(new Error('read-back mismatch'), { code: 'EIO' }), dir) : targetError(error, dir);
  }
}

/** Appends one evidence file to the open backup; returns the SHA-256 of the bytes written. */
async function writeEvidence(e: EvidenceSource, fd: number, io: TargetFs): Promise<string> {
  const hash = crypto.createHash('sha256');
  const input = fs.openSync(e.path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, e.bytes)));
    for (let done = 0; done < e.bytes; ) {
      const n = fs.readSync(input, buffer, 0, Math.min(buffer.length, e.bytes - done), done);
      if (n === 0) throw new Error(`evidence file ${e.file} shrank while packaging`);
      const chunk = buffer.subarray(0, n);
      hash.update(chunk);
      await io.write(fd, chunk);
      done += n;
    }
  } finally {
    fs.closeSync(input);
  }
  return hash.digest('hex');
}

/** Back up now: the live database, checked, as one `.itadesk` file in `targetDir`. */
export async function createBackup(ctx: AppContext, targetDir: string, options: CreateOptions = {}): Promise<BackupResult> {
  const dir = absolutePath(targetDir, 'targetDir');
  const now = options.now ?? new Date();
  const kind = options.kind ?? 'manual';
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw targetError(Object.assign(new Error('no target'), { code: 'ENOENT' }), dir);
  cleanScratch(ctx.dataDir);
  cleanTargetTemps(dir);
  // Noted before the snapshot: a write made while it runs counts as a change since this backup.
  const mark = changeMark(ctx.db);
  const db = ctx.db;
  const { file, copy, evidence, check } = await snapshot(ctx, options.op);
  try {
    options.op?.report('write', 0.45);
    const result = await packageBackup(
      file,
      // The full check of the copy runs while its bytes are being written; a copy that fails it leaves nothing.
      () => ({ format: FORMAT, formatVersion: FORMAT_VERSION, appVersion: ctx.appVersion, ...check(), createdAt: now.toISOString(), kind }),
      dir,
      backupFileName(now, kind),
      options.targetFs ?? nodeTargetFs,
      options.op,
      // Evidence files are named by their content and never changed in place: taken after the snapshot, they match it.
      evidenceSources(liveEvidenceDir(ctx.dataDir), evidence),
    );
    updateState(ctx.dataDir, (s) => ({ ...s, lastGood: { at: result.manifest.createdAt, file: result.file } }));
    rememberBackup(db, mark);
    return result;
  } finally {
    copy.close();
    removeQuietly(file, `${file}-journal`);
  }
}

/** Copies a verified backup file to another folder (a USB drive) the same safe way, and checks the copy. */
export async function copyBackup(source: string, dir: string, io: TargetFs = nodeTargetFs): Promise<BackupResult> {
  const container = readContainer(source);
  const final = path.join(dir, freeName(dir, path.basename(source)));
  const temp = path.join(dir, `.${path.basename(final)}.tmp`);
  let fd: number | undefined;
  try {
    removeQuietly(temp);
    fd = await io.open(temp);
    const input = fs.openSync(source, 'r');
    try {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, container.bytes));
      for (let done = 0; done < container.bytes; ) {
        const n = fs.readSync(input, buffer, 0, Math.min(buffer.length, container.bytes - done), done);
        if (n === 0) throw new Error('source shrank while copying');
        await io.write(fd, buffer.subarray(0, n));
        done += n;
      }
    } finally {
      fs.closeSync(input);
    }
    await io.fsync(fd);
    await io.close(fd);
    fd = undefined;
    await io.rename(temp, final);
    await io.fsyncDir(dir);
  } catch (error) {
    if (fd !== undefined) await io.close(fd).catch(() => undefined);
    removeQuietly(temp);
    throw targetError(error, dir);
  }
  try {
    const copy = readContainer(final);
    await streamDatabase(copy);
    await streamEvidence(copy);
    return { file: final, bytes: copy.bytes, manifest: copy.manifest };
  } catch (error) {
    removeQuietly(final);
    throw targetError(Object.assign(new Error(String(error)), { code: 'EIO' }), dir);
  }
}
