import type { Bundle } from '../../../shared/bundle';
import { CADENCE_PERIODS } from '../../../shared/measures/progress';
import { REFERENCE_PLAN_MEASURES } from '../../../shared/measures/sampleMeasures';
import { sampleBundle } from '../../../shared/sampleBundle';
import { must, withOffice } from '../office';
import { repeat, time } from '../stats';
import type { BenchCase } from '../types';


/** The demo office with 60 measures of 2566 (the reference measures repeated, two units each) and, when asked, their progress for three periods. */
function bundleWith(measureCount: number, withProgress: boolean): Bundle {
  const base = sampleBundle('bench');
  const measures: Bundle['measures'] = Array.from({ length: measureCount }, (_v, i) => {
    const ref = REFERENCE_PLAN_MEASURES[i % REFERENCE_PLAN_MEASURES.length]!;
    return {
      ...base.measures[i % base.measures.length]!,
      id: i + 1,
      title: `${ref.title} (${i + 1})`,
      methods: [...ref.methods, 'รายงานผลการดำเนินการต่อผู้บริหารทุกไตรมาส'],
      unitIds: [1 + (i % 5), 1 + ((i + 1) % 5)],
      period: null,
      cadence: 'quarterly',
      sortOrder: i,
    };
  });
  const progress: Bundle['progress'] = withProgress
    ? measures.flatMap((m) =>
        CADENCE_PERIODS.quarterly.slice(0, 3).flatMap((period, p) =>
          m.unitIds.map((unitId, u) => ({
            id: m.id * 100 + p * 10 + u + 1,
            measureId: m.id,
            period,
            unitId,
            result: 'ดำเนินการตามแผน เผยแพร่ข้อมูลบนเว็บไซต์หลักของหน่วยงาน และรายงานผลต่อที่ประชุมหัวหน้าส่วนราชการ '.repeat(2),
            suggestion: 'ควรติดตามต่อเนื่องทุกไตรมาส',
            status: p === 2 ? 'done' : 'inProgress',
            droppedReason: '',
            updatedAt: '2023-07-01T00:00:00.000Z',
            evidence: [{ id: m.id * 100 + p * 10 + u + 1, kind: 'url', name: 'หลักฐาน', url: 'https://www.nonsawan.go.th/ita', file: null, mimeType: '', size: null, sha256: null, addedAt: '2023-07-01T00:00:00.000Z' }],
          })),
        ),
      )
    : [];
  return { ...base, measures, progress };
}

/** The measures plan of a year with 60 measures: analysis, chart (SVG → PNG), document model and .docx. */
export const measuresPlanExport: BenchCase = {
  name: 'measures.planExport',
  description: 'export of a measures plan with 60 measures (analysis, indicator chart as PNG, landscape measures table) through measuresPlan.export',
  async run({ runs, log }) {
    return withOffice('ita-bench-plan-', bundleWith(60, false), async (ctx) => {
      let bytes = 0;
      const exportMs = await repeat(Math.min(runs, 5), () =>
        time(async () => {
          bytes = Buffer.from((await must<{ base64: string }>(ctx, 'measuresPlan.export', { fiscalYear: 2566 })).base64, 'base64').length;
        }),
      );
      log(`plan: ${Math.round(bytes / 1024)} KiB`);
      return { measures: 60, docxKiB: Math.round(bytes / 1024), exportMs };
    });
  },
};

/** The progress report of the third quarter of a year with 60 measures × 3 reported periods × 2 units. */
export const measuresProgressExport: BenchCase = {
  name: 'measures.progressExport',
  description: 'export of a progress report (memo + 3 landscape tables) with 60 measures × 3 periods × 2 units of progress, and the year’s dashboard',
  async run({ runs, log }) {
    return withOffice('ita-bench-progress-', bundleWith(60, true), async (ctx) => {
      let bytes = 0;
      const exportMs = await repeat(Math.min(runs, 5), () =>
        time(async () => {
          bytes = Buffer.from((await must<{ base64: string }>(ctx, 'progressReport.export', { fiscalYear: 2566, period: 'q3' })).base64, 'base64').length;
        }),
      );
      const dashboardMs = await repeat(runs, () => time(() => must(ctx, 'measures.dashboard', { fiscalYear: 2566, today: '2023-07-15' })));
      const listMs = await repeat(runs, () => time(() => must(ctx, 'measures.list', { fiscalYear: 2566, today: '2023-07-15' })));
      log(`progress report: ${Math.round(bytes / 1024)} KiB`);
      return { measures: 60, periods: 3, entries: 360, docxKiB: Math.round(bytes / 1024), exportMs, dashboardMs, measuresListMs: listMs };
    });
  },
};
