import type { FieldIssue } from '../../../shared/api/errors';
import { measureInput, type LibraryMeasure, type Measure, type MeasureInput } from '../../../shared/api/measures';
import { toFieldIssues } from '../../../shared/api/validation';
import type { InstrumentCode } from '../../../shared/ita/types';
import type { MeasureCadence } from '../../../shared/measures/types';
import { fiscalMonths } from './periods';

/**
 * A measure as the editor holds it: every field as the clerk typed it. `draftToInput` makes the
 * API's `MeasureInput`; `draftIssues` checks it with the very schema the main process uses, so a
 * measure with no unit or a period that ends before it starts is marked before anything is sent.
 */
export interface MeasureDraft {
  /** Stable key for React lists (the wizard holds many drafts). */
  key: string;
  /** Set when editing a saved measure. */
  id?: number;
  fiscalYear: number;
  sourceYear: number | null;
  instrument: InstrumentCode;
  indicatorNo: number | null;
  /** OIT items as typed: "O12, O20 O24". */
  oitItems: string;
  title: string;
  methods: string[];
  unitIds: number[];
  wholeYear: boolean;
  start: string;
  end: string;
  cadence: MeasureCadence;
  followUp: string;
  libraryId: number | null;
}

let nextKey = 0;
export const newDraftKey = (): string => `d${++nextKey}`;

export function emptyDraft(fiscalYear: number, over: Partial<MeasureDraft> = {}): MeasureDraft {
  const months = fiscalMonths(fiscalYear);
  return {
    key: newDraftKey(),
    fiscalYear,
    sourceYear: null,
    instrument: 'OIT',
    indicatorNo: null,
    oitItems: '',
    title: '',
    methods: [''],
    unitIds: [],
    wholeYear: true,
    start: months[0]!,
    end: months[11]!,
    cadence: 'semiannual',
    followUp: '',
    libraryId: null,
    ...over,
  };
}

/** A draft started from a library measure (its text, steps, OIT items and cadence). */
export function draftFromLibrary(library: LibraryMeasure, base: MeasureDraft): MeasureDraft {
  return {
    ...base,
    instrument: library.instrument,
    indicatorNo: library.indicatorNo ?? base.indicatorNo,
    title: library.title,
    methods: library.methods.length ? [...library.methods] : [''],
    oitItems: joinCodes([...new Set([...splitCodes(base.oitItems), ...library.oitItems])]),
    cadence: library.cadence,
    followUp: library.followUp,
    libraryId: library.id,
  };
}

export function draftFromMeasure(measure: Measure): MeasureDraft {
  const months = fiscalMonths(measure.fiscalYear);
  return {
    key: `m${measure.id}`,
    id: measure.id,
    fiscalYear: measure.fiscalYear,
    sourceYear: measure.sourceYear,
    instrument: measure.instrument,
    indicatorNo: measure.indicatorNo,
    oitItems: joinCodes(measure.oitItems),
    title: measure.title,
    methods: measure.methods.length ? [...measure.methods] : [''],
    unitIds: [...measure.unitIds],
    wholeYear: measure.period === null,
    start: measure.period?.start ?? months[0]!,
    end: measure.period?.end ?? months[11]!,
    cadence: measure.cadence,
    followUp: measure.followUp,
    libraryId: measure.libraryId,
  };
}

/** Item codes from free text: commas, spaces or new lines between them; Thai digits and lower case accepted. */
export function splitCodes(text: string): string[] {
  return text
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .split(/[\s,;、]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

export const joinCodes = (codes: string[]): string => codes.join(', ');

export function draftToInput(draft: MeasureDraft): MeasureInput {
  return {
    fiscalYear: draft.fiscalYear,
    sourceYear: draft.sourceYear,
    instrument: draft.instrument,
    indicatorNo: draft.indicatorNo,
    oitItems: [...new Set(splitCodes(draft.oitItems))],
    title: draft.title,
    // Empty steps are dropped (an unused last line is not an error); numbering is the document's job.
    methods: draft.methods.map((m) => m.trim()).filter(Boolean),
    unitIds: draft.unitIds,
    period: draft.wholeYear ? null : { start: draft.start, end: draft.end },
    cadence: draft.cadence,
    followUp: draft.followUp,
    libraryId: draft.libraryId,
  };
}

/** The issues the API would report for this draft, with the same paths and `validation.*` keys. */
export function draftIssues(draft: MeasureDraft): FieldIssue[] {
  const parsed = measureInput.safeParse(draftToInput(draft));
  return parsed.success ? [] : toFieldIssues(parsed.error);
}

/**
 * Where an issue shows in the editor: `title`, `methods`, `unitIds`, `period`, `oitItems`,
 * `followUp`, `indicatorNo`, `cadence`; anything else goes to the editor's notice.
 */
export function issueField(path: string): string {
  const [head, second] = path.split('.');
  if (head === 'period') return second === 'start' ? 'period.start' : 'period.end';
  if (head === 'oitItems' || head === 'methods') return head;
  return head ?? '';
}

/** Issues grouped by editor field (several issues of `methods.N` become one list). */
export function issuesByField(issues: FieldIssue[]): Map<string, FieldIssue[]> {
  const out = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const field = issueField(issue.path);
    out.set(field, [...(out.get(field) ?? []), issue]);
  }
  return out;
}

/**
 * Issues of `measures.createMany` (paths `measures.N.field`) split per draft index, with the
 * prefix removed; issues without an index stay under -1.
 */
export function splitManyIssues(issues: FieldIssue[]): Map<number, FieldIssue[]> {
  const out = new Map<number, FieldIssue[]>();
  for (const issue of issues) {
    const match = /^measures\.(\d+)(?:\.(.*))?$/.exec(issue.path);
    const index = match ? Number(match[1]) : -1;
    const path = match ? (match[2] ?? '') : issue.path;
    out.set(index, [...(out.get(index) ?? []), { ...issue, path }]);
  }
  return out;
}

/** Moves an element of a list by `delta` places (steps up/down); the list is returned unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_v, i) => i !== index);

/** Adds or removes a unit, keeping the order in which they were chosen (the order printed). */
export function toggleUnit(unitIds: readonly number[], id: number): number[] {
  return unitIds.includes(id) ? unitIds.filter((u) => u !== id) : [...unitIds, id];
}
