import { exportBundle, importBundle } from '../../../electron/services/bundle';
import { analyse } from '../../../shared/ita/analyse';
import { builtinFrameworks } from '../../../shared/ita/builtinFrameworks';
import { round2, weightedOverall } from '../../../shared/ita/rules';
import type { Assessment, FrameworkDefinition } from '../../../shared/ita/types';
import { sampleBundle } from '../../../shared/sampleBundle';
import { must, withOffice } from '../office';
import { repeat, time } from '../stats';
import type { BenchCase } from '../types';

/** A full year of results for a framework: every indicator, every item (OIT zeros with comments). */
function fullYear(fiscalYear: number, framework: FrameworkDefinition): Omit<Assessment, 'updatedAt' | 'frameworkId'> {
  const items: Assessment['items'] = {};
  const scores = new Map<number, number[]>();
  framework.items.forEach((item, i) => {
    const oit = item.code.startsWith('O');
    const zero = oit && (fiscalYear * 31 + i * 17) % 9 === 0;
    const score = oit ? (zero ? 0 : 100) : round2(70 + ((fiscalYear * 7 + i * 13) % 3000) / 100);
    items[item.code] = { score, comment: zero ? `ไม่พบข้อมูลตามองค์ประกอบของข้อ ${item.code} บนเว็บไซต์หลักของหน่วยงาน` : '' };
    scores.set(item.indicatorNo, [...(scores.get(item.indicatorNo) ?? []), score]);
  });
  const indicators = Object.fromEntries([...scores].map(([no, s]) => [String(no), round2(s.reduce((a, b) => a + b, 0) / s.length)]));
  const overall = weightedOverall(indicators, framework);
  return {
    fiscalYear,
    overallScore: overall === null ? null : round2(overall),
    indicators,
    items,
    recommendations: { IIT: 'ข้อเสนอแนะ IIT '.repeat(20), EIT: 'ข้อเสนอแนะ EIT '.repeat(20), OIT: 'ข้อเสนอแนะ OIT '.repeat(20) },
    samples: { IIT: { population: 45, sample: 31 }, EIT: { population: 1200, sample: 120 } },
  };
}

const YEARS_20 = Array.from({ length: 20 }, (_v, i) => 2563 + i);

/** Analysis of 20 recorded years with every item scored: through the API (DB reads + analysis) and the pure function. */
export const resultsAnalysis: BenchCase = {
  name: 'results.analysis',
  description: 'analysis of 20 years × all items (88 per year): every year through analysis.get, and the pure analyse()',
  async run({ runs, log }) {
    return withOffice('ita-bench-results-', null, async (ctx) => {
      const latest = builtinFrameworks().at(-1)!;
      const frameworkFor = (year: number) => builtinFrameworks().find((f) => f.fiscalYear === year) ?? latest;
      const saveAll = await time(async () => {
        for (const year of YEARS_20) await must(ctx, 'assessments.save', fullYear(year, frameworkFor(year)));
      });
      log(`saved 20 years in ${Math.round(saveAll)} ms`);
      const api20Years = await repeat(runs, () =>
        time(async () => {
          for (const year of YEARS_20) await must(ctx, 'analysis.get', { fiscalYear: year });
        }),
      );
      const years = YEARS_20.map((year) => ({ assessment: fullYear(year, frameworkFor(year)), framework: frameworkFor(year) }));
      const pure20Years = await repeat(runs, () =>
        time(() => {
          years.forEach((y, i) => analyse(y.assessment, y.framework, i > 0 ? years[i - 1] : null));
        }),
      );
      const list = await repeat(runs, () => time(() => must(ctx, 'assessments.list', {})));
      const xlsx = await repeat(Math.min(runs, 3), () => time(() => must(ctx, 'results.exportXlsx', { fiscalYear: 2582 })));
      return { years: 20, itemsPerYear: latest.items.length, save20YearsMs: Math.round(saveAll), analysisGet20YearsMs: api20Years, analysePure20YearsMs: pure20Years, assessmentsListMs: list, exportXlsxOneYearMs: xlsx };
    });
  },
};

/** Import of a data bundle holding 10 years of full results (plus the sample office). */
export const resultsBundleImport: BenchCase = {
  name: 'results.bundleImport',
  description: 'import of a 10-year bundle (sample office + 10 years × 88 items with comments), one transaction, and its export',
  async run({ runs }) {
    const latest = builtinFrameworks().at(-1)!;
    const base = sampleBundle('bench');
    const frameworkOf = (year: number) => base.frameworks.find((f) => f.definition.fiscalYear === year) ?? base.frameworks.find((f) => f.definition.fiscalYear === latest.fiscalYear)!;
    const assessments = Array.from({ length: 10 }, (_v, i) => 2563 + i).map((year) => {
      const framework = frameworkOf(year);
      return { ...fullYear(year, framework.definition), frameworkId: framework.id };
    });
    const bundle = JSON.parse(JSON.stringify({ ...base, assessments }));
    const bytes = Buffer.byteLength(JSON.stringify(bundle));
    return withOffice('ita-bench-bundle-', null, async (ctx) => {
      const importMs = await repeat(runs, () => time(() => importBundle(ctx, structuredClone(bundle))));
      const exportMs = await repeat(runs, () => time(() => exportBundle(ctx)));
      return { years: 10, bundleKiB: Math.round(bytes / 1024), importMs, exportMs };
    });
  },
};
