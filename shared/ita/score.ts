import { toArabicDigits } from '../domain/thaiFormat';

/** A parsed cell: its value (`null` for an empty cell) or the i18n key of what is wrong with it. */
export type ScoreParse = { ok: true; value: number | null } | { ok: false; key: string; params?: Record<string, string | number> };

/** True when a number has at most two decimals (tolerant of binary floating point: 87.67 passes). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** Checks a number already parsed: finite, 0–100, at most two decimals. */
export function checkScore(value: number): ScoreParse {
  if (!Number.isFinite(value)) return { ok: false, key: 'validation.notANumber' };
  if (value < 0 || value > 100) return { ok: false, key: 'validation.scoreRange', params: { min: 0, max: 100 } };
  if (!hasAtMostTwoDecimals(value)) return { ok: false, key: 'validation.twoDecimals' };
  return { ok: true, value: Math.round(value * 100) / 100 };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a score typed or pasted into a cell: Thai or Arabic digits ("๘๗.๖๗", "87.67"), spaces
 * around it, a trailing "%" or "คะแนน". Empty means no score (`null`). Trailing zeros do not count
 * as decimals ("87.670" is 87.67); "87.675" is refused.
 */
export function parseScore(text: string): ScoreParse {
  const cleaned = toArabicDigits(text)
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/(?:%|คะแนน)$/u, '');
  if (cleaned === '' || cleaned === '-' || cleaned === '–') return { ok: true, value: null };
  if (!NUMBER.test(cleaned)) return { ok: false, key: 'validation.notANumber', params: { value: text.trim().slice(0, 40) } };
  const decimals = (cleaned.split('.')[1] ?? '').replace(/0+$/, '');
  const value = Number(cleaned);
  if (value < 0 || value > 100) return { ok: false, key: 'validation.scoreRange', params: { min: 0, max: 100 } };
  if (decimals.length > 2) return { ok: false, key: 'validation.twoDecimals' };
  return { ok: true, value: Math.round(value * 100) / 100 };
}

/** Scores of binary-scale items (OIT): only 0 or 100. */
export function checkBinaryScore(value: number): ScoreParse {
  return value === 0 || value === 100 ? { ok: true, value } : { ok: false, key: 'validation.binaryScore' };
}

/**
 * Normalises an item code as written in documents and pastes: Thai digits, lower case, and the
 * zero typed for the letter O ("0๒๖", "o26", "O 26" → "O26"; "e๓" → "E3", "i1" → "I1").
 */
export function normalizeItemCode(text: string): string {
  const compact = toArabicDigits(text).replace(/[\s.]+/g, '').toUpperCase();
  const match = /^([OEI0])(\d{1,3})$/.exec(compact);
  if (!match) return compact;
  const letter = match[1] === '0' ? 'O' : match[1]!;
  return `${letter}${Number(match[2])}`;
}

/** Parses a whole-number count (populations, samples) in Thai or Arabic digits, with "1,234" grouping. */
export function parseCount(text: string): ScoreParse {
  const cleaned = toArabicDigits(text).replace(/[\s,\u00a0]+/g, '');
  if (cleaned === '') return { ok: true, value: null };
  if (!/^\d+$/.test(cleaned)) return { ok: false, key: 'validation.wholeNumber' };
  const value = Number(cleaned);
  if (value > 10_000_000) return { ok: false, key: 'validation.tooBig', params: { max: 10_000_000 } };
  return { ok: true, value };
}
