import { REPORTING_PERIODS, type MeasureCadence, type MeasurePeriod, type ReportingPeriod } from '../../../shared/measures/types';
import { formatNumber, formatThaiMonth } from '../../../shared/domain/thaiFormat';

/**
 * Months and reporting periods of a Buddhist-era fiscal year, as the measures screens show them.
 * Pure: the screens pass the language and the organisation's digits; unit-tested.
 */

export interface MonthFormat {
  language: 'th' | 'en';
  thaiDigits: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The twelve months `YYYY-MM` (Gregorian) of a fiscal year: October of the year before … September. */
export function fiscalMonths(fiscalYear: number): string[] {
  const gregorian = fiscalYear - 543;
  return Array.from({ length: 12 }, (_v, i) => (i < 3 ? `${gregorian - 1}-${pad(10 + i)}` : `${gregorian}-${pad(i - 2)}`));
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `ต.ค. ๖๖` in Thai; `Oct 2566` in English (the year stays Buddhist era, as in every document). */
export function monthLabel(isoMonth: string, format: MonthFormat): string {
  if (format.language === 'th') return formatThaiMonth(isoMonth, { thaiDigits: format.thaiDigits });
  const [y, m] = isoMonth.split('-').map(Number) as [number, number];
  return `${EN_MONTHS[m - 1] ?? '?'} ${formatNumber(y + 543, { thaiDigits: format.thaiDigits })}`;
}

/** `ต.ค. ๖๖ – มี.ค. ๖๗`; one month alone when start and end are the same. */
export function monthRangeLabel(range: MeasurePeriod, format: MonthFormat): string {
  return range.start === range.end ? monthLabel(range.start, format) : `${monthLabel(range.start, format)} – ${monthLabel(range.end, format)}`;
}

/** First and last month of a reporting period (6 and 12 months count from October, as the NACC reports do). */
export function reportingPeriodRange(period: ReportingPeriod, fiscalYear: number): MeasurePeriod {
  const months = fiscalMonths(fiscalYear);
  const at = (i: number) => months[i]!;
  if (period === '6m') return { start: at(0), end: at(5) };
  if (period === '12m') return { start: at(0), end: at(11) };
  const n = Number(period.slice(1));
  if (period.startsWith('q')) return { start: at((n - 1) * 3), end: at(n * 3 - 1) };
  return { start: at(n - 1), end: at(n - 1) };
}

export type PeriodKind = { kind: 'month' | 'quarter'; n: number } | { kind: 'half' | 'year' };

export function periodKind(period: ReportingPeriod): PeriodKind {
  if (period === '6m') return { kind: 'half' };
  if (period === '12m') return { kind: 'year' };
  return { kind: period.startsWith('q') ? 'quarter' : 'month', n: Number(period.slice(1)) };
}

/** The reporting periods a cadence asks for, in order. */
export function periodsOfCadence(cadence: MeasureCadence): ReportingPeriod[] {
  if (cadence === 'monthly') return REPORTING_PERIODS.filter((p) => p.startsWith('m'));
  if (cadence === 'quarterly') return ['q1', 'q2', 'q3', 'q4'];
  return ['6m', '12m'];
}

/**
 * The period to open on the progress screen: the latest period of the cadences in use that has
 * started by `today` (ISO date), else the first one. `12m` only once the year's last month began.
 */
export function defaultReportingPeriod(fiscalYear: number, cadences: MeasureCadence[], today: string): ReportingPeriod {
  const used = cadences.length ? [...new Set(cadences)] : (['semiannual'] as MeasureCadence[]);
  const month = today.slice(0, 7);
  const candidates = used.flatMap(periodsOfCadence);
  // The period whose range holds today, preferring the shortest (a month over a quarter over a half).
  const holding = candidates.filter((p) => {
    const r = reportingPeriodRange(p, fiscalYear);
    return r.start <= month && month <= r.end;
  });
  const length = (p: ReportingPeriod) => {
    const k = periodKind(p).kind;
    return k === 'month' ? 1 : k === 'quarter' ? 3 : k === 'half' ? 6 : 12;
  };
  if (holding.length) return holding.sort((a, b) => length(a) - length(b))[0]!;
  const months = fiscalMonths(fiscalYear);
  if (month > months[11]!) return used.includes('semiannual') ? '12m' : used.includes('quarterly') ? 'q4' : 'm12';
  return candidates[0] ?? '6m';
}

/** `validation.*`-style check of a start–end pair before it is sent (the schema checks it again). */
export function periodProblem(period: MeasurePeriod | null): 'validation.periodEndBeforeStart' | null {
  return period && period.end < period.start ? 'validation.periodEndBeforeStart' : null;
}
