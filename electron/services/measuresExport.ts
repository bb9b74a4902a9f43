/**
 * The Word exports of the measures: the plan of a year and the progress report of a period. The
 * editable parts (paragraphs, signers, the covering memo) are stored per year/period whenever they
 * are saved or exported, so the same document can be made again later from the stored data.
 */
import * as q from '../../db/queries/measures';
import { listPeople, listUnits } from '../../db/queries/office';
import type { Sqlite } from '../../db/query';
import { indicatorChart } from '../../shared/charts';
import { AppError } from '../../shared/api/errors';
import {
  planOptionsInput,
  progressReportOptionsInput,
  type measuresApi,
  type PlanOptions,
  type ProgressReportOptions,
  type StoredOptions,
} from '../../shared/api/measures';
import { formatNumber } from '../../shared/domain/thaiFormat';
import { buildMeasuresPlanModel, defaultPlanOptions, planFileName, type PlanMeasure } from '../../shared/documents/measuresPlan';
import { buildProgressReportModel, defaultProgressReportOptions, progressReportFileName, type ReportMeasure } from '../../shared/documents/progressReport';
import { comparePeriods, periodRange, todayIso } from '../../shared/measures/progress';
import type { ReportingPeriod } from '../../shared/measures/types';
import { chartToPng } from './chartPng';
import type { Handlers } from './dispatch';
import { renderDocx } from './docx/render';
import { writeDocxFile } from './files';
import { getGaruda, requireOrganization } from './memos';
import { analysisOrNull } from './results';

const nowIso = () => new Date().toISOString();

function planMeasures(db: Sqlite, fiscalYear: number): (PlanMeasure & { id: number; unitIds: number[] })[] {
  const names = new Map(listUnits(db).map((u) => [u.id, u.name]));
  return q.listMeasures(db, fiscalYear).map((m) => ({ ...m, unitNames: m.unitIds.map((id) => names.get(id) ?? '') }));
}

// ---------------------------------------------------------------------------------------------
// Plan

export function planOptions(db: Sqlite, fiscalYear: number): StoredOptions<PlanOptions> {
  const stored = q.getExportOptions(db, 'plan', fiscalYear);
  if (stored) {
    const parsed = planOptionsInput.safeParse(stored.options);
    if (parsed.success) return { options: parsed.data, stored: true, exportedAt: stored.exportedAt };
  }
  const org = requireOrganization(db);
  return { options: defaultPlanOptions(fiscalYear, org, analysisOrNull(db, fiscalYear - 1)), stored: false, exportedAt: null };
}

function savePlanOptions(db: Sqlite, options: PlanOptions, exported: boolean): StoredOptions<PlanOptions> {
  const now = nowIso();
  q.putExportOptions(db, 'plan', options.fiscalYear, '', options, exported ? now : null, now);
  return planOptions(db, options.fiscalYear);
}

export async function planDocx(db: Sqlite, fiscalYear: number, given?: PlanOptions): Promise<Buffer> {
  const org = requireOrganization(db);
  const options = given ?? planOptions(db, fiscalYear).options;
  if (options.fiscalYear !== fiscalYear) throw new AppError('validation', { issues: [{ path: 'options.fiscalYear', key: 'validation.invalid' }] });
  const analysis = analysisOrNull(db, options.assessmentYear);
  const digits = { thaiDigits: org.thaiDigits };
  const chart =
    analysis && options.includeChart
      ? await chartToPng(
          indicatorChart({
            title: `คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ${formatNumber(analysis.fiscalYear, digits)}`,
            bars: analysis.indicators.map((i) => ({ label: `${formatNumber(i.no, digits)}. ${i.name}`, value: i.score, group: i.instrument })),
            target: analysis.options.target,
            targetLabel: `ค่าเป้าหมาย ${formatNumber(analysis.options.target, digits)} คะแนน`,
            legend: analysis.instruments.map((i) => ({ group: i.code, label: i.code })),
            format: (value, decimals) => formatNumber(value, { ...digits, decimals }),
          }),
        )
      : null;
  return renderDocx(buildMeasuresPlanModel({ org, options, analysis, measures: planMeasures(db, fiscalYear), chart }));
}

export async function exportPlanToFile(db: Sqlite, fiscalYear: number, file: string): Promise<string> {
  const { options } = planOptions(db, fiscalYear);
  const target = writeDocxFile(file, await planDocx(db, fiscalYear, options));
  savePlanOptions(db, options, true);
  return target;
}

// ---------------------------------------------------------------------------------------------
// Progress report

export function progressReportOptions(db: Sqlite, fiscalYear: number, period: ReportingPeriod): StoredOptions<ProgressReportOptions> {
  const stored = q.getExportOptions(db, 'progress', fiscalYear, period);
  if (stored) {
    const parsed = progressReportOptionsInput.safeParse(stored.options);
    if (parsed.success) return { options: parsed.data, stored: true, exportedAt: stored.exportedAt };
  }
  const org = requireOrganization(db);
  return { options: defaultProgressReportOptions(fiscalYear, period, org, listPeople(db), listUnits(db), todayIso()), stored: false, exportedAt: null };
}

function saveReportOptions(db: Sqlite, options: ProgressReportOptions, exported: boolean): StoredOptions<ProgressReportOptions> {
  const now = nowIso();
  q.putExportOptions(db, 'progress', options.fiscalYear, options.period, options, exported ? now : null, now);
  return progressReportOptions(db, options.fiscalYear, options.period);
}

/**
 * The entry a unit reports for a period: the one of that period, else its latest entry of a period
 * that ended by then (a quarterly measure in the 6-month report shows its second-quarter report).
 */
function entryFor(entries: q.EntryRecord[], measureId: number, unitId: number, period: ReportingPeriod, fiscalYear: number): q.EntryRecord | undefined {
  const own = entries.filter((e) => e.measureId === measureId && e.unitId === unitId);
  const exact = own.find((e) => e.period === period);
  if (exact) return exact;
  const end = periodRange(fiscalYear, period).end;
  return own.filter((e) => periodRange(fiscalYear, e.period).end <= end).sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
}

function reportMeasures(db: Sqlite, fiscalYear: number, period: ReportingPeriod): ReportMeasure[] {
  const entries = q.listEntries(db, { fiscalYear });
  const evidence = q.listEvidence(db, entries.map((e) => e.id));
  return planMeasures(db, fiscalYear).map((m) => ({
    ...m,
    entries: m.unitIds.flatMap((unitId, i) => {
      const e = entryFor(entries, m.id, unitId, period, fiscalYear);
      if (!e) return [];
      return [
        {
          unitName: m.unitNames[i] ?? '',
          result: e.result,
          suggestion: e.suggestion,
          status: e.status,
          droppedReason: e.droppedReason,
          evidence: evidence.filter((x) => x.entryId === e.id).map((x) => (x.kind === 'url' ? x.url! : x.name)),
        },
      ];
    }),
  }));
}

export async function progressReportDocx(db: Sqlite, fiscalYear: number, period: ReportingPeriod, given?: ProgressReportOptions): Promise<Buffer> {
  const org = requireOrganization(db);
  const options = given ?? progressReportOptions(db, fiscalYear, period).options;
  if (options.fiscalYear !== fiscalYear || options.period !== period) throw new AppError('validation', { issues: [{ path: 'options.period', key: 'validation.invalid' }] });
  return renderDocx(buildProgressReportModel({ org, options, measures: reportMeasures(db, fiscalYear, period), garuda: getGaruda(db) }));
}

export async function exportProgressReportToFile(db: Sqlite, fiscalYear: number, period: ReportingPeriod, file: string): Promise<string> {
  const { options } = progressReportOptions(db, fiscalYear, period);
  const target = writeDocxFile(file, await progressReportDocx(db, fiscalYear, period, options));
  saveReportOptions(db, options, true);
  return target;
}

type ExportChannel = Extract<keyof typeof measuresApi, `measuresPlan.${string}` | `progressReport.${string}`>;

export const exportHandlers: Pick<Handlers, ExportChannel> = {
  'measuresPlan.getOptions': ({ fiscalYear }, { db }) => planOptions(db, fiscalYear),
  'measuresPlan.saveOptions': (options, { db }) => {
    requireOrganization(db);
    return savePlanOptions(db, options, false);
  },
  'measuresPlan.export': async ({ fiscalYear, options }, { db }) => {
    const used = options ?? planOptions(db, fiscalYear).options;
    const bytes = await planDocx(db, fiscalYear, used);
    savePlanOptions(db, used, true);
    return { fileName: planFileName(fiscalYear), base64: bytes.toString('base64') };
  },

  'progressReport.getOptions': ({ fiscalYear, period }, { db }) => progressReportOptions(db, fiscalYear, period),
  'progressReport.saveOptions': (options, { db }) => {
    requireOrganization(db);
    return saveReportOptions(db, options, false);
  },
  'progressReport.export': async ({ fiscalYear, period, options }, { db }) => {
    const used = options ?? progressReportOptions(db, fiscalYear, period).options;
    const bytes = await progressReportDocx(db, fiscalYear, period, used);
    saveReportOptions(db, used, true);
    return { fileName: progressReportFileName(fiscalYear, period), base64: bytes.toString('base64') };
  },
};
