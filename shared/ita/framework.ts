/**
 * Consistency rules of a framework definition, beyond the shape checked by its zod schema:
 * unique codes, references that resolve, weights that sum to 100, grade bands best to worst.
 * Each problem is a field issue with an i18n key, so the editor and the import name the field.
 */
import type { FrameworkDefinition } from './types';

type Path = (string | number)[];
export interface FrameworkIssue {
  path: Path;
  key: string;
  params?: Record<string, string | number>;
}

function duplicates<T>(list: readonly T[], keyOf: (x: T) => string | number, path: (i: number) => Path, out: FrameworkIssue[]): void {
  const seen = new Set<string | number>();
  list.forEach((entry, i) => {
    const key = keyOf(entry);
    if (seen.has(key)) out.push({ path: path(i), key: 'validation.duplicate', params: { value: key } });
    seen.add(key);
  });
}

export function frameworkIssues(def: FrameworkDefinition): FrameworkIssue[] {
  const out: FrameworkIssue[] = [];
  duplicates(def.instruments, (i) => i.code, (i) => ['instruments', i, 'code'], out);
  duplicates(def.indicators, (i) => i.no, (i) => ['indicators', i, 'no'], out);
  duplicates(def.subIndicators, (s) => s.code, (i) => ['subIndicators', i, 'code'], out);
  duplicates(def.items, (item) => item.code.toUpperCase(), (i) => ['items', i, 'code'], out);
  duplicates(def.gradeBands, (b) => b.grade, (i) => ['gradeBands', i, 'grade'], out);

  const sum = Math.round(def.instruments.reduce((total, i) => total + i.weight, 0) * 100) / 100;
  if (sum !== 100) out.push({ path: ['instruments'], key: 'results.framework.weightsSum', params: { sum } });

  const bandsOk = def.gradeBands.every((band, i) => i === 0 || band.min < def.gradeBands[i - 1]!.min) && def.gradeBands[def.gradeBands.length - 1]?.min === 0;
  if (!bandsOk) out.push({ path: ['gradeBands'], key: 'results.framework.bandsOrder' });

  const instruments = new Set(def.instruments.map((i) => i.code));
  def.indicators.forEach((indicator, i) => {
    if (!instruments.has(indicator.instrument)) out.push({ path: ['indicators', i, 'instrument'], key: 'results.framework.noInstrument', params: { value: indicator.instrument } });
  });
  def.instruments.forEach((instrument, i) => {
    if (!def.indicators.some((ind) => ind.instrument === instrument.code)) out.push({ path: ['instruments', i, 'code'], key: 'results.framework.noIndicators', params: { value: instrument.code } });
  });

  const indicators = new Set(def.indicators.map((i) => i.no));
  const subIndicators = new Map(def.subIndicators.map((s) => [s.code, s.indicatorNo]));
  def.subIndicators.forEach((sub, i) => {
    if (!indicators.has(sub.indicatorNo)) out.push({ path: ['subIndicators', i, 'indicatorNo'], key: 'validation.unknownReference', params: { value: sub.indicatorNo } });
  });
  def.items.forEach((item, i) => {
    if (!indicators.has(item.indicatorNo)) out.push({ path: ['items', i, 'indicatorNo'], key: 'validation.unknownReference', params: { value: item.indicatorNo } });
    if (item.subIndicator !== null && subIndicators.get(item.subIndicator) !== item.indicatorNo)
      out.push({ path: ['items', i, 'subIndicator'], key: 'validation.unknownReference', params: { value: item.subIndicator } });
  });
  return out;
}
