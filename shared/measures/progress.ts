/**
 * Reporting periods, overdue flags, measure status and dashboard figures: pure functions of the
 * measures, their progress entries and a given day (the caller passes "today": tests fix the clock).
 * Dates are ISO `YYYY-MM-DD`, months `YYYY-MM`, both Gregorian; fiscal years Buddhist era.
 */
import { INSTRUMENT_CODES, type InstrumentCode } from '../ita/types';
import { REPORTING_PERIODS, type DashboardFigures, type MeasureCadence, type MeasurePeriod, type MeasureStatus, type ProgressStatus, type ReportingPeriod, type StatusCounts } from './types';

export const CADENCE_PERIODS: Record<MeasureCadence, ReportingPeriod[]> = {
  monthly: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'],
  quarterly: ['q1', 'q2', 'q3', 'q4'],
  semiannual: ['6m', '12m'],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The month `index` (0 = October) of a fiscal year, as `YYYY-MM`. */
export function fiscalMonth(fiscalYear: number, index: number): string {
  const october = fiscalYear - 544;
  const m = 9 + index; // 0-based month counted from January of the October year
  return `${october + Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
}

const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};

/** First and last month (0 = October … 11 = September) of a period within its fiscal year. */
function periodMonths(period: ReportingPeriod): [number, number] {
  if (period === '6m') return [0, 5];
  if (period === '12m') return [0, 11];
  const n = Number(period.slice(1));
  return period.startsWith('q') ? [(n - 1) * 3, n * 3 - 1] : [n - 1, n - 1];
}

/** First and last day of a reporting period. */
export function periodRange(fiscalYear: number, period: ReportingPeriod): { start: string; end: string } {
  const [from, to] = periodMonths(period);
  return { start: `${fiscalMonth(fiscalYear, from)}-01`, end: lastDay(fiscalMonth(fiscalYear, to)) };
}

/** The months a measure runs: its own, or the whole fiscal year. */
export function measureMonths(fiscalYear: number, period: MeasurePeriod | null): MeasurePeriod {
  return period ?? { start: fiscalMonth(fiscalYear, 0), end: fiscalMonth(fiscalYear, 11) };
}

/** Last day of a measure's period: after it, anything not done or dropped is overdue. */
export function measureEnd(fiscalYear: number, period: MeasurePeriod | null): string {
  return lastDay(measureMonths(fiscalYear, period).end);
}

/**
 * The periods of the cadence in which a measure reports: those that overlap its months. A measure
 * outside its fiscal year (or otherwise matching none) still reports at the cadence's last period.
 */
export function reportingPeriodsOf(fiscalYear: number, cadence: MeasureCadence, period: MeasurePeriod | null): ReportingPeriod[] {
  const months = measureMonths(fiscalYear, period);
  const found = CADENCE_PERIODS[cadence].filter((p) => {
    const [from, to] = periodMonths(p);
    return fiscalMonth(fiscalYear, from) <= months.end && fiscalMonth(fiscalYear, to) >= months.start;
  });
  return found.length ? found : [CADENCE_PERIODS[cadence].at(-1)!];
}

/** Order of periods in a year: by end day, then by length (a month before the quarter it ends). */
export function comparePeriods(a: ReportingPeriod, b: ReportingPeriod): number {
  const [as, ae] = periodMonths(a);
  const [bs, be] = periodMonths(b);
  return ae - be || ae - as - (be - bs) || REPORTING_PERIODS.indexOf(a) - REPORTING_PERIODS.indexOf(b);
}

const closed = (status: ProgressStatus | null): boolean => status === 'done' || status === 'dropped';

export interface SlotFacts {
  fiscalYear: number;
  period: ReportingPeriod;
  measurePeriod: MeasurePeriod | null;
  /** Status of the unit's entry for the period; `null` when none was recorded. */
  status: ProgressStatus | null;
  today: string;
}

/**
 * A slot (measure × period × unit) is overdue when its period is over and nothing was reported
 * (missing or not started), or when the measure's end has passed and it is still not done or dropped.
 */
export function slotOverdue({ fiscalYear, period, measurePeriod, status, today }: SlotFacts): boolean {
  if (closed(status)) return false;
  if (today > periodRange(fiscalYear, period).end && (status === null || status === 'notStarted')) return true;
  return today > measureEnd(fiscalYear, measurePeriod);
}

export interface MeasureFacts {
  fiscalYear: number;
  instrument: InstrumentCode;
  cadence: MeasureCadence;
  period: MeasurePeriod | null;
  unitIds: number[];
}

export interface EntryFacts {
  period: ReportingPeriod;
  unitId: number;
  status: ProgressStatus;
}

/** A unit's status on a measure: the status of its latest entry (by period), not started without one. */
export function unitStatus(entries: EntryFacts[], unitId: number): ProgressStatus {
  const own = entries.filter((e) => e.unitId === unitId).sort((a, b) => comparePeriods(a.period, b.period));
  return own.at(-1)?.status ?? 'notStarted';
}

/** A measure's status from its units': all dropped → dropped; all done or dropped → done; any start → in progress. */
export function measureStatus(measure: Pick<MeasureFacts, 'unitIds'>, entries: EntryFacts[]): MeasureStatus {
  const statuses = measure.unitIds.map((u) => unitStatus(entries, u));
  if (statuses.length === 0) return 'notStarted';
  if (statuses.every((s) => s === 'dropped')) return 'dropped';
  if (statuses.every(closed)) return 'done';
  if (statuses.some((s) => s !== 'notStarted') || entries.some((e) => e.status !== 'notStarted')) return 'inProgress';
  return 'notStarted';
}

/** Whether one unit is overdue on a measure: any of its slots of the measure's reporting periods. */
export function unitOverdue(measure: MeasureFacts, entries: EntryFacts[], unitId: number, today: string): boolean {
  if (closed(unitStatus(entries, unitId))) return false;
  return reportingPeriodsOf(measure.fiscalYear, measure.cadence, measure.period).some((period) =>
    slotOverdue({
      fiscalYear: measure.fiscalYear,
      period,
      measurePeriod: measure.period,
      status: entries.find((e) => e.unitId === unitId && e.period === period)?.status ?? null,
      today,
    }),
  );
}

export function measureOverdue(measure: MeasureFacts, entries: EntryFacts[], today: string): boolean {
  return measure.unitIds.some((u) => unitOverdue(measure, entries, u, today));
}

const emptyCounts = (): StatusCounts => ({ total: 0, notStarted: 0, inProgress: 0, done: 0, dropped: 0, overdue: 0 });

function count(counts: StatusCounts, status: ProgressStatus, overdue: boolean): void {
  counts.total += 1;
  counts[status] += 1;
  if (overdue) counts.overdue += 1;
}

/**
 * The dashboard of a year: totals and per instrument count measures (by measure status); per unit
 * counts the measures each unit is responsible for, by that unit's own status and overdue flag.
 */
export function dashboardFigures(
  fiscalYear: number,
  measures: (MeasureFacts & { entries: EntryFacts[] })[],
  units: { id: number; name: string }[],
  today: string,
): DashboardFigures {
  const totals = emptyCounts();
  const byInstrument = new Map(INSTRUMENT_CODES.map((code) => [code, emptyCounts()]));
  const byUnit = new Map<number, StatusCounts>();
  for (const measure of measures) {
    const status = measureStatus(measure, measure.entries);
    const overdue = measureOverdue(measure, measure.entries, today);
    count(totals, status, overdue);
    count(byInstrument.get(measure.instrument)!, status, overdue);
    for (const unitId of measure.unitIds) {
      const counts = byUnit.get(unitId) ?? emptyCounts();
      byUnit.set(unitId, counts);
      count(counts, unitStatus(measure.entries, unitId), unitOverdue(measure, measure.entries, unitId, today));
    }
  }
  return {
    fiscalYear,
    today,
    totals,
    byUnit: units.filter((u) => byUnit.has(u.id)).map((u) => ({ unitId: u.id, unitName: u.name, ...byUnit.get(u.id)! })),
    byInstrument: INSTRUMENT_CODES.map((instrument) => ({ instrument, ...byInstrument.get(instrument)! })),
  };
}

/** Today as an ISO date in the local time of the office PC. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
