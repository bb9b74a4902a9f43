import { z } from 'zod';
import { channel, noInput } from './channel';
import { GRADES, INSTRUMENT_CODES, ITEM_SCALES, SURVEY_INSTRUMENTS } from '../ita/types';
import type { Analysis, Assessment, AssessmentChecks, AssessmentSummary, Framework, FrameworkDefinition, FrameworkSummary } from '../ita/types';
import { checkScore, parseCount, parseScore } from '../ita/score';
import { frameworkIssues } from '../ita/framework';

/**
 * ITA frameworks (data per fiscal year) and yearly results: enter, check, analyse, export.
 * Field issues use i18n keys from `shared/i18n/common.ts` (`validation.*`) and `shared/i18n/results.ts`
 * (`results.*`); issue paths name the cell, e.g. `items.O12.score`, `indicators.9`, `overallScore`.
 */

const id = z.number().int().positive();
/** Buddhist-era fiscal year. */
export const fiscalYear = z.number().int().min(2500).max(2700);
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A score as the renderer has it: a number, or the text of a cell ("๘๗.๖๗", "87.67", "" = none).
 * Parsed on the main side with the same rules as in the grid; the output is always `number | null`.
 */
export const scoreInput = z
  .union([z.number(), z.string().max(40)])
  .nullable()
  .transform((value, ctx) => {
    if (value === null) return null;
    const parsed = typeof value === 'number' ? checkScore(value) : parseScore(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.key, params: parsed.params });
      return z.NEVER;
    }
    return parsed.value;
  });

/** A head count (population or sample): a whole number, or its text ("1,234", "๑๒๐"). */
export const countInput = z
  .union([z.number().int().min(0).max(10_000_000), z.string().max(20)])
  .nullable()
  .transform((value, ctx) => {
    if (value === null || typeof value === 'number') return value;
    const parsed = parseCount(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.key, params: parsed.params });
      return z.NEVER;
    }
    return parsed.value;
  });

/** Item codes (O12, E3, I30) and indicator numbers ("1"…"10") as record keys; normalised by the service. */
const codeKey = z.string().trim().min(1).max(20);
const comment = z.string().max(4000);
const recommendation = z.string().max(20_000);

// ---------------------------------------------------------------------------------------------
// Frameworks

const percent = z.number().min(0).max(100);

export const frameworkDefinitionInput = z.strictObject({
  fiscalYear,
  name: text(200),
  passMark: percent,
  gradeBands: z.array(z.strictObject({ grade: z.enum(GRADES), min: percent })).min(1).max(GRADES.length),
  instruments: z
    .array(
      z.strictObject({
        code: z.enum(INSTRUMENT_CODES),
        name: text(200),
        weight: percent,
        itemScale: z.enum(ITEM_SCALES),
        confirmed: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(INSTRUMENT_CODES.length),
  indicators: z
    .array(z.strictObject({ no: z.number().int().min(1).max(99), name: text(200), instrument: z.enum(INSTRUMENT_CODES), confirmed: z.boolean().default(true) }))
    .min(1)
    .max(50),
  subIndicators: z
    .array(
      z.strictObject({
        code: z.string().trim().regex(/^\d{1,2}\.\d{1,2}$/, 'validation.subIndicatorCode'),
        name: text(200),
        indicatorNo: z.number().int().min(1).max(99),
        confirmed: z.boolean().default(true),
      }),
    )
    .max(100),
  items: z
    .array(
      z.strictObject({
        code: z.string().trim().regex(/^[A-Z]{1,3}\d{1,3}(?:\.\d{1,2})?$/, 'validation.itemCode'),
        name: text(500),
        indicatorNo: z.number().int().min(1).max(99),
        subIndicator: z.string().trim().max(10).nullable(),
        confirmed: z.boolean().default(true),
      }),
    )
    .max(500),
  confirmed: z.boolean().default(true),
  notes: z.string().max(10_000).default(''),
}).superRefine((definition, ctx) => {
  for (const issue of frameworkIssues(definition)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.key, params: issue.params });
});
export type FrameworkDefinitionInput = z.input<typeof frameworkDefinitionInput>;

/** A framework file as exported and imported: a small envelope around the definition. */
export const FRAMEWORK_FILE_FORMAT = 'ita-desk-framework';
export const FRAMEWORK_FILE_VERSION = 1;
export interface FrameworkFile {
  format: typeof FRAMEWORK_FILE_FORMAT;
  version: typeof FRAMEWORK_FILE_VERSION;
  exportedAt: string;
  framework: FrameworkDefinition;
}

const frameworkRef = z.union([z.strictObject({ id }), z.strictObject({ fiscalYear })]);

// ---------------------------------------------------------------------------------------------
// Assessments

const sampleInput = z.strictObject({ population: countInput, sample: countInput });
const samplePatch = z.strictObject({ population: countInput.optional(), sample: countInput.optional() });

/** A whole year's results. Codes unknown to the framework are refused, each named in its issue. */
export const assessmentInput = z.strictObject({
  fiscalYear,
  /** The framework the results follow; by default the framework of the same fiscal year, else the latest earlier one. */
  frameworkId: id.optional(),
  overallScore: scoreInput,
  indicators: z.record(codeKey, scoreInput),
  items: z.record(codeKey, z.strictObject({ score: scoreInput, comment: comment.default('') })),
  recommendations: z.partialRecord(z.enum(INSTRUMENT_CODES), recommendation).default({}),
  samples: z.partialRecord(z.enum(SURVEY_INSTRUMENTS), sampleInput).default({}),
});
export type AssessmentInput = z.input<typeof assessmentInput>;

/**
 * Some cells of a year (one grid's worth, one pasted block, one comment): only the keys given change.
 * Creates the year when it has no results yet. A cell set to `null` or "" is emptied.
 */
export const assessmentPatch = z.strictObject({
  fiscalYear,
  frameworkId: id.optional(),
  overallScore: scoreInput.optional(),
  indicators: z.record(codeKey, scoreInput).optional(),
  items: z.record(codeKey, z.strictObject({ score: scoreInput.optional(), comment: comment.optional() })).optional(),
  recommendations: z.partialRecord(z.enum(INSTRUMENT_CODES), recommendation).optional(),
  samples: z.partialRecord(z.enum(SURVEY_INSTRUMENTS), samplePatch).optional(),
});
export type AssessmentPatch = z.input<typeof assessmentPatch>;

export interface AssessmentSaved {
  assessment: Assessment;
  checks: AssessmentChecks;
}

export interface AssessmentView {
  /** `null` when the year has no results yet. */
  assessment: Assessment | null;
  /** The framework of the results, or (for a year without results) the one a save would use; `null` if none fits. */
  framework: Framework | null;
  checks: AssessmentChecks | null;
}

// ---------------------------------------------------------------------------------------------
// Analysis

export const analysisOptionsInput = z.strictObject({
  /** Default: the framework's pass mark (85). */
  target: percent.optional(),
  /** Default 0: OIT items at 0. */
  oitThreshold: percent.optional(),
  /** Default 85: IIT/EIT items below 85. */
  eiThreshold: percent.optional(),
});
export const analysisInput = analysisOptionsInput.extend({ fiscalYear });
export type AnalysisInput = z.input<typeof analysisInput>;

export interface XlsxFile {
  fileName: string;
  /** The .xlsx bytes, base64. */
  base64: string;
}

export const resultsApi = {
  'frameworks.list': channel(noInput)<FrameworkSummary[]>(),
  /** By id, or by fiscal year (the framework defined for exactly that year). */
  'frameworks.get': channel(frameworkRef)<Framework>(),
  /** Copies a framework to a new fiscal year (refused with `conflict` when that year has one). */
  'frameworks.copy': channel(z.strictObject({ fromId: id, toYear: fiscalYear, name: text(200).optional() }))<Framework>(),
  /** Replaces a framework's definition; refused when results of a year use an item or indicator it removes. */
  'frameworks.update': channel(z.strictObject({ id, framework: frameworkDefinitionInput }))<Framework>(),
  /** A framework file (validated by the service so issues name its fields); `replace` overwrites that year's framework. */
  'frameworks.import': channel(z.strictObject({ file: z.unknown(), replace: z.boolean().default(false) }))<Framework>(),
  'frameworks.export': channel(z.strictObject({ id }))<FrameworkFile>(),
  /** Refused with `in_use` (params.years) when a year's results use it. */
  'frameworks.delete': channel(z.strictObject({ id }))<void>(),

  /** Recorded years, oldest first, with overall, computed overall, grade and pass: also the history chart. */
  'assessments.list': channel(noInput)<AssessmentSummary[]>(),
  'assessments.get': channel(z.strictObject({ fiscalYear }))<AssessmentView>(),
  /** Writes a whole year (replacing what was there), all or nothing. */
  'assessments.save': channel(assessmentInput)<AssessmentSaved>(),
  /** Writes some cells of a year, all or nothing. */
  'assessments.patch': channel(assessmentPatch)<AssessmentSaved>(),
  'assessments.delete': channel(z.strictObject({ fiscalYear }))<void>(),

  'analysis.get': channel(analysisInput)<Analysis>(),
  /** A real .xlsx (sheets: indicators, items, analysis) of a year's scores and analysis. */
  'results.exportXlsx': channel(analysisInput.extend({ language: z.enum(['th', 'en']).optional() }))<XlsxFile>(),
};
