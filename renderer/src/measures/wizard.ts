import type { LibraryMeasure, PlanInputs } from '../../../shared/api/measures';
import { INSTRUMENT_CODES, type InstrumentCode } from '../../../shared/ita/types';
import { draftFromLibrary, emptyDraft, joinCodes, splitCodes, type MeasureDraft } from './draft';

/**
 * The plan wizard's logic, apart from the screen: which weak points there are, what the user chose
 * for each, and the measure drafts those choices make. Pure, unit-tested.
 */

/** A weak point of the assessment year: an indicator, or an item (OIT item or survey question). */
export interface WeakPoint {
  id: string;
  kind: 'indicator' | 'item';
  instrument: InstrumentCode;
  indicatorNo: number;
  /** Item code (items only). */
  code: string | null;
  name: string;
  score: number | null;
  /** Below the target (indicators) or the item threshold (items). */
  weak: boolean;
  lowestOfInstrument: boolean;
  comment: string;
  recommendation: string;
  suggestions: LibraryMeasure[];
  existing: number;
}

/** What to do about a point: nothing, a library measure, one's own text, or (items) add it to its indicator's measure. */
export type Choice = { mode: 'skip' } | { mode: 'library'; libraryId: number } | { mode: 'own' } | { mode: 'merge' };

export function weakPoints(inputs: PlanInputs): WeakPoint[] {
  const order = (code: InstrumentCode) => INSTRUMENT_CODES.indexOf(code);
  const indicators: WeakPoint[] = inputs.indicators.map((i) => ({
    id: `ind-${i.no}`,
    kind: 'indicator',
    instrument: i.instrument,
    indicatorNo: i.no,
    code: null,
    name: i.name,
    score: i.score,
    weak: i.belowTarget,
    lowestOfInstrument: i.lowestOfInstrument,
    comment: '',
    recommendation: i.recommendation,
    suggestions: i.suggestions,
    existing: i.measureIds.length,
  }));
  const items: WeakPoint[] = inputs.items.map((w) => ({
    id: `item-${w.code}`,
    kind: 'item',
    instrument: w.instrument,
    indicatorNo: w.indicatorNo,
    code: w.code,
    name: w.name,
    score: w.score,
    weak: true,
    lowestOfInstrument: false,
    comment: w.comment,
    recommendation: w.recommendation,
    suggestions: w.suggestions,
    existing: w.measureIds.length,
  }));
  // Instrument, then indicator; an indicator before its items.
  return [...indicators, ...items].sort((a, b) => order(a.instrument) - order(b.instrument) || a.indicatorNo - b.indicatorNo || (a.kind === b.kind ? 0 : a.kind === 'indicator' ? -1 : 1));
}

/** Points that need a measure: indicators below target or lowest of their instrument, and every weak item. */
export const needsMeasure = (point: WeakPoint): boolean => point.kind === 'item' || point.weak || point.lowestOfInstrument;

/**
 * The first choice offered: a point that needs a measure and has none yet gets the best library
 * suggestion (or own text); an item whose indicator gets a measure is added to that measure;
 * everything else is skipped.
 */
export function defaultChoices(points: WeakPoint[]): Map<string, Choice> {
  const choices = new Map<string, Choice>();
  for (const p of points) {
    if (p.kind !== 'indicator') continue;
    const first = p.suggestions[0];
    choices.set(p.id, !needsMeasure(p) || p.existing > 0 ? { mode: 'skip' } : first ? { mode: 'library', libraryId: first.id } : { mode: 'own' });
  }
  for (const p of points) {
    if (p.kind !== 'item') continue;
    const parent = choices.get(`ind-${p.indicatorNo}`);
    if (p.existing > 0) choices.set(p.id, { mode: 'skip' });
    else if (parent && parent.mode !== 'skip') choices.set(p.id, { mode: 'merge' });
    else {
      const first = p.suggestions[0];
      choices.set(p.id, first ? { mode: 'library', libraryId: first.id } : { mode: 'own' });
    }
  }
  return choices;
}

const sameChoice = (a: Choice | undefined, b: Choice | undefined) => a?.mode === b?.mode && (a?.mode !== 'library' || (b?.mode === 'library' && a.libraryId === b.libraryId));

export interface PointDraft {
  pointId: string | null;
  choice: Choice | null;
  draft: MeasureDraft;
}

/**
 * The drafts the choices make, in plan order. A draft already made for the same point and the same
 * choice is kept as edited; drafts added by hand (pointId null) stay at the end. Items set to
 * `merge` add their code to their indicator's draft (or get their own when the indicator is skipped).
 */
export function draftsFor(points: WeakPoint[], choices: Map<string, Choice>, previous: PointDraft[], planYear: number, assessmentYear: number): PointDraft[] {
  const out: PointDraft[] = [];
  const byPoint = new Map(previous.filter((d) => d.pointId).map((d) => [d.pointId!, d]));
  const indicatorDraft = new Map<number, PointDraft>();
  const merged = new Map<number, string[]>();
  for (const p of points) {
    let choice = choices.get(p.id) ?? { mode: 'skip' };
    if (choice.mode === 'skip') continue;
    if (choice.mode === 'merge') {
      const parent = choices.get(`ind-${p.indicatorNo}`);
      if (parent && parent.mode !== 'skip' && parent.mode !== 'merge') {
        if (p.code) merged.set(p.indicatorNo, [...(merged.get(p.indicatorNo) ?? []), p.code]);
        continue;
      }
      choice = { mode: 'own' };
    }
    const old = byPoint.get(p.id);
    let entry: PointDraft;
    if (old && sameChoice(old.choice ?? undefined, choice)) entry = { ...old };
    else {
      const base = emptyDraft(planYear, { sourceYear: assessmentYear, instrument: p.instrument, indicatorNo: p.indicatorNo, oitItems: p.code ?? '' });
      const library = choice.mode === 'library' ? p.suggestions.find((s) => s.id === choice.libraryId) : undefined;
      entry = { pointId: p.id, choice, draft: library ? draftFromLibrary(library, base) : base };
    }
    out.push(entry);
    if (p.kind === 'indicator') indicatorDraft.set(p.indicatorNo, entry);
  }
  // Merged item codes join their indicator's draft (once each, after what the user typed).
  for (const [no, codes] of merged) {
    const entry = indicatorDraft.get(no);
    if (!entry) continue;
    const current = splitCodes(entry.draft.oitItems);
    const missing = codes.filter((c) => !current.includes(c));
    if (missing.length) entry.draft = { ...entry.draft, oitItems: joinCodes([...current, ...missing]) };
  }
  return [...out, ...previous.filter((d) => d.pointId === null)];
}
