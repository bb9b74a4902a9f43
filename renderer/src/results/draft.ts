import type { AssessmentInput } from '../../../shared/api/results';
import type { FieldIssue } from '../../../shared/api/errors';
import { parseCell, type PasteColumnKind, type PasteMessage } from '../../../shared/ita/paste';
import { assessmentChecks } from '../../../shared/ita/rules';
import {
  INSTRUMENT_CODES,
  SURVEY_INSTRUMENTS,
  type Assessment,
  type AssessmentChecks,
  type FrameworkDefinition,
  type FrameworkItem,
  type InstrumentCode,
  type SurveyInstrument,
} from '../../../shared/ita/types';

/**
 * The results entry screen edits a draft of text cells (what the user typed or pasted, Thai or
 * Arabic digits); it becomes numbers only when saved. Pure, so the conversions are unit-tested.
 */
export interface Draft {
  overall: string;
  indicators: Record<string, string>;
  items: Record<string, { score: string; comment: string }>;
  recommendations: Record<InstrumentCode, string>;
  samples: Record<SurveyInstrument, { population: string; sample: string }>;
}

/** The grids of the entry screen: the indicators (and overall), then the items of each instrument. */
export type GridId = 'indicators' | InstrumentCode;

export const OVERALL_CODE = 'overall';

type Format = (value: number, decimals: number) => string;
const plainFormat: Format = (value, decimals) => value.toFixed(decimals);

export function emptyDraft(): Draft {
  return {
    overall: '',
    indicators: {},
    items: {},
    recommendations: { IIT: '', EIT: '', OIT: '' },
    samples: { IIT: { population: '', sample: '' }, EIT: { population: '', sample: '' } },
  };
}

/** A saved year as text cells, written with the office's digits. */
export function draftFromAssessment(assessment: Assessment | null, format: Format = plainFormat): Draft {
  const draft = emptyDraft();
  if (!assessment) return draft;
  const score = (value: number | null | undefined) => (value === null || value === undefined ? '' : format(value, 2));
  draft.overall = score(assessment.overallScore);
  for (const [no, value] of Object.entries(assessment.indicators)) draft.indicators[no] = score(value);
  for (const [code, item] of Object.entries(assessment.items)) draft.items[code] = { score: score(item.score), comment: item.comment };
  for (const code of INSTRUMENT_CODES) draft.recommendations[code] = assessment.recommendations[code] ?? '';
  for (const code of SURVEY_INSTRUMENTS) {
    const s = assessment.samples[code];
    draft.samples[code] = { population: s?.population == null ? '' : format(s.population, 0), sample: s?.sample == null ? '' : format(s.sample, 0) };
  }
  return draft;
}

export function instrumentOfItem(framework: FrameworkDefinition, item: Pick<FrameworkItem, 'indicatorNo'>): InstrumentCode | undefined {
  return framework.indicators.find((i) => i.no === item.indicatorNo)?.instrument;
}

/** The column kind of an instrument's item scores: OIT items score 0 or 100. */
export function itemKind(framework: FrameworkDefinition, instrument: InstrumentCode): PasteColumnKind {
  return framework.instruments.find((i) => i.code === instrument)?.itemScale === 'binary' ? 'binary' : 'score';
}

/** Items of one instrument, in framework order. */
export function itemsOf(framework: FrameworkDefinition, instrument: InstrumentCode): FrameworkItem[] {
  return framework.items.filter((item) => instrumentOfItem(framework, item) === instrument);
}

/** A cell that will not save: where it is (grid, code, column) and why. */
export interface CellProblem {
  grid: GridId | 'samples';
  code: string;
  column: string;
  message: PasteMessage;
}

/**
 * The draft as the save's input, or every cell that would be refused. Items without a score and
 * without a comment are left out; the main process checks everything again.
 */
export function toAssessmentInput(draft: Draft, framework: FrameworkDefinition & { id?: number }, fiscalYear: number): { input: AssessmentInput; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const read = (raw: string, kind: PasteColumnKind, where: Omit<CellProblem, 'message'>): number | null => {
    const cell = parseCell(raw, kind);
    if (cell.error) {
      problems.push({ ...where, message: cell.error });
      return null;
    }
    return typeof cell.value === 'number' ? cell.value : null;
  };
  const overallScore = read(draft.overall, 'score', { grid: 'indicators', code: OVERALL_CODE, column: 'score' });
  const indicators: Record<string, number | null> = {};
  for (const indicator of framework.indicators) {
    const code = String(indicator.no);
    indicators[code] = read(draft.indicators[code] ?? '', 'score', { grid: 'indicators', code, column: 'score' });
  }
  const items: AssessmentInput['items'] = {};
  for (const item of framework.items) {
    const cell = draft.items[item.code];
    if (!cell || (cell.score.trim() === '' && cell.comment.trim() === '')) continue;
    const instrument = instrumentOfItem(framework, item) ?? 'OIT';
    const score = read(cell.score, itemKind(framework, instrument), { grid: instrument, code: item.code, column: 'score' });
    items[item.code] = { score, comment: cell.comment.trim() };
  }
  const samples: NonNullable<AssessmentInput['samples']> = {};
  for (const code of SURVEY_INSTRUMENTS) {
    const s = draft.samples[code];
    samples[code] = {
      population: read(s.population, 'count', { grid: 'samples', code, column: 'population' }),
      sample: read(s.sample, 'count', { grid: 'samples', code, column: 'sample' }),
    };
  }
  const recommendations: NonNullable<AssessmentInput['recommendations']> = {};
  for (const code of INSTRUMENT_CODES) if (draft.recommendations[code].trim()) recommendations[code] = draft.recommendations[code].trim();
  return {
    input: { fiscalYear, ...(framework.id ? { frameworkId: framework.id } : {}), overallScore, indicators, items, recommendations, samples },
    problems,
  };
}

/** The checks of the draft as it stands (overall vs weighted, samples, missing), before any save. */
export function draftChecks(draft: Draft, framework: FrameworkDefinition, fiscalYear: number): AssessmentChecks {
  const { input } = toAssessmentInput(draft, framework, fiscalYear);
  const items: Assessment['items'] = {};
  for (const [code, item] of Object.entries(input.items)) items[code] = { score: typeof item.score === 'number' ? item.score : null, comment: item.comment ?? '' };
  const samples = { IIT: { population: null, sample: null }, EIT: { population: null, sample: null } } as Assessment['samples'];
  for (const code of SURVEY_INSTRUMENTS) {
    const s = input.samples?.[code];
    samples[code] = { population: typeof s?.population === 'number' ? s.population : null, sample: typeof s?.sample === 'number' ? s.sample : null };
  }
  return assessmentChecks(
    { overallScore: typeof input.overallScore === 'number' ? input.overallScore : null, indicators: input.indicators as Record<string, number | null>, items, samples },
    framework,
  );
}

/** Where the main process's issue paths point: `indicators.9`, `overallScore`, `items.O12.score`, `samples.IIT.population`. */
export function locateIssue(issue: FieldIssue, framework: FrameworkDefinition): { grid: GridId | 'samples' | 'recommendations'; code: string; column: string } | null {
  const parts = issue.path.split('.');
  if (parts[0] === 'overallScore') return { grid: 'indicators', code: OVERALL_CODE, column: 'score' };
  if (parts[0] === 'indicators' && parts[1]) return { grid: 'indicators', code: parts[1], column: 'score' };
  if (parts[0] === 'items' && parts[1]) {
    const item = framework.items.find((i) => i.code === parts[1]);
    const instrument = item ? instrumentOfItem(framework, item) : undefined;
    return instrument ? { grid: instrument, code: parts[1], column: parts[2] === 'comment' ? 'comment' : 'score' } : null;
  }
  if (parts[0] === 'samples' && parts[1]) return { grid: 'samples', code: parts[1], column: parts[2] ?? 'population' };
  if (parts[0] === 'recommendations' && parts[1]) return { grid: 'recommendations', code: parts[1], column: 'text' };
  return null;
}
