import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import { apiErrorOf } from '../ui/errors';

/** A date and time in the UI language (Buddhist era in Thai). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Bytes as KB/MB/GB with one decimal. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export interface Failure {
  error: ApiError;
  issues: FieldIssue[];
}

/** A failed call as a notice: the reasons of a backup refusal name no form field, so they show in the list. */
export function failureOf(thrown: unknown): Failure {
  const error = apiErrorOf(thrown);
  return { error, issues: (error.issues ?? []).map((issue) => ({ ...issue, path: '' })) };
}
