/**
 * Domain types of the measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) of a plan year and their
 * progress entries (รายงานผลการดำเนินการ). Pure data: shared by the services, the UI and the documents.
 */
import type { InstrumentCode } from '../ita/types';

/** How often progress is reported: every month, every quarter, or at 6 and 12 months. */
export const MEASURE_CADENCES = ['monthly', 'quarterly', 'semiannual'] as const;
export type MeasureCadence = (typeof MEASURE_CADENCES)[number];

/**
 * Reporting periods of a fiscal year. `m1` is October (the first month of the fiscal year) … `m12`
 * September; `q1` October–December … `q4` July–September; `6m` October–March and `12m` the whole
 * year (both cumulative from October, as the NACC reports are).
 */
export const REPORTING_PERIODS = [
  'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12',
  'q1', 'q2', 'q3', 'q4',
  '6m', '12m',
] as const;
export type ReportingPeriod = (typeof REPORTING_PERIODS)[number];

/** Status of one progress entry (one measure, one period, one responsible unit). */
export const PROGRESS_STATUSES = ['notStarted', 'inProgress', 'done', 'dropped'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Status of a measure, derived from the latest progress of each of its units. */
export type MeasureStatus = ProgressStatus;

/** A measure's period: start and end months (`YYYY-MM`, Gregorian, inclusive); `null` = the whole fiscal year. */
export interface MeasurePeriod {
  start: string;
  end: string;
}

export interface UnitRef {
  id: number;
  name: string;
}

/** Figures of a group of measures (or of unit slots) on the dashboard. */
export interface StatusCounts {
  total: number;
  notStarted: number;
  inProgress: number;
  done: number;
  dropped: number;
  /** Counted besides the status: not done or dropped although a report or the end is due. */
  overdue: number;
}

export interface DashboardFigures {
  fiscalYear: number;
  /** The day the overdue flags were computed for (ISO). */
  today: string;
  totals: StatusCounts;
  /** One row per unit that owns measures of the year, in the units' order. */
  byUnit: (StatusCounts & { unitId: number; unitName: string })[];
  /** IIT, EIT, OIT in that order (instruments without measures have zero counts). */
  byInstrument: (StatusCounts & { instrument: InstrumentCode })[];
}
