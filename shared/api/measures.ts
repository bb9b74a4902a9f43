import { z } from 'zod';
import { channel, noInput } from './channel';
import { isoDate, memoInput, memoSigner, type DocxFile, type MemoInput, type MemoSigner } from './memos';
import { fiscalYear } from './results';
import { INSTRUMENT_CODES, type Analysis, type Grade, type IndicatorAnalysis, type InstrumentCode, type WeakItem } from '../ita/types';
import {
  MEASURE_CADENCES,
  PROGRESS_STATUSES,
  REPORTING_PERIODS,
  type DashboardFigures,
  type MeasureCadence,
  type MeasurePeriod,
  type MeasureStatus,
  type ProgressStatus,
  type ReportingPeriod,
  type UnitRef,
} from '../measures/types';

/**
 * Measures of a plan year (มาตรการส่งเสริมคุณธรรมและความโปร่งใส), the office's measure library, the
 * plan wizard's inputs (weak points of the assessment year), progress entries per measure × period ×
 * unit with their evidence, the dashboard, and the two Word exports (measures plan, progress report).
 *
 * Field issues use `validation.*` keys (shared/i18n/common.ts). Issue paths name the field, e.g.
 * `unitIds`, `period.end`, `droppedReason`, `source.path`. Years are Buddhist-era fiscal years.
 * Binary data (evidence files, .docx) crosses the API as base64.
 */

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
const paragraphs = z.array(z.string().trim().max(20_000)).max(200);

/** A month `YYYY-MM` (Gregorian, as in ISO dates). */
export const isoMonth = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'validation.month');
/** An item code of the framework (O12, E3, I30). */
const itemCode = z.string().trim().regex(/^[A-Z]{1,3}\d{1,3}(?:\.\d{1,2})?$/, 'validation.itemCode');
const indicatorNo = z.number().int().min(1).max(99);

export const instrumentCode = z.enum(INSTRUMENT_CODES);
export const measureCadence = z.enum(MEASURE_CADENCES);
export const reportingPeriod = z.enum(REPORTING_PERIODS);
export const progressStatus = z.enum(PROGRESS_STATUSES);

/** Start–end months; the end may not come before the start (`validation.periodEndBeforeStart` on `period.end`). */
export const measurePeriod = z
  .strictObject({ start: isoMonth, end: isoMonth })
  .refine((p) => p.end >= p.start, { message: 'validation.periodEndBeforeStart', path: ['end'] });

// ---------------------------------------------------------------------------------------------
// Measure library: standard measures per indicator (built in, editable), extended by the office.

export const libraryMeasureInput = z.strictObject({
  instrument: instrumentCode,
  /** The indicator the measure answers; `null` for one that serves the whole instrument. */
  indicatorNo: indicatorNo.nullable(),
  title: text(2000),
  /** Numbered steps (วิธีการดำเนินการ), one per entry, without their numbers. */
  methods: z.array(text(4000)).max(50),
  /** OIT items the measure usually serves. */
  oitItems: z.array(itemCode).max(100).default([]),
  cadence: measureCadence.default('semiannual'),
  /** การติดตามผล text; empty: written from the cadence and OIT items. */
  followUp: optionalText(2000).default(''),
});
export type LibraryMeasureInput = z.input<typeof libraryMeasureInput>;

export interface LibraryMeasure extends z.output<typeof libraryMeasureInput> {
  id: number;
  /** Shipped with ITA Desk (the office may still edit or delete it). */
  builtin: boolean;
  /** How many measures were started from it (all years). */
  usedCount: number;
  updatedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Measures

export const measureInput = z.strictObject({
  /** The plan year (N+1). */
  fiscalYear,
  /** The assessment year whose results the measure answers (N); `null` for a measure added by hand. */
  sourceYear: fiscalYear.nullable(),
  instrument: instrumentCode,
  indicatorNo: indicatorNo.nullable(),
  /** OIT items (or IIT/EIT questions) the measure serves, by code. */
  oitItems: z.array(itemCode).max(100).default([]),
  /** มาตรการ/แนวทาง */
  title: text(2000),
  /** วิธีการดำเนินการ: numbered steps, without their numbers. */
  methods: z.array(text(4000)).max(50),
  /** ผู้รับผิดชอบ: at least one unit (`validation.measureNoUnit`), in the order printed. */
  unitIds: z.array(id).min(1, 'validation.measureNoUnit').max(50),
  /** ระยะเวลาดำเนินการ: `null` = the whole fiscal year. */
  period: measurePeriod.nullable(),
  cadence: measureCadence,
  /** การติดตามผล text; empty: written from the cadence and OIT items. */
  followUp: optionalText(2000).default(''),
  /** The library measure it was started from, if any. */
  libraryId: id.nullable().default(null),
});
export type MeasureInput = z.input<typeof measureInput>;
export type MeasureData = z.output<typeof measureInput>;

export interface Measure extends MeasureData {
  id: number;
  /** Position in the plan among the measures of the same instrument and indicator. */
  sortOrder: number;
  indicatorName: string | null;
  /** The responsible units in `unitIds` order, with their current names. */
  units: UnitRef[];
  /** Set by the meeting that approved the plan (or by hand). */
  approved: boolean;
  /** Where the approval comes from, e.g. `meeting:12` or a free text; empty when none. */
  approvalSource: string;
  /** Derived from the latest progress of each unit. */
  status: MeasureStatus;
  /** A report or the end of the measure is due and not every unit has reported done or dropped. */
  overdue: boolean;
  /** The reporting periods of the cadence that fall within the measure's period, in order. */
  reportingPeriods: ReportingPeriod[];
  /** Progress entries recorded, all periods and units. */
  progressCount: number;
  createdAt: string;
  updatedAt: string;
}

export const MEASURE_SORTS = ['plan', 'title', 'status', 'updated'] as const;

export const measureFilter = z.strictObject({
  fiscalYear,
  instrument: instrumentCode.optional(),
  indicatorNo: indicatorNo.optional(),
  unitId: id.optional(),
  status: progressStatus.optional(),
  overdue: z.boolean().optional(),
  /** `plan` (default): instrument, indicator, then plan order, as printed. */
  sort: z.enum(MEASURE_SORTS).optional(),
  /** The day the overdue flags are computed for; today by default. */
  today: isoDate.optional(),
});

export interface MeasureYear {
  fiscalYear: number;
  measures: number;
  approved: number;
  progressEntries: number;
}

export interface CopyResult {
  fromYear: number;
  toYear: number;
  created: Measure[];
}

// ---------------------------------------------------------------------------------------------
// Plan wizard inputs: the weak points of an assessment year.

export interface IndicatorPoint extends IndicatorAnalysis {
  /** The lowest scored indicator of its instrument (a measure is usually planned for it even above target). */
  lowestOfInstrument: boolean;
  /** The NACC's recommendation for the indicator's instrument. */
  recommendation: string;
  /** Library measures for the indicator, best fit first. */
  suggestions: LibraryMeasure[];
  /** Measures of the plan year that already answer the indicator. */
  measureIds: number[];
}

export interface ItemPoint extends WeakItem {
  recommendation: string;
  /** Library measures for the item's indicator or serving the item. */
  suggestions: LibraryMeasure[];
  /** Measures of the plan year that already serve the item. */
  measureIds: number[];
}

export interface PlanInputs {
  assessmentYear: number;
  planYear: number;
  score: number | null;
  grade: Grade | null;
  /** Every indicator of the framework (weak ones flagged `belowTarget` / `lowestOfInstrument`). */
  indicators: IndicatorPoint[];
  /** Items below the thresholds with the assessor's comments. */
  items: ItemPoint[];
  recommendations: Partial<Record<InstrumentCode, string>>;
  analysis: Analysis;
}

// ---------------------------------------------------------------------------------------------
// Progress entries and evidence

export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

export const progressInput = z
  .strictObject({
    measureId: id,
    /** Must be one of the measure's reporting periods (`validation.periodNotInCadence`). */
    period: reportingPeriod,
    /** Must be one of the measure's units (`validation.unitNotResponsible`). */
    unitId: id,
    /** ผลการดำเนินการ */
    result: optionalText(20_000),
    /** ข้อเสนอแนะ */
    suggestion: optionalText(10_000),
    status: progressStatus,
    /** Required when the status is `dropped` (`validation.droppedReasonRequired`). */
    droppedReason: optionalText(2000).default(''),
  })
  .refine((p) => p.status !== 'dropped' || p.droppedReason.length > 0, { message: 'validation.droppedReasonRequired', path: ['droppedReason'] });
export type ProgressInput = z.input<typeof progressInput>;

export interface Evidence {
  id: number;
  entryId: number;
  kind: 'file' | 'url';
  /** The file name as given (files) or a label (URLs; the URL when none). */
  name: string;
  /** URLs only. */
  url: string | null;
  /** Files only: size in bytes and SHA-256 of the copy kept in `<dataDir>/evidence/`. */
  size: number | null;
  sha256: string | null;
  /** Files only: the copy is no longer in the evidence folder (e.g. data moved without it). */
  missing: boolean;
  addedAt: string;
}

export interface ProgressEntry {
  id: number;
  measureId: number;
  period: ReportingPeriod;
  unitId: number;
  unitName: string;
  result: string;
  suggestion: string;
  status: ProgressStatus;
  droppedReason: string;
  evidence: Evidence[];
  updatedAt: string;
}

/** One line of the progress sheet of a period: a measure × one of its units, recorded or not yet. */
export interface ProgressSlot {
  measureId: number;
  measureTitle: string;
  instrument: InstrumentCode;
  indicatorNo: number | null;
  unitId: number;
  unitName: string;
  entry: ProgressEntry | null;
  /** The period is over (by its due date) and the slot is missing, not started, or in progress past the measure's end. */
  overdue: boolean;
}

export interface ProgressSheet {
  fiscalYear: number;
  period: ReportingPeriod;
  /** First and last day of the period (ISO). */
  start: string;
  end: string;
  today: string;
  slots: ProgressSlot[];
}

export const evidenceSource = z.discriminatedUnion('kind', [
  /** A file picked in the renderer: name and bytes. */
  z.strictObject({ kind: z.literal('file'), name: text(255), base64: z.string().max(40_000_000) }),
  /** A page where the evidence is published. */
  z.strictObject({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/ }).max(2000), name: optionalText(255).default('') }),
]);
export type EvidenceSource = z.input<typeof evidenceSource>;

export type EvidenceOpen =
  | { kind: 'file'; id: number; name: string; /** Absolute path of the copy in the evidence folder. */ path: string; mimeType: string; size: number }
  | { kind: 'url'; id: number; name: string; url: string };

export interface EvidenceContent {
  id: number;
  name: string;
  mimeType: string;
  base64: string;
}

// ---------------------------------------------------------------------------------------------
// Exports: the measures plan and the progress report, with their editable parts.

/** One row of the plan's analysis table: an indicator and the issue to fix (ประเด็นที่ต้องแก้ไข/ปรับปรุง). */
export const planIssue = z.strictObject({ indicatorNo, text: optionalText(20_000) });

export const planOptionsInput = z.strictObject({
  /** The plan year. */
  fiscalYear,
  /** The assessment year analysed (N), by default fiscalYear − 1. */
  assessmentYear: fiscalYear,
  title: text(500),
  /** ๑. รายละเอียดการประเมิน */
  background: paragraphs,
  /** ๒. ประชากรกลุ่มตัวอย่าง: the IIT, EIT and OIT paragraphs (sample rules included). */
  populations: z.strictObject({ IIT: paragraphs, EIT: paragraphs, OIT: paragraphs }),
  /** ๓. the analysis: paragraphs before the ranked table. */
  analysisIntro: paragraphs,
  /** Paragraphs after the highest/lowest lines (the assessors' remarks, per instrument). */
  analysisRemarks: paragraphs,
  /** Rows of the issues table, per indicator, in the order given. */
  issues: z.array(planIssue).max(50),
  includeChart: z.boolean(),
  /** ๔. the paragraphs before the measures table. */
  measuresIntro: paragraphs,
  /** ๕. ขั้นตอนการรายงานผล */
  reporting: paragraphs,
  /** Signers at the end (e.g. the mayor who announces the plan); none is usual. */
  signers: z.array(memoSigner).max(4),
});
export type PlanOptionsInput = z.input<typeof planOptionsInput>;
export type PlanOptions = z.output<typeof planOptionsInput>;

export const progressReportOptionsInput = z.strictObject({
  fiscalYear,
  period: reportingPeriod,
  /** The covering memo to the chief executive, with a comment box per level. */
  memo: memoInput,
  /** Title lines of the report part (centred, bold). */
  title: z.array(text(500)).min(1).max(6),
  intro: paragraphs,
  /** The heading paragraph above each instrument's table. */
  instrumentHeadings: z.strictObject({ IIT: optionalText(2000), EIT: optionalText(2000), OIT: optionalText(2000) }),
});
export type ProgressReportOptionsInput = z.input<typeof progressReportOptionsInput>;
export type ProgressReportOptions = z.output<typeof progressReportOptionsInput>;

/** Stored options of an export, with when they were last used. */
export interface StoredOptions<T> {
  options: T;
  /** `false`: defaults made from the data now (nothing stored yet). */
  stored: boolean;
  exportedAt: string | null;
}

export type { DocxFile, MemoInput, MemoSigner, DashboardFigures, MeasurePeriod, UnitRef };

const planRef = z.strictObject({ fiscalYear });
const reportRef = z.strictObject({ fiscalYear, period: reportingPeriod });

export const measuresApi = {
  'measureLibrary.list': channel(z.strictObject({ instrument: instrumentCode.optional(), indicatorNo: indicatorNo.optional() }))<LibraryMeasure[]>(),
  'measureLibrary.create': channel(libraryMeasureInput)<LibraryMeasure>(),
  'measureLibrary.update': channel(libraryMeasureInput.extend({ id }))<LibraryMeasure>(),
  /** Measures started from it keep their text; only the link is cleared. */
  'measureLibrary.delete': channel(z.strictObject({ id }))<void>(),
  /** Puts the built-in measures back as shipped (office measures stay). */
  'measureLibrary.restoreBuiltins': channel(noInput)<LibraryMeasure[]>(),

  /** Years that have measures, newest first. */
  'measures.years': channel(noInput)<MeasureYear[]>(),
  'measures.list': channel(measureFilter)<Measure[]>(),
  'measures.get': channel(z.strictObject({ id, today: isoDate.optional() }))<Measure>(),
  'measures.create': channel(measureInput)<Measure>(),
  /** Several measures at once (the wizard's last step): all or nothing, issues named `measures.N.field`. */
  'measures.createMany': channel(z.strictObject({ measures: z.array(measureInput).min(1).max(500) }))<Measure[]>(),
  'measures.update': channel(measureInput.extend({ id }))<Measure>(),
  /** Refused with `in_use` (params.entries) when progress is recorded, unless `withProgress` (evidence files go too). */
  'measures.delete': channel(z.strictObject({ id, withProgress: z.boolean().default(false) }))<void>(),
  'measures.move': channel(z.strictObject({ id, direction: z.enum(['up', 'down']) }))<Measure[]>(),
  /**
   * Bulk reassign: in the measures given, `fromUnitId` is replaced by `toUnitId` (its progress moves
   * along); with `fromUnitId: null` the measures get `toUnitId` as their only unit.
   */
  'measures.reassignUnits': channel(z.strictObject({ ids: z.array(id).min(1).max(1000), fromUnitId: id.nullable(), toUnitId: id }))<Measure[]>(),
  /** Start from last year: copies the measures of `fromYear` into `toYear` with no progress; refused with `conflict` when `toYear` has measures unless `append`. */
  'measures.copyFromYear': channel(z.strictObject({ fromYear: fiscalYear, toYear: fiscalYear, append: z.boolean().default(false) }))<CopyResult>(),
  /** Sets the approved flag and its source (a meeting sets it when its minutes approve the plan). */
  'measures.setApproval': channel(z.strictObject({ ids: z.array(id).min(1).max(1000), approved: z.boolean(), source: optionalText(200).default('') }))<Measure[]>(),
  /** The plan wizard's inputs: weak indicators and items of the assessment year with comments, recommendations and suggestions. */
  'measures.planInputs': channel(
    z.strictObject({ assessmentYear: fiscalYear, target: z.number().min(0).max(100).optional(), oitThreshold: z.number().min(0).max(100).optional(), eiThreshold: z.number().min(0).max(100).optional() }),
  )<PlanInputs>(),
  'measures.dashboard': channel(z.strictObject({ fiscalYear, today: isoDate.optional() }))<DashboardFigures>(),

  /** Entries of a year, optionally of one period, measure or unit. */
  'progress.list': channel(z.strictObject({ fiscalYear, period: reportingPeriod.optional(), measureId: id.optional(), unitId: id.optional() }))<ProgressEntry[]>(),
  /** Every measure × unit due in a period, recorded or not, with overdue flags: the progress entry screen. */
  'progress.sheet': channel(z.strictObject({ fiscalYear, period: reportingPeriod, unitId: id.optional(), today: isoDate.optional() }))<ProgressSheet>(),
  /** Creates or replaces the entry of (measure, period, unit); evidence already attached stays. */
  'progress.save': channel(progressInput)<ProgressEntry>(),
  /** Deletes an entry and its evidence. */
  'progress.delete': channel(z.strictObject({ id }))<void>(),

  /** Attaches a file (copied into the evidence folder, at most EVIDENCE_MAX_BYTES) or a URL to an entry. */
  'evidence.add': channel(z.strictObject({ entryId: id, source: evidenceSource }))<Evidence>(),
  'evidence.remove': channel(z.strictObject({ id }))<void>(),
  /** Where to open it: the file's path in the evidence folder (`not_found` when the copy is gone) or the URL. */
  'evidence.open': channel(z.strictObject({ id }))<EvidenceOpen>(),
  /** The file's bytes, for a preview or a save-as. */
  'evidence.read': channel(z.strictObject({ id }))<EvidenceContent>(),

  /** The plan's editable parts: as stored at the last save/export, or defaults from the data. */
  'measuresPlan.getOptions': channel(planRef)<StoredOptions<PlanOptions>>(),
  'measuresPlan.saveOptions': channel(planOptionsInput)<StoredOptions<PlanOptions>>(),
  /** The .docx of the plan; options given are stored first (so the export can be made again later). */
  'measuresPlan.export': channel(z.strictObject({ fiscalYear, options: planOptionsInput.optional() }))<DocxFile>(),

  'progressReport.getOptions': channel(reportRef)<StoredOptions<ProgressReportOptions>>(),
  'progressReport.saveOptions': channel(progressReportOptionsInput)<StoredOptions<ProgressReportOptions>>(),
  /** The .docx of the report of a period; a period without progress says so in the document. */
  'progressReport.export': channel(z.strictObject({ fiscalYear, period: reportingPeriod, options: progressReportOptionsInput.optional() }))<DocxFile>(),
};

export type { MeasureCadence, MeasureStatus, ProgressStatus, ReportingPeriod };
