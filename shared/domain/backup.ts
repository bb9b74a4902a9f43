/**
 * Pure rules of automatic backups: when one is due, when the user is warned, which old automatic
 * backups a retention pass may delete. No I/O here: the backup service and the tests share them.
 */

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A daily backup is due when none was made in the last `intervalHours` (or ever, or the clock went back). */
export function isBackupDue(lastAt: string | null, now: Date, intervalHours = 24): boolean {
  if (!lastAt) return true;
  const last = Date.parse(lastAt);
  if (Number.isNaN(last)) return true;
  const elapsed = now.getTime() - last;
  return elapsed < 0 || elapsed >= intervalHours * HOUR;
}

/** Whole days since the last good backup (null when there is none). */
export function daysSince(lastAt: string | null, now: Date): number | null {
  if (!lastAt) return null;
  const last = Date.parse(lastAt);
  if (Number.isNaN(last)) return null;
  return Math.max(0, Math.floor((now.getTime() - last) / DAY));
}

/** The home screen warns when there is no good backup or the last one is at least `warnAfterDays` old. */
export function isBackupOverdue(lastAt: string | null, now: Date, warnAfterDays: number): boolean {
  const days = daysSince(lastAt, now);
  return days === null || days >= warnAfterDays;
}

export interface RetentionPolicy {
  /** Newest backup of each of this many most recent days that have one. */
  daily: number;
  /** Newest backup of each of this many most recent months that have one. */
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, monthly: 12 };

export interface RetentionEntry {
  file: string;
  /** ISO time from the backup's manifest. */
  createdAt: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/**
 * Which backups a retention pass keeps: the newest of each of the last `daily` days and of the last
 * `monthly` months, and always the newest one. The caller passes only backups that verified as ours,
 * adds the newest *fully verified* one to the kept set, and never deletes anything else.
 */
export function backupsToKeep(entries: readonly RetentionEntry[], policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const sorted = [...entries].filter((e) => !Number.isNaN(Date.parse(e.createdAt))).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].file);
  const days = new Set<string>();
  const months = new Set<string>();
  for (const entry of sorted) {
    const date = new Date(entry.createdAt);
    const day = dayKey(date);
    if (!days.has(day) && days.size < policy.daily) {
      days.add(day);
      keep.add(entry.file);
    }
    const month = monthKey(date);
    if (!months.has(month) && months.size < policy.monthly) {
      months.add(month);
      keep.add(entry.file);
    }
  }
  return keep;
}

/** `ita-desk-20261127-163005.itadesk` (manual) or `ita-desk-auto-…` (automatic, subject to retention); local time. */
export function backupFileName(createdAt: Date, kind: 'manual' | 'auto'): string {
  const d = createdAt;
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `ita-desk-${kind === 'auto' ? 'auto-' : ''}${stamp}.itadesk`;
}

export const BACKUP_EXTENSION = '.itadesk';
export const AUTO_BACKUP_PATTERN = /^ita-desk-auto-\d{8}-\d{6}(?:-\d+)?\.itadesk$/;
