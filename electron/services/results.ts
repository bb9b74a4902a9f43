import { z } from 'zod';
import * as q from '../../db/queries/results';
import type { Sqlite } from '../../db/query';
import { AppError, type FieldIssue } from '../../shared/api/errors';
import {
  FRAMEWORK_FILE_FORMAT,
  FRAMEWORK_FILE_VERSION,
  frameworkDefinitionInput,
  type assessmentInput,
  type assessmentPatch,
  type AssessmentSaved,
  type AssessmentView,
  type FrameworkFile,
} from '../../shared/api/results';
import { toFieldIssues } from '../../shared/api/validation';
import { analyse } from '../../shared/ita/analyse';
import type { BundleAssessment, BundleFramework } from '../../shared/ita/bundle';
import { BUILTIN_FRAMEWORKS_VERSION, builtinFrameworks } from '../../shared/ita/builtinFrameworks';
import { assessmentChecks, gradeOf, passes, round2, weightedOverall } from '../../shared/ita/rules';
import { checkBinaryScore, normalizeItemCode } from '../../shared/ita/score';
import type { Analysis, AnalysisOptions, Assessment, AssessmentSummary, Framework, FrameworkDefinition } from '../../shared/ita/types';
import type { Handlers } from './dispatch';
import { resultsWorkbook } from './resultsXlsx';

const nowIso = () => new Date().toISOString();
const yearsText = (years: number[]) => years.join(', ');

/** The built-in frameworks are seeded on first use, not by the migration: they are data, and may change per release. */
export function ensureFrameworks(db: Sqlite): void {
  q.seedFrameworks(db, builtinFrameworks(), BUILTIN_FRAMEWORKS_VERSION, nowIso());
}

function requireFramework(db: Sqlite, id: number): Framework {
  const framework = q.getFramework(db, id);
  if (!framework) throw new AppError('not_found', { params: { id } });
  return framework;
}

const definitionOf = (f: Framework): FrameworkDefinition => ({
  fiscalYear: f.fiscalYear,
  name: f.name,
  passMark: f.passMark,
  gradeBands: f.gradeBands,
  instruments: f.instruments,
  indicators: f.indicators,
  subIndicators: f.subIndicators,
  items: f.items,
  confirmed: f.confirmed,
  notes: f.notes,
});

/** Parses a framework definition from outside (a file): every problem named under `prefix`. */
function parseDefinition(raw: unknown, prefix: string): FrameworkDefinition {
  const parsed = frameworkDefinitionInput.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new AppError('validation', { issues: toFieldIssues(parsed.error, [prefix]) });
  return parsed.data;
}

/**
 * Refuses changes that would orphan recorded results: removing an item or indicator that a year's
 * results use, or moving a used framework to another year.
 */
function guardFrameworkChange(db: Sqlite, before: Framework, next: FrameworkDefinition): void {
  const taken = q.getFrameworkByYear(db, next.fiscalYear);
  if (taken && taken.id !== before.id)
    throw new AppError('conflict', { issues: [{ path: 'framework.fiscalYear', key: 'results.framework.yearTaken', params: { year: next.fiscalYear } }] });
  if (next.fiscalYear !== before.fiscalYear && before.usedBy.length > 0)
    throw new AppError('in_use', { issues: [{ path: 'framework.fiscalYear', key: 'results.framework.yearInUse', params: { years: yearsText(before.usedBy) } }] });
  const used = q.usedCodes(db, before.id);
  const codes = new Set(next.items.map((i) => i.code));
  const indicators = new Set(next.indicators.map((i) => i.no));
  const issues: FieldIssue[] = [];
  // Named in the framework's order, as the editor lists them.
  for (const { code } of before.items) {
    const years = used.items.get(code);
    if (years && !codes.has(code)) issues.push({ path: 'framework.items', key: 'results.framework.itemInUse', params: { code, years: yearsText(years) } });
  }
  for (const { no } of before.indicators) {
    const years = used.indicators.get(no);
    if (years && !indicators.has(no)) issues.push({ path: 'framework.indicators', key: 'results.framework.indicatorInUse', params: { code: no, years: yearsText(years) } });
  }
  const binary = new Set(next.instruments.filter((i) => i.itemScale === 'binary').map((i) => i.code));
  const instrumentOf = new Map(next.indicators.map((i) => [i.no, i.instrument]));
  const nonBinary = q.nonBinaryItemScores(db, before.id);
  for (const item of next.items) {
    const years = nonBinary.get(item.code);
    const instrument = instrumentOf.get(item.indicatorNo);
    if (years && instrument && binary.has(instrument)) issues.push({ path: 'framework.items', key: 'results.framework.scaleInUse', params: { code: item.code, years: yearsText(years) } });
  }
  if (issues.length > 0) throw new AppError('in_use', { issues });
}

function saveFramework(db: Sqlite, id: number, next: FrameworkDefinition): Framework {
  return db.transaction(() => {
    guardFrameworkChange(db, requireFramework(db, id), next);
    q.updateFramework(db, id, next, nowIso());
    return requireFramework(db, id);
  })();
}

const fileEnvelope = z.object({ format: z.string(), version: z.number(), framework: z.unknown() });

/** Reads a framework file: the exported envelope, or a bare definition. */
function readFrameworkFile(raw: unknown): FrameworkDefinition {
  if (typeof raw === 'object' && raw !== null && 'format' in raw) {
    const head = fileEnvelope.safeParse(raw);
    if (!head.success || head.data.format !== FRAMEWORK_FILE_FORMAT) throw new AppError('validation', { issues: [{ path: 'file.format', key: 'results.framework.foreign' }] });
    if (head.data.version > FRAMEWORK_FILE_VERSION)
      throw new AppError('validation', { issues: [{ path: 'file.version', key: 'results.framework.newer', params: { found: head.data.version, supported: FRAMEWORK_FILE_VERSION } }] });
    return parseDefinition(head.data.framework, 'file.framework');
  }
  return parseDefinition(raw, 'file');
}

// ---------------------------------------------------------------------------------------------
// Assessments

const emptyAssessment = (fiscalYear: number, frameworkId: number): Omit<Assessment, 'updatedAt'> => ({
  fiscalYear,
  frameworkId,
  overallScore: null,
  indicators: {},
  items: {},
  recommendations: {},
  samples: { IIT: { population: null, sample: null }, EIT: { population: null, sample: null } },
});

/** The framework a save uses: the one named, the one the year already follows, or the year's default. */
function resolveFramework(db: Sqlite, fiscalYear: number, frameworkId: number | undefined, existing: Assessment | undefined): Framework {
  if (frameworkId !== undefined) {
    const framework = q.getFramework(db, frameworkId);
    if (!framework) throw new AppError('validation', { issues: [{ path: 'frameworkId', key: 'validation.unknownReference', params: { value: frameworkId } }] });
    return framework;
  }
  if (existing) return requireFramework(db, existing.frameworkId);
  const framework = q.frameworkForYear(db, fiscalYear);
  if (!framework) throw new AppError('validation', { issues: [{ path: 'frameworkId', key: 'results.noFramework', params: { year: fiscalYear } }] });
  return framework;
}

/**
 * Maps the keys the renderer sent (possibly "o12", "0๑๒", " 9 ") to the framework's codes. Unknown
 * codes and two keys naming the same code are field issues under the key as sent.
 */
function normaliseKeys<T>(entries: Record<string, T>, known: Set<string>, prefix: string, normalise: (key: string) => string, issues: FieldIssue[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, value] of Object.entries(entries)) {
    const code = normalise(key);
    if (!known.has(code)) issues.push({ path: `${prefix}.${key}`, key: 'validation.unknownCode', params: { code: key.trim() } });
    else if (out.has(code)) issues.push({ path: `${prefix}.${key}`, key: 'validation.duplicate', params: { value: code } });
    else out.set(code, value);
  }
  return out;
}

const normaliseIndicator = (key: string) => String(Number(normalizeItemCode(key)));

/** Checks a merged year against its framework: codes known, OIT items 0 or 100. Throws all issues at once. */
function checkAgainstFramework(a: Omit<Assessment, 'updatedAt'>, framework: Framework, issues: FieldIssue[]): void {
  const instrumentOf = new Map(framework.indicators.map((i) => [i.no, i.instrument]));
  const scaleOf = new Map(framework.instruments.map((i) => [i.code, i.itemScale]));
  for (const item of framework.items) {
    const score = a.items[item.code]?.score;
    if (typeof score !== 'number') continue;
    const instrument = instrumentOf.get(item.indicatorNo);
    if (instrument && scaleOf.get(instrument) === 'binary') {
      const check = checkBinaryScore(score);
      if (!check.ok) issues.push({ path: `items.${item.code}.score`, key: check.key, params: { code: item.code } });
    }
  }
  for (const instrument of Object.keys(a.recommendations))
    if (!framework.instruments.some((i) => i.code === instrument)) issues.push({ path: `recommendations.${instrument}`, key: 'validation.unknownCode', params: { code: instrument } });
  if (issues.length > 0) throw new AppError('validation', { issues });
}

function writeYear(db: Sqlite, next: Omit<Assessment, 'updatedAt'>, framework: Framework): AssessmentSaved {
  q.putAssessment(db, next, nowIso());
  const assessment = q.getAssessment(db, next.fiscalYear)!;
  return { assessment, checks: assessmentChecks(assessment, framework) };
}

export function saveAssessment(db: Sqlite, input: z.output<typeof assessmentInput>): AssessmentSaved {
  ensureFrameworks(db);
  return db.transaction(() => {
    const existing = q.getAssessment(db, input.fiscalYear);
    const framework = resolveFramework(db, input.fiscalYear, input.frameworkId, existing);
    const issues: FieldIssue[] = [];
    const indicators = normaliseKeys(input.indicators, new Set(framework.indicators.map((i) => String(i.no))), 'indicators', normaliseIndicator, issues);
    const items = normaliseKeys(input.items, new Set(framework.items.map((i) => i.code)), 'items', normalizeItemCode, issues);
    const next: Omit<Assessment, 'updatedAt'> = {
      fiscalYear: input.fiscalYear,
      frameworkId: framework.id,
      overallScore: input.overallScore,
      indicators: Object.fromEntries(indicators),
      items: Object.fromEntries([...items].map(([code, r]) => [code, { score: r.score, comment: r.comment.trim() }])),
      recommendations: input.recommendations,
      samples: {
        IIT: input.samples.IIT ?? { population: null, sample: null },
        EIT: input.samples.EIT ?? { population: null, sample: null },
      },
    };
    checkAgainstFramework(next, framework, issues);
    return writeYear(db, next, framework);
  })();
}

export function patchAssessment(db: Sqlite, input: z.output<typeof assessmentPatch>): AssessmentSaved {
  ensureFrameworks(db);
  return db.transaction(() => {
    const existing = q.getAssessment(db, input.fiscalYear);
    const framework = resolveFramework(db, input.fiscalYear, input.frameworkId, existing);
    const base = existing ?? emptyAssessment(input.fiscalYear, framework.id);
    const issues: FieldIssue[] = [];
    const indicators = normaliseKeys(input.indicators ?? {}, new Set(framework.indicators.map((i) => String(i.no))), 'indicators', normaliseIndicator, issues);
    const items = normaliseKeys(input.items ?? {}, new Set(framework.items.map((i) => i.code)), 'items', normalizeItemCode, issues);
    const next: Omit<Assessment, 'updatedAt'> = {
      fiscalYear: input.fiscalYear,
      frameworkId: framework.id,
      overallScore: input.overallScore === undefined ? base.overallScore : input.overallScore,
      indicators: { ...base.indicators, ...Object.fromEntries(indicators) },
      items: { ...base.items },
      recommendations: { ...base.recommendations, ...input.recommendations },
      samples: {
        IIT: { ...base.samples.IIT, ...stripUndefined(input.samples?.IIT) },
        EIT: { ...base.samples.EIT, ...stripUndefined(input.samples?.EIT) },
      },
    };
    for (const [code, patch] of items) {
      const before = next.items[code] ?? { score: null, comment: '' };
      next.items[code] = { score: patch.score === undefined ? before.score : patch.score, comment: patch.comment === undefined ? before.comment : patch.comment.trim() };
    }
    // Cells of a framework the year no longer follows are named, not dropped silently.
    const knownIndicators = new Set(framework.indicators.map((i) => String(i.no)));
    for (const no of Object.keys(next.indicators)) if (!knownIndicators.has(no) && !issues.some((i) => i.path === `indicators.${no}`)) issues.push({ path: `indicators.${no}`, key: 'validation.unknownCode', params: { code: no } });
    const knownItems = new Set(framework.items.map((i) => i.code));
    for (const code of Object.keys(next.items)) if (!knownItems.has(code) && !issues.some((i) => i.path === `items.${code}`)) issues.push({ path: `items.${code}`, key: 'validation.unknownCode', params: { code } });
    checkAgainstFramework(next, framework, issues);
    return writeYear(db, next, framework);
  })();
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function listAssessments(db: Sqlite): AssessmentSummary[] {
  ensureFrameworks(db);
  const frameworks = new Map(q.allFrameworks(db).map((f) => [f.id, f]));
  return q.allAssessments(db).map((a) => {
    const framework = frameworks.get(a.frameworkId)!;
    const computed = weightedOverall(a.indicators, framework);
    const score = a.overallScore ?? (computed === null ? null : round2(computed));
    return {
      fiscalYear: a.fiscalYear,
      frameworkId: a.frameworkId,
      frameworkYear: framework.fiscalYear,
      overallScore: a.overallScore,
      computedOverall: computed === null ? null : round2(computed),
      grade: score === null ? null : gradeOf(score, framework.gradeBands),
      passed: score === null ? null : passes(score, framework.passMark),
      indicatorCount: Object.values(a.indicators).filter((s) => s !== null).length,
      itemCount: Object.values(a.items).filter((i) => i.score !== null).length,
      updatedAt: a.updatedAt,
    };
  });
}

export function analyseYear(db: Sqlite, fiscalYear: number, options: Partial<AnalysisOptions> = {}): Analysis {
  ensureFrameworks(db);
  const assessment = q.getAssessment(db, fiscalYear);
  if (!assessment) throw new AppError('not_found', { params: { year: fiscalYear }, issues: [{ path: 'fiscalYear', key: 'results.noResults', params: { year: fiscalYear } }] });
  const framework = requireFramework(db, assessment.frameworkId);
  const previous = q.previousAssessment(db, fiscalYear);
  const previousFramework = previous ? requireFramework(db, previous.frameworkId) : undefined;
  return analyse(assessment, framework, previous && previousFramework ? { assessment: previous, framework: previousFramework } : null, options);
}

/** The analysis of a year, or `null` when its results are not recorded. */
export function analysisOrNull(db: Sqlite, fiscalYear: number, options: Partial<AnalysisOptions> = {}): Analysis | null {
  try {
    return analyseYear(db, fiscalYear, options);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

const analysisOptionsOf = (input: { target?: number; oitThreshold?: number; eiThreshold?: number }): Partial<AnalysisOptions> => ({
  target: input.target,
  oitThreshold: input.oitThreshold,
  eiThreshold: input.eiThreshold,
});

type ResultsChannel =
  | 'frameworks.list'
  | 'frameworks.get'
  | 'frameworks.copy'
  | 'frameworks.update'
  | 'frameworks.import'
  | 'frameworks.export'
  | 'frameworks.delete'
  | 'assessments.list'
  | 'assessments.get'
  | 'assessments.save'
  | 'assessments.patch'
  | 'assessments.delete'
  | 'analysis.get'
  | 'results.exportXlsx';

/** Frameworks, yearly results, analysis and the Excel export. */
export const resultsHandlers: Pick<Handlers, ResultsChannel> = {
  'frameworks.list': (_input, { db }) => {
    ensureFrameworks(db);
    return q.listFrameworks(db);
  },
  'frameworks.get': (ref, { db }) => {
    ensureFrameworks(db);
    const framework = 'id' in ref ? q.getFramework(db, ref.id) : q.getFrameworkByYear(db, ref.fiscalYear);
    if (!framework) throw new AppError('not_found', { params: 'id' in ref ? { id: ref.id } : { year: ref.fiscalYear } });
    return framework;
  },
  'frameworks.copy': ({ fromId, toYear, name }, { db }) => {
    ensureFrameworks(db);
    return db.transaction(() => {
      const source = requireFramework(db, fromId);
      if (q.getFrameworkByYear(db, toYear)) throw new AppError('conflict', { issues: [{ path: 'toYear', key: 'results.framework.yearTaken', params: { year: toYear } }] });
      const renamed = name ?? (source.name.includes(String(source.fiscalYear)) ? source.name.replaceAll(String(source.fiscalYear), String(toYear)) : `${source.name} (${toYear})`);
      const id = q.insertFramework(db, { ...definitionOf(source), fiscalYear: toYear, name: renamed }, { builtin: false, now: nowIso() });
      return requireFramework(db, id);
    })();
  },
  'frameworks.update': ({ id, framework }, { db }) => {
    ensureFrameworks(db);
    return saveFramework(db, id, framework);
  },
  'frameworks.import': ({ file, replace }, { db }) => {
    ensureFrameworks(db);
    const definition = readFrameworkFile(file);
    return db.transaction(() => {
      const existing = q.getFrameworkByYear(db, definition.fiscalYear);
      if (existing && !replace)
        throw new AppError('conflict', { issues: [{ path: 'file.framework.fiscalYear', key: 'results.framework.yearTaken', params: { year: definition.fiscalYear } }] });
      if (existing) return saveFramework(db, existing.id, definition);
      return requireFramework(db, q.insertFramework(db, definition, { builtin: false, now: nowIso() }));
    })();
  },
  'frameworks.export': ({ id }, { db }): FrameworkFile => {
    ensureFrameworks(db);
    return { format: FRAMEWORK_FILE_FORMAT, version: FRAMEWORK_FILE_VERSION, exportedAt: nowIso(), framework: definitionOf(requireFramework(db, id)) };
  },
  'frameworks.delete': ({ id }, { db }) => {
    ensureFrameworks(db);
    db.transaction(() => {
      const framework = requireFramework(db, id);
      if (framework.usedBy.length > 0)
        throw new AppError('in_use', { params: { years: yearsText(framework.usedBy) }, issues: [{ path: 'id', key: 'results.framework.usedBy', params: { years: yearsText(framework.usedBy) } }] });
      q.deleteFramework(db, id);
    })();
  },

  'assessments.list': (_input, { db }) => listAssessments(db),
  'assessments.get': ({ fiscalYear }, { db }): AssessmentView => {
    ensureFrameworks(db);
    const assessment = q.getAssessment(db, fiscalYear) ?? null;
    const framework = assessment ? (q.getFramework(db, assessment.frameworkId) ?? null) : (q.frameworkForYear(db, fiscalYear) ?? null);
    return { assessment, framework, checks: assessment && framework ? assessmentChecks(assessment, framework) : null };
  },
  'assessments.save': (input, { db }) => saveAssessment(db, input),
  'assessments.patch': (input, { db }) => patchAssessment(db, input),
  'assessments.delete': ({ fiscalYear }, { db }) => {
    if (!db.transaction(() => q.deleteAssessment(db, fiscalYear))())
      throw new AppError('not_found', { params: { year: fiscalYear }, issues: [{ path: 'fiscalYear', key: 'results.noResults', params: { year: fiscalYear } }] });
  },

  'analysis.get': (input, { db }) => analyseYear(db, input.fiscalYear, analysisOptionsOf(input)),
  'results.exportXlsx': async (input, { db }) => {
    const analysis = analyseYear(db, input.fiscalYear, analysisOptionsOf(input));
    const assessment = q.getAssessment(db, input.fiscalYear)!;
    const framework = requireFramework(db, assessment.frameworkId);
    const buffer = await resultsWorkbook({ analysis, assessment, framework, language: input.language ?? 'th' });
    return { fileName: `ITA-${input.fiscalYear}.xlsx`, base64: buffer.toString('base64') };
  },
};

/** Bundle support: frameworks and assessments as plain data, and their import inside the caller's transaction. */
export function exportResults(db: Sqlite): { frameworks: BundleFramework[]; assessments: BundleAssessment[] } {
  return {
    frameworks: q.allFrameworks(db).map((f) => ({ id: f.id, builtin: f.builtin, definition: definitionOf(f) })),
    assessments: q.allAssessments(db).map(({ updatedAt: _updatedAt, ...a }) => a),
  };
}

/**
 * Writes a validated bundle's frameworks and results (tables already emptied). The built-in years the
 * bundle lacks are seeded again on first use, as in a new database; an export → import → export stays equal.
 */
export function importResults(db: Sqlite, frameworks: BundleFramework[], assessments: BundleAssessment[]): void {
  const now = nowIso();
  for (const f of frameworks) q.insertFramework(db, f.definition, { builtin: f.builtin, now, id: f.id });
  for (const a of assessments) q.putAssessment(db, a, now);
  q.forgetSeeding(db);
}
