import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  dashboardFigures,
  fiscalMonth,
  measureOverdue,
  measureStatus,
  periodRange,
  reportingPeriodsOf,
  slotOverdue,
  type EntryFacts,
  type MeasureFacts,
} from '../../../shared/measures/progress';
import { periodLabel } from '../../../shared/documents/progressReport';
import { periodText } from '../../../shared/documents/measuresPlan';

/** Pure rules of reporting periods, overdue flags, status and the dashboard, with a fixed "today". */
describe('reporting periods', () => {
  it('follow the Thai fiscal year (October first), cumulative 6 and 12 months', () => {
    expect(fiscalMonth(2566, 0)).toBe('2022-10');
    expect(fiscalMonth(2566, 3)).toBe('2023-01');
    expect(fiscalMonth(2566, 11)).toBe('2023-09');
    expect(periodRange(2566, 'm1')).toEqual({ start: '2022-10-01', end: '2022-10-31' });
    expect(periodRange(2566, 'm5')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(periodRange(2568, 'm5')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(periodRange(2567, 'm5')).toEqual({ start: '2024-02-01', end: '2024-02-29' }); // leap year
    expect(periodRange(2566, 'q1')).toEqual({ start: '2022-10-01', end: '2022-12-31' });
    expect(periodRange(2566, 'q4')).toEqual({ start: '2023-07-01', end: '2023-09-30' });
    expect(periodRange(2566, '6m')).toEqual({ start: '2022-10-01', end: '2023-03-31' });
    expect(periodRange(2566, '12m')).toEqual({ start: '2022-10-01', end: '2023-09-30' });
  });

  it('of a measure are the cadence periods that overlap its months', () => {
    expect(reportingPeriodsOf(2566, 'semiannual', null)).toEqual(['6m', '12m']);
    expect(reportingPeriodsOf(2566, 'quarterly', null)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(reportingPeriodsOf(2566, 'monthly', null)).toHaveLength(12);
    // ม.ค. ๖๖ – มี.ค. ๖๖
    const janMar = { start: '2023-01', end: '2023-03' };
    expect(reportingPeriodsOf(2566, 'quarterly', janMar)).toEqual(['q2']);
    expect(reportingPeriodsOf(2566, 'monthly', janMar)).toEqual(['m4', 'm5', 'm6']);
    expect(reportingPeriodsOf(2566, 'semiannual', janMar)).toEqual(['6m', '12m']);
    expect(reportingPeriodsOf(2566, 'semiannual', { start: '2023-04', end: '2023-06' })).toEqual(['12m']);
    // Outside its fiscal year a measure still reports at the cadence's last period.
    expect(reportingPeriodsOf(2566, 'quarterly', { start: '2024-01', end: '2024-02' })).toEqual(['q4']);
  });

  it('are ordered by their end, a month before the quarter it closes', () => {
    const sorted = (['12m', 'q1', 'm3', '6m', 'm1', 'q2'] as const).slice().sort(comparePeriods);
    expect(sorted).toEqual(['m1', 'm3', 'q1', 'q2', '6m', '12m']);
  });

  it('are written the Thai way in documents', () => {
    const thai = { thaiDigits: true };
    expect(periodLabel(2566, '6m', thai)).toBe('รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
    expect(periodLabel(2566, 'q2', { thaiDigits: false })).toBe('ไตรมาสที่ 2 (มกราคม 2566 – มีนาคม 2566)');
    expect(periodLabel(2566, 'm4', thai)).toBe('เดือนมกราคม ๒๕๖๖');
    expect(periodText(2566, null, thai)).toBe('ปีงบประมาณ ๒๕๖๖');
    expect(periodText(2566, { start: '2023-01', end: '2023-03' }, thai)).toBe('ม.ค. ๖๖ – มี.ค. ๖๖');
  });
});

describe('overdue flags', () => {
  const base = { fiscalYear: 2566, period: 'q1' as const, measurePeriod: null };
  it('flag a past period with no report or a report not started', () => {
    expect(slotOverdue({ ...base, status: null, today: '2022-12-31' })).toBe(false); // the last day is still in time
    expect(slotOverdue({ ...base, status: null, today: '2023-01-01' })).toBe(true);
    expect(slotOverdue({ ...base, status: 'notStarted', today: '2023-01-01' })).toBe(true);
    expect(slotOverdue({ ...base, status: 'inProgress', today: '2023-01-01' })).toBe(false);
    expect(slotOverdue({ ...base, status: 'done', today: '2024-01-01' })).toBe(false);
    expect(slotOverdue({ ...base, status: 'dropped', today: '2024-01-01' })).toBe(false);
  });
  it('flag anything still open after the measure has ended', () => {
    const janMar = { start: '2023-01', end: '2023-03' };
    expect(slotOverdue({ fiscalYear: 2566, period: 'q2', measurePeriod: janMar, status: 'inProgress', today: '2023-03-31' })).toBe(false);
    expect(slotOverdue({ fiscalYear: 2566, period: 'q2', measurePeriod: janMar, status: 'inProgress', today: '2023-04-01' })).toBe(true);
  });
});

describe('measure status and dashboard', () => {
  const measure = (over: Partial<MeasureFacts> = {}): MeasureFacts => ({ fiscalYear: 2566, instrument: 'IIT', cadence: 'semiannual', period: null, unitIds: [1, 2], ...over });
  const e = (unitId: number, period: EntryFacts['period'], status: EntryFacts['status']): EntryFacts => ({ unitId, period, status });

  it('derives the status from the latest report of each unit', () => {
    expect(measureStatus(measure(), [])).toBe('notStarted');
    expect(measureStatus(measure(), [e(1, '6m', 'inProgress')])).toBe('inProgress');
    expect(measureStatus(measure(), [e(1, '6m', 'done'), e(2, '6m', 'inProgress')])).toBe('inProgress');
    expect(measureStatus(measure(), [e(1, '6m', 'done'), e(2, '6m', 'done')])).toBe('done');
    expect(measureStatus(measure(), [e(1, '6m', 'done'), e(2, '6m', 'dropped')])).toBe('done');
    expect(measureStatus(measure(), [e(1, '6m', 'dropped'), e(2, '6m', 'dropped')])).toBe('dropped');
    // The 12-month report is later than the 6-month one, whatever the order of recording.
    expect(measureStatus(measure({ unitIds: [1] }), [e(1, '12m', 'inProgress'), e(1, '6m', 'done')])).toBe('inProgress');
  });

  it('flags a measure overdue when one of its units is', () => {
    expect(measureOverdue(measure(), [e(1, '6m', 'inProgress')], '2023-03-31')).toBe(false);
    expect(measureOverdue(measure(), [e(1, '6m', 'inProgress')], '2023-04-01')).toBe(true); // unit 2 never reported
    expect(measureOverdue(measure(), [e(1, '6m', 'inProgress'), e(2, '6m', 'done')], '2023-04-01')).toBe(false);
  });

  it('counts per unit and per instrument', () => {
    const figures = dashboardFigures(
      2566,
      [
        { ...measure({ instrument: 'IIT', unitIds: [1, 2] }), entries: [e(1, '6m', 'done'), e(2, '6m', 'done')] },
        { ...measure({ instrument: 'EIT', unitIds: [2] }), entries: [e(2, '6m', 'inProgress')] },
        { ...measure({ instrument: 'OIT', unitIds: [1], cadence: 'quarterly' }), entries: [] },
        { ...measure({ instrument: 'OIT', unitIds: [3] }), entries: [e(3, '6m', 'dropped')] },
      ],
      [
        { id: 1, name: 'สำนักปลัด' },
        { id: 2, name: 'กองคลัง' },
        { id: 3, name: 'กองช่าง' },
        { id: 4, name: 'กองการศึกษา' },
      ],
      '2023-01-15',
    );
    expect(figures.totals).toEqual({ total: 4, notStarted: 1, inProgress: 1, done: 1, dropped: 1, overdue: 1 });
    expect(figures.byInstrument.map((x) => [x.instrument, x.total, x.overdue])).toEqual([
      ['IIT', 1, 0],
      ['EIT', 1, 0],
      ['OIT', 2, 1],
    ]);
    expect(figures.byUnit.map((x) => [x.unitName, x.total, x.done, x.inProgress, x.notStarted, x.dropped, x.overdue])).toEqual([
      ['สำนักปลัด', 2, 1, 0, 1, 0, 1],
      ['กองคลัง', 2, 1, 1, 0, 0, 0],
      ['กองช่าง', 1, 0, 0, 0, 1, 0],
    ]);
  });
});
