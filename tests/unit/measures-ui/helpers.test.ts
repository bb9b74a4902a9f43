import { describe, expect, it } from 'vitest';
import type { LibraryMeasure, PlanInputs } from '../../../shared/api/measures';
import { draftFromLibrary, draftIssues, draftToInput, emptyDraft, issuesByField, moveItem, removeAt, splitCodes, splitManyIssues, toggleUnit } from '../../../renderer/src/measures/draft';
import { segmentsOf } from '../../../renderer/src/measures/dashboard';
import { defaultReportingPeriod, fiscalMonths, monthLabel, monthRangeLabel, periodProblem, periodsOfCadence, reportingPeriodRange } from '../../../renderer/src/measures/periods';
import { defaultChoices, draftsFor, needsMeasure, weakPoints } from '../../../renderer/src/measures/wizard';
import { evidenceFileProblem } from '../../../renderer/src/measures/files';
import { EVIDENCE_MAX_BYTES } from '../../../shared/api/measures';
import { fiscalYearOf } from '../../../shared/domain/fiscalYear';

describe('months and reporting periods', () => {
  it('lists the fiscal year from October of the year before and labels months the Thai way', () => {
    const months = fiscalMonths(2567);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2023-10');
    expect(months[2]).toBe('2023-12');
    expect(months[3]).toBe('2024-01');
    expect(months[11]).toBe('2024-09');
    expect(fiscalYearOf('2023-10')).toBe(2567);
    expect(fiscalYearOf('2024-09')).toBe(2567);
    expect(monthLabel('2023-10', { language: 'th', thaiDigits: true })).toBe('ต.ค. ๖๖');
    expect(monthLabel('2024-09', { language: 'th', thaiDigits: false })).toBe('ก.ย. 67');
    expect(monthLabel('2023-10', { language: 'en', thaiDigits: false })).toBe('Oct 2566');
    expect(monthRangeLabel({ start: '2023-10', end: '2024-09' }, { language: 'th', thaiDigits: true })).toBe('ต.ค. ๖๖ – ก.ย. ๖๗');
    expect(monthRangeLabel({ start: '2024-03', end: '2024-03' }, { language: 'th', thaiDigits: true })).toBe('มี.ค. ๖๗');
  });

  it('gives each reporting period its months; 6 and 12 months count from October', () => {
    expect(reportingPeriodRange('6m', 2567)).toEqual({ start: '2023-10', end: '2024-03' });
    expect(reportingPeriodRange('12m', 2567)).toEqual({ start: '2023-10', end: '2024-09' });
    expect(reportingPeriodRange('q2', 2567)).toEqual({ start: '2024-01', end: '2024-03' });
    expect(reportingPeriodRange('m1', 2567)).toEqual({ start: '2023-10', end: '2023-10' });
    expect(reportingPeriodRange('m12', 2567)).toEqual({ start: '2024-09', end: '2024-09' });
    expect(periodsOfCadence('semiannual')).toEqual(['6m', '12m']);
    expect(periodsOfCadence('quarterly')).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(periodsOfCadence('monthly')).toHaveLength(12);
  });

  it('opens the period running today, the shortest of the cadences in use', () => {
    expect(defaultReportingPeriod(2567, ['semiannual'], '2024-02-10')).toBe('6m');
    expect(defaultReportingPeriod(2567, ['semiannual'], '2024-05-10')).toBe('12m');
    expect(defaultReportingPeriod(2567, ['semiannual', 'quarterly'], '2024-05-10')).toBe('q3');
    expect(defaultReportingPeriod(2567, ['monthly', 'quarterly'], '2024-05-10')).toBe('m8');
    expect(defaultReportingPeriod(2567, [], '2024-11-10')).toBe('12m');
    expect(defaultReportingPeriod(2567, ['quarterly'], '2022-01-01')).toBe('q1');
  });

  it('flags a period that ends before it starts', () => {
    expect(periodProblem({ start: '2024-03', end: '2023-12' })).toBe('validation.periodEndBeforeStart');
    expect(periodProblem({ start: '2023-12', end: '2023-12' })).toBeNull();
    expect(periodProblem(null)).toBeNull();
  });
});

describe('measure drafts', () => {
  it('reads item codes typed any way: commas, spaces, Thai digits, lower case', () => {
    expect(splitCodes('o12, O20  o๒๔;\nE3')).toEqual(['O12', 'O20', 'O24', 'E3']);
    expect(splitCodes('  ')).toEqual([]);
  });

  it('turns a draft into the API input: empty steps dropped, whole year = no period, codes unique', () => {
    const draft = emptyDraft(2567, { title: 'เผยแพร่รายงาน', methods: ['จัดทำรายงาน', '  ', 'เผยแพร่บนเว็บไซต์'], unitIds: [3, 1], oitItems: 'O12, o12, O20' });
    const input = draftToInput(draft);
    expect(input.methods).toEqual(['จัดทำรายงาน', 'เผยแพร่บนเว็บไซต์']);
    expect(input.period).toBeNull();
    expect(input.unitIds).toEqual([3, 1]);
    expect(input.oitItems).toEqual(['O12', 'O20']);
    expect(draftIssues(draft)).toEqual([]);
    expect(draftToInput({ ...draft, wholeYear: false, start: '2023-10', end: '2024-03' }).period).toEqual({ start: '2023-10', end: '2024-03' });
  });

  it('names a measure with no unit, no title and a period that ends before it starts, as the API would', () => {
    const draft = emptyDraft(2567, { title: ' ', wholeYear: false, start: '2024-03', end: '2023-11' });
    const issues = draftIssues(draft);
    const byField = issuesByField(issues);
    expect(byField.get('unitIds')?.[0]?.key).toBe('validation.measureNoUnit');
    expect(byField.get('title')?.[0]?.key).toBe('validation.required');
    expect(byField.get('period.end')?.[0]?.key).toBe('validation.periodEndBeforeStart');
    expect(issuesByField(draftIssues({ ...draft, oitItems: 'O12, X' })).get('oitItems')?.[0]?.key).toBe('validation.itemCode');
  });

  it('splits createMany issues back to their drafts', () => {
    const split = splitManyIssues([
      { path: 'measures.2.unitIds', key: 'validation.measureNoUnit' },
      { path: 'measures.0.period.end', key: 'validation.periodEndBeforeStart' },
      { path: 'measures', key: 'validation.tooFew' },
    ]);
    expect(split.get(2)).toEqual([{ path: 'unitIds', key: 'validation.measureNoUnit' }]);
    expect(split.get(0)?.[0]?.path).toBe('period.end');
    expect(split.get(-1)?.[0]?.path).toBe('measures');
  });

  it('moves, removes and toggles list entries', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(toggleUnit([4, 2], 7)).toEqual([4, 2, 7]);
    expect(toggleUnit([4, 2, 7], 2)).toEqual([4, 7]);
  });

  it('checks an evidence file before sending it', () => {
    expect(evidenceFileProblem({ size: 1000 })).toBeNull();
    expect(evidenceFileProblem({ size: 0 })?.key).toBe('validation.evidenceEmpty');
    const big = evidenceFileProblem({ size: EVIDENCE_MAX_BYTES + 1 });
    expect(big?.key).toBe('validation.evidenceTooBig');
    expect(big?.params.max).toBe(25);
  });
});

const library = (id: number, indicatorNo: number, title: string, oitItems: string[] = []): LibraryMeasure => ({
  id,
  instrument: indicatorNo >= 9 ? 'OIT' : indicatorNo >= 6 ? 'EIT' : 'IIT',
  indicatorNo,
  title,
  methods: [`${title} ขั้นที่ 1`, `${title} ขั้นที่ 2`],
  oitItems,
  cadence: 'quarterly',
  followUp: '',
  builtin: true,
  usedCount: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function inputs(): PlanInputs {
  const indicator = (no: number, instrument: 'IIT' | 'EIT' | 'OIT', score: number, over: Partial<PlanInputs['indicators'][number]> = {}) => ({
    no,
    name: `ตัวชี้วัด ${no}`,
    instrument,
    score,
    rank: 1,
    belowTarget: score < 85,
    previousScore: null,
    delta: null,
    lowestOfInstrument: false,
    recommendation: `ข้อเสนอแนะ ${instrument}`,
    suggestions: [],
    measureIds: [],
    ...over,
  });
  return {
    assessmentYear: 2566,
    planYear: 2567,
    score: 87.67,
    grade: 'A',
    indicators: [
      indicator(1, 'IIT', 95),
      indicator(2, 'IIT', 80, { suggestions: [library(11, 2, 'ใช้งบประมาณโปร่งใส')] }),
      indicator(7, 'EIT', 90, { lowestOfInstrument: true }),
      indicator(9, 'OIT', 70, { suggestions: [library(19, 9, 'เปิดเผยข้อมูลครบถ้วน', ['O1'])] }),
      indicator(10, 'OIT', 96, { measureIds: [5] }),
    ],
    items: [
      { code: 'O12', name: 'รายงานผลการดำเนินงาน', instrument: 'OIT', indicatorNo: 9, subIndicator: '9.2', subIndicatorName: 'การบริหารงาน', score: 0, comment: 'ไม่มีหัวข้อปัญหา อุปสรรค', threshold: 0, previousCode: null, previousScore: null, delta: null, recommendation: '', suggestions: [], measureIds: [] },
      { code: 'E10', name: 'ช่องทางร้องเรียน', instrument: 'EIT', indicatorNo: 8, subIndicator: null, subIndicatorName: null, score: 78.33, comment: '', threshold: 85, previousCode: null, previousScore: null, delta: null, recommendation: '', suggestions: [], measureIds: [] },
    ],
    recommendations: {},
    analysis: {} as PlanInputs['analysis'],
  };
}

describe('plan wizard', () => {
  it('lists indicators then their items in instrument order and picks sensible first choices', () => {
    const points = weakPoints(inputs());
    expect(points.map((p) => p.id)).toEqual(['ind-1', 'ind-2', 'ind-7', 'item-E10', 'ind-9', 'item-O12', 'ind-10']);
    expect(points.filter(needsMeasure).map((p) => p.id)).toEqual(['ind-2', 'ind-7', 'item-E10', 'ind-9', 'item-O12']);
    const choices = defaultChoices(points);
    expect(choices.get('ind-1')).toEqual({ mode: 'skip' });
    expect(choices.get('ind-2')).toEqual({ mode: 'library', libraryId: 11 });
    expect(choices.get('ind-7')).toEqual({ mode: 'own' });
    expect(choices.get('ind-10')).toEqual({ mode: 'skip' }); // already has a measure
    expect(choices.get('item-O12')).toEqual({ mode: 'merge' });
    expect(choices.get('item-E10')).toEqual({ mode: 'own' }); // indicator 8 is not planned
  });

  it('makes drafts from the choices, merges items into their indicator, keeps edits when nothing changed', () => {
    const points = weakPoints(inputs());
    const choices = defaultChoices(points);
    const first = draftsFor(points, choices, [], 2567, 2566);
    expect(first.map((d) => d.pointId)).toEqual(['ind-2', 'ind-7', 'item-E10', 'ind-9']);
    const oit = first.find((d) => d.pointId === 'ind-9')!.draft;
    expect(oit.title).toBe('เปิดเผยข้อมูลครบถ้วน');
    expect(oit.methods).toHaveLength(2);
    expect(oit.oitItems).toBe('O1, O12');
    expect(oit.fiscalYear).toBe(2567);
    expect(oit.sourceYear).toBe(2566);
    expect(oit.libraryId).toBe(19);
    expect(first.find((d) => d.pointId === 'item-E10')!.draft).toMatchObject({ instrument: 'EIT', indicatorNo: 8, oitItems: 'E10' });

    // The user edits a draft and adds one by hand; going back and forth keeps both.
    const edited = first.map((d) => (d.pointId === 'ind-7' ? { ...d, draft: { ...d.draft, title: 'ปรับปรุงการสื่อสาร', unitIds: [1] } } : d));
    const byHand = { pointId: null, choice: null, draft: emptyDraft(2567, { title: 'เพิ่มเอง' }) };
    const again = draftsFor(points, choices, [...edited, byHand], 2567, 2566);
    expect(again.find((d) => d.pointId === 'ind-7')!.draft.title).toBe('ปรับปรุงการสื่อสาร');
    expect(again.at(-1)!.draft.title).toBe('เพิ่มเอง');

    // Skipping indicator 9 gives its item its own measure; choosing another suggestion replaces the draft.
    const skipped = new Map(choices).set('ind-9', { mode: 'skip' });
    const third = draftsFor(points, skipped, again, 2567, 2566);
    expect(third.map((d) => d.pointId)).toEqual(['ind-2', 'ind-7', 'item-E10', 'item-O12', null]);
    expect(third.find((d) => d.pointId === 'item-O12')!.draft.oitItems).toBe('O12');
  });

  it('starts a draft from a library measure without losing the item codes already there', () => {
    const base = emptyDraft(2567, { oitItems: 'O12' });
    const draft = draftFromLibrary(library(19, 9, 'เปิดเผยข้อมูล', ['O1', 'O12']), base);
    expect(draft.oitItems).toBe('O12, O1');
    expect(draft.cadence).toBe('quarterly');
  });
});

describe('dashboard segments', () => {
  it('draws every measure once: overdue ones come out of not started, then in progress', () => {
    expect(segmentsOf({ total: 10, notStarted: 2, inProgress: 4, done: 3, dropped: 1, overdue: 3 })).toEqual({ done: 3, inProgress: 3, overdue: 3, notStarted: 0, dropped: 1 });
    expect(segmentsOf({ total: 2, notStarted: 0, inProgress: 0, done: 2, dropped: 0, overdue: 0 })).toEqual({ done: 2, inProgress: 0, overdue: 0, notStarted: 0, dropped: 0 });
  });
});
