/**
 * The `frameworks` and `assessments` keys of the data bundle (optional, version 1): schemas and the
 * cross-checks between them (an assessment names a framework of the bundle and only its codes).
 */
import { z } from 'zod';
import { countInput, fiscalYear, frameworkDefinitionInput, scoreInput } from '../api/results';
import { INSTRUMENT_CODES, SURVEY_INSTRUMENTS } from './types';

const id = z.number().int().positive();

export const bundleFramework = z.strictObject({ id, builtin: z.boolean(), definition: frameworkDefinitionInput });

export const bundleAssessment = z.strictObject({
  fiscalYear,
  frameworkId: id,
  overallScore: scoreInput,
  indicators: z.record(z.string().regex(/^\d{1,2}$/), scoreInput),
  items: z.record(z.string().max(20), z.strictObject({ score: scoreInput, comment: z.string().max(4000) })),
  recommendations: z.partialRecord(z.enum(INSTRUMENT_CODES), z.string().max(20_000)),
  samples: z.record(z.enum(SURVEY_INSTRUMENTS), z.strictObject({ population: countInput, sample: countInput })),
});

export type BundleFramework = z.output<typeof bundleFramework>;
export type BundleAssessment = z.output<typeof bundleAssessment>;

type Issue = { path: (string | number)[]; message: string; params?: Record<string, string | number> };

/** Cross-checks of the results keys, reported as zod custom issues by the bundle schema. */
export function resultsBundleIssues(frameworks: BundleFramework[], assessments: BundleAssessment[]): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map<number, BundleFramework>();
  const years = new Set<number>();
  frameworks.forEach((f, i) => {
    if (byId.has(f.id)) issues.push({ path: ['frameworks', i, 'id'], message: 'validation.duplicate', params: { value: f.id } });
    if (years.has(f.definition.fiscalYear)) issues.push({ path: ['frameworks', i, 'definition', 'fiscalYear'], message: 'validation.duplicate', params: { value: f.definition.fiscalYear } });
    byId.set(f.id, f);
    years.add(f.definition.fiscalYear);
  });
  const assessed = new Set<number>();
  assessments.forEach((a, i) => {
    if (assessed.has(a.fiscalYear)) issues.push({ path: ['assessments', i, 'fiscalYear'], message: 'validation.duplicate', params: { value: a.fiscalYear } });
    assessed.add(a.fiscalYear);
    const framework = byId.get(a.frameworkId)?.definition;
    if (!framework) {
      issues.push({ path: ['assessments', i, 'frameworkId'], message: 'validation.unknownReference', params: { value: a.frameworkId } });
      return;
    }
    const indicators = new Set(framework.indicators.map((x) => String(x.no)));
    for (const no of Object.keys(a.indicators)) if (!indicators.has(no)) issues.push({ path: ['assessments', i, 'indicators', no], message: 'validation.unknownCode', params: { code: no } });
    const instrumentOf = new Map(framework.indicators.map((x) => [x.no, x.instrument]));
    const binary = new Set(framework.instruments.filter((x) => x.itemScale === 'binary').map((x) => x.code));
    const items = new Map(framework.items.map((x) => [x.code, x]));
    for (const [code, result] of Object.entries(a.items)) {
      const item = items.get(code);
      if (!item) issues.push({ path: ['assessments', i, 'items', code], message: 'validation.unknownCode', params: { code } });
      else if (result.score !== null && binary.has(instrumentOf.get(item.indicatorNo)!) && result.score !== 0 && result.score !== 100)
        issues.push({ path: ['assessments', i, 'items', code, 'score'], message: 'validation.binaryScore' });
    }
  });
  return issues;
}
