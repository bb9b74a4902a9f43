import fs from 'node:fs';
import { promisify } from 'node:util';
import { AppError } from '../../../shared/api/errors';

/**
 * The few file operations a backup makes on its target, behind one seam: the fault tests swap in a
 * layer that fails with ENOSPC or EIO part-way, exactly as a full or pulled USB drive does.
 */
export interface TargetFs {
  open(file: string): Promise<number>;
  write(fd: number, data: Buffer): Promise<void>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Flushes a directory entry (the rename) to disk; a no-op where the platform cannot. */
  fsyncDir(dir: string): Promise<void>;
}

const writeAsync = promisify(fs.write);

/** Writes all of `data` (a short write is carried on), off the main thread. */
export async function writeAll(fd: number, data: Buffer): Promise<void> {
  for (let done = 0; done < data.length; ) done += (await writeAsync(fd, data, done, data.length - done)).bytesWritten;
}

export const nodeTargetFs: TargetFs = {
  open: (file) => promisify(fs.open)(file, 'wx'),
  write: writeAll,
  fsync: (fd) => promisify(fs.fsync)(fd),
  close: (fd) => promisify(fs.close)(fd),
  rename: (from, to) => promisify(fs.rename)(from, to),
  fsyncDir: async (dir) => fsyncDirSync(dir),
};

/** Flushes a closed file's bytes to disk (opened for writing: Windows flushes only a handle that may write). */
export function fsyncFileSync(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncDirSync(dir: string): void {
  if (process.platform === 'win32') return; // Windows cannot open a directory for fsync; NTFS journals the rename.
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some filesystems (FAT on some kernels) refuse fsync on a directory: the rename is still done.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A write failure on the target as a clear, translatable error. */
export function targetError(error: unknown, dir: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const reason =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? 'noSpace'
      : code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO'
        ? 'targetGone'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST'
          ? 'notWritable'
          : 'io';
  return new AppError('backup_failed', { params: { dir }, issues: [{ path: 'targetDir', key: `backup.reason.${reason}`, params: { code: code || 'unknown' } }] });
}

export function removeQuietly(...files: string[]): void {
  for (const file of files) {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // Best effort: a file on a pulled drive cannot be removed, and is not named like a backup.
    }
  }
}
