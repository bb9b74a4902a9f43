/**
 * Evidence files travel with backups (format 2): the files the database refers to are packed after
 * it, and a restore or undo puts them in place together with the database.
 *
 * Evidence files are named by their SHA-256, so a name always means the same bytes. That makes the
 * swap safe at every instant: the incoming files are added to the live folder *before* the database
 * is swapped (the folder then holds what both databases need), and the files the new database does
 * not use are removed only after it is in place. The old folder is kept beside the undo copy of the
 * database (hard links: no copy), and undo puts it back the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Sqlite } from '../../../db/query';
import { EVIDENCE_DIR } from '../evidenceFiles';
import { EVIDENCE_FILE } from './format';
import { fsyncDirSync } from './io';

export interface EvidenceSource {
  /** Path in the evidence folder, as the database keeps it. */
  file: string;
  /** Where its bytes are now. */
  path: string;
  bytes: number;
}

export const liveEvidenceDir = (dataDir: string) => path.join(dataDir, EVIDENCE_DIR);

/** The undo copy of the evidence folder that belongs to an undo database file. */
export const undoEvidenceDir = (undoFile: string) => undoFile.replace(/\.sqlite$/, '.evidence');

/** Every evidence file the database refers to (a database without evidence yet has none). */
export function referencedEvidence(db: Sqlite): string[] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence'").get()) return [];
  const rows = db.prepare("SELECT DISTINCT file FROM evidence WHERE kind = 'file' AND file IS NOT NULL ORDER BY file").all() as { file: string }[];
  return rows.map((r) => r.file).filter((f) => EVIDENCE_FILE.test(f));
}

/** The files of an evidence folder (`ab/<sha256>.ext`) that are present, with their sizes. */
export function evidenceSources(root: string, files: string[]): EvidenceSource[] {
  const found: EvidenceSource[] = [];
  for (const file of files) {
    const full = path.join(root, ...file.split('/'));
    try {
      const stat = fs.statSync(full);
      // A file gone from the folder already shows as missing in the app; the backup carries the rest.
      if (stat.isFile()) found.push({ file, path: full, bytes: stat.size });
    } catch {
      /* missing */
    }
  }
  return found;
}

/** Every file of an evidence folder, as relative `ab/<name>` paths (anything else in it is not ours). */
export function filesOf(root: string): string[] {
  const files: string[] = [];
  let dirs: string[];
  try {
    dirs = fs.readdirSync(root).filter((d) => /^[0-9a-f]{2}$/.test(d));
  } catch {
    return [];
  }
  for (const dir of dirs) {
    try {
      for (const name of fs.readdirSync(path.join(root, dir))) if (EVIDENCE_FILE.test(`${dir}/${name}`)) files.push(`${dir}/${name}`);
    } catch {
      /* not a folder */
    }
  }
  return files.sort();
}

function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Puts `file` of `fromRoot` at the same place under `toRoot`: a hard link (no copy), or a flushed
 * copy where the disk has none, under a temporary name and renamed over the target in one step.
 */
function linkInto(fromRoot: string, toRoot: string, file: string): void {
  const from = path.join(fromRoot, ...file.split('/'));
  const to = path.join(toRoot, ...file.split('/'));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    const [a, b] = [fs.statSync(from), fs.statSync(to)];
    if (a.ino !== 0 && a.ino === b.ino && a.dev === b.dev) return; // already the same file (linked before)
  } catch {
    /* not there yet */
  }
  const temp = `${to}.${process.pid}.tmp`;
  fs.rmSync(temp, { force: true });
  try {
    fs.linkSync(from, temp);
  } catch {
    fs.copyFileSync(from, temp);
    flushFile(temp);
  }
  fs.renameSync(temp, to);
  fs.rmSync(temp, { force: true }); // rename between two links of one file leaves both names
}

/** Copies (links) the whole live evidence folder to `dir`, before anything changes; the folders are flushed. */
export function keepEvidence(dataDir: string, dir: string): void {
  const live = liveEvidenceDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const files = filesOf(live);
  for (const file of files) linkInto(live, dir, file);
  for (const sub of new Set(files.map((f) => f.split('/')[0]!))) fsyncDirSync(path.join(dir, sub));
  fsyncDirSync(dir);
}

/** Adds the files of `fromRoot` to the live evidence folder (same names mean the same bytes); `added` collects those that were not there. */
export function addEvidence(dataDir: string, fromRoot: string, added: string[]): void {
  const live = liveEvidenceDir(dataDir);
  const files = filesOf(fromRoot);
  for (const file of files) {
    if (!fs.existsSync(path.join(live, ...file.split('/')))) added.push(file);
    linkInto(fromRoot, live, file);
  }
  for (const sub of new Set(files.map((f) => f.split('/')[0]!))) fsyncDirSync(path.join(live, sub));
  if (files.length) fsyncDirSync(live);
}

/** Removes live evidence files (best effort) — those listed, or those the database does not refer to. */
export function removeEvidence(dataDir: string, files: string[]): void {
  const live = liveEvidenceDir(dataDir);
  for (const file of files) {
    try {
      fs.rmSync(path.join(live, ...file.split('/')), { force: true });
    } catch {
      // A file another program holds open stays behind; it is harmless and unreferenced.
    }
  }
}

export function unusedEvidence(dataDir: string, db: Sqlite): string[] {
  const used = new Set(referencedEvidence(db));
  return filesOf(liveEvidenceDir(dataDir)).filter((f) => !used.has(f));
}
