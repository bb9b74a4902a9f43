import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';

/**
 * Writes a whole file or nothing: data goes to a temporary name beside the target, is flushed to
 * disk, then renamed over the target. A full disk or a pulled drive leaves no half-written file.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing to clean up where the folder itself is missing or not a folder.
    }
    if (error instanceof AppError) throw error;
    throw new AppError('data_dir_unwritable', { params: { dir } });
  }
}

/** Writes a Word document to `file` (`.docx` added when missing) with `writeFileAtomic`; returns the absolute path written. */
export function writeDocxFile(file: string, bytes: Uint8Array): string {
  const target = path.resolve(file.toLowerCase().endsWith('.docx') ? file : `${file}.docx`);
  writeFileAtomic(target, bytes);
  return target;
}

/** The bytes of base64 text sent by the renderer (a `data:…,` prefix and whitespace allowed); undefined when it is not base64. */
export function base64Bytes(text: string): Buffer | undefined {
  const clean = text.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(clean) ? Buffer.from(clean, 'base64') : undefined;
}
