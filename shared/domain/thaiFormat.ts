/**
 * The one formatter for numbers and dates in the UI and in documents. Buddhist era and Thai digits
 * come from Intl (`th-TH-u-ca-buddhist`, `nu-thai`), never from hand-made tables.
 */
export interface DigitOptions {
  thaiDigits: boolean;
}

const locale = ({ thaiDigits }: DigitOptions) => (thaiDigits ? 'th-TH-u-ca-buddhist-nu-thai' : 'th-TH-u-ca-buddhist-nu-latn');

/** Parses an ISO date `YYYY-MM-DD` as a calendar date (no time zone shifts). */
function isoToUtcDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** `2023-01-24` → `๒๔ มกราคม ๒๕๖๖` (or `24 มกราคม 2566`). */
export function formatThaiDate(iso: string, options: DigitOptions): string {
  return new Intl.DateTimeFormat(locale(options), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(isoToUtcDate(iso));
}

/** Short form for tables: `24 ม.ค. 66`. */
export function formatThaiShortDate(iso: string, options: DigitOptions): string {
  return new Intl.DateTimeFormat(locale(options), { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(isoToUtcDate(iso));
}

/** A month `YYYY-MM`: `ต.ค. ๖๖` (short, for tables and periods) or `ตุลาคม ๒๕๖๖` (long). */
export function formatThaiMonth(isoMonth: string, options: DigitOptions & { long?: boolean }): string {
  const format = options.long ? { month: 'long', year: 'numeric' } : { month: 'short', year: '2-digit' };
  return new Intl.DateTimeFormat(locale(options), { ...format, timeZone: 'UTC' } as Intl.DateTimeFormatOptions).format(isoToUtcDate(`${isoMonth}-01`));
}

/** Any integer or decimal in the chosen digits, with a fixed number of decimals when given. */
export function formatNumber(value: number, options: DigitOptions & { decimals?: number; grouping?: boolean }): string {
  return new Intl.NumberFormat(locale(options), {
    minimumFractionDigits: options.decimals,
    maximumFractionDigits: options.decimals ?? 20,
    useGrouping: options.grouping ?? false,
  }).format(value);
}

/** Re-writes the ASCII digits of a text (document numbers, years) in Thai digits when asked. */
export function withDigits(text: string, options: DigitOptions): string {
  if (!options.thaiDigits) return text;
  const thai = new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false });
  return text.replace(/[0-9]/g, (d) => thai.format(Number(d)));
}

/** Reads Thai and Arabic digits alike: `๘๗.๖๗` → `87.67`. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** Buddhist-era year of a Gregorian year. */
export const toBuddhistYear = (gregorianYear: number): number => gregorianYear + 543;

/** `2023-01-06` → `วันศุกร์ที่ ๖ มกราคม ๒๕๖๖`: the date line of minutes and invitations. */
export function formatThaiWeekdayDate(iso: string, options: DigitOptions): string {
  const weekday = new Intl.DateTimeFormat('th-TH', { weekday: 'long', timeZone: 'UTC' }).format(isoToUtcDate(iso));
  return `${weekday}ที่ ${formatThaiDate(iso, options)}`;
}

/** A time `HH:MM` as Thai documents write it: `10:00` → `๑๐.๐๐ น.` */
export function formatThaiTime(time: string, options: DigitOptions): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`not a time: ${time}`);
  return `${withDigits(`${match[1]}.${match[2]}`, options)} น.`;
}
