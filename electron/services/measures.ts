/**
 * Measures of a plan year and the office's measure library: CRUD, bulk reassign, start from last
 * year, approval, the plan wizard's inputs and the dashboard. Progress and evidence live in
 * measuresProgress.ts, the Word exports in measuresExport.ts, the bundle part in measuresBundle.ts.
 */
import * as q from '../../db/queries/measures';
import { listUnits, getSetting, putSetting } from '../../db/queries/office';
import { frameworkForYear } from '../../db/queries/results';
import type { Sqlite } from '../../db/query';
import { AppError, type FieldIssue } from '../../shared/api/errors';
import type { LibraryMeasure, Measure, MeasureData, measuresApi, PlanInputs } from '../../shared/api/measures';
import type { Framework, InstrumentCode } from '../../shared/ita/types';
import { BUILTIN_LIBRARY } from '../../shared/measures/library';
import { dashboardFigures, measureOverdue, measureStatus, reportingPeriodsOf, todayIso } from '../../shared/measures/progress';
import type { Handlers } from './dispatch';
import { analyseYear, ensureFrameworks } from './results';
import { progressHandlers } from './measuresProgress';
import { exportHandlers } from './measuresExport';
import { removeEvidenceFiles } from './evidenceFiles';

const nowIso = () => new Date().toISOString();
export const LIBRARY_SEEDED = 'measureLibrary.seeded';

// ---------------------------------------------------------------------------------------------
// Library

/** The built-in library is seeded on first use (not by the migration): it is data, the office edits it. */
export function ensureLibrary(db: Sqlite): void {
  if (getSetting(db, LIBRARY_SEEDED) === '1') return;
  db.transaction(() => {
    const now = nowIso();
    for (const m of BUILTIN_LIBRARY) if (!q.libraryByKey(db, m.key)) q.insertLibrary(db, { ...m, builtin: true, updatedAt: now });
    putSetting(db, LIBRARY_SEEDED, '1');
  })();
}

function libraryView(record: q.LibraryRecord, uses: Map<number, number>): LibraryMeasure {
  const { key: _key, ...rest } = record;
  return { ...rest, usedCount: uses.get(record.id) ?? 0 };
}

export function listLibrary(db: Sqlite, filter: { instrument?: InstrumentCode; indicatorNo?: number } = {}): LibraryMeasure[] {
  ensureLibrary(db);
  const uses = q.libraryUseCounts(db);
  return q
    .listLibrary(db)
    .filter((m) => (!filter.instrument || m.instrument === filter.instrument) && (filter.indicatorNo === undefined || m.indicatorNo === filter.indicatorNo))
    .map((m) => libraryView(m, uses));
}

function requireLibrary(db: Sqlite, id: number): q.LibraryRecord {
  ensureLibrary(db);
  const found = q.getLibrary(db, id);
  if (!found) throw new AppError('not_found', { params: { id } });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Measures

function requireMeasureRecord(db: Sqlite, id: number): q.MeasureRecord {
  const found = q.getMeasure(db, id);
  if (!found) throw new AppError('not_found', { params: { id } });
  return found;
}

/** Frameworks by year, looked up once per call. */
function frameworkLookup(db: Sqlite): (year: number) => Framework | undefined {
  ensureFrameworks(db);
  const cache = new Map<number, Framework | undefined>();
  return (year) => {
    if (!cache.has(year)) cache.set(year, frameworkForYear(db, year));
    return cache.get(year);
  };
}

/** The derived parts of measures: unit names, indicator name, status, overdue, periods. */
export function measureViews(db: Sqlite, records: q.MeasureRecord[], today = todayIso()): Measure[] {
  if (records.length === 0) return [];
  const unitNames = new Map(listUnits(db).map((u) => [u.id, u.name]));
  const framework = frameworkLookup(db);
  const years = new Set(records.map((r) => r.fiscalYear));
  // Each measure's progress entries, grouped in one pass (in the order they were listed).
  const entriesOf = new Map<number, q.EntryRecord[]>();
  for (const fiscalYear of years)
    for (const e of q.listEntries(db, { fiscalYear })) {
      const list = entriesOf.get(e.measureId);
      if (list) list.push(e);
      else entriesOf.set(e.measureId, [e]);
    }
  return records.map((m) => {
    const own = entriesOf.get(m.id) ?? [];
    const indicator = m.indicatorNo === null ? undefined : framework(m.sourceYear ?? m.fiscalYear)?.indicators.find((i) => i.no === m.indicatorNo);
    return {
      ...m,
      indicatorName: indicator?.name ?? null,
      units: m.unitIds.map((id) => ({ id, name: unitNames.get(id) ?? '' })),
      status: measureStatus(m, own),
      overdue: measureOverdue(m, own, today),
      reportingPeriods: reportingPeriodsOf(m.fiscalYear, m.cadence, m.period),
      progressCount: own.length,
    };
  });
}

export function measureView(db: Sqlite, id: number, today?: string): Measure {
  return measureViews(db, [requireMeasureRecord(db, id)], today)[0]!;
}

/** Checks a measure's references (units, indicator, library); throws `validation` naming each field under `prefix`. */
function checkMeasure(db: Sqlite, m: MeasureData, prefix: string, lookup: (year: number) => Framework | undefined, unitIds: Set<number>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  m.unitIds.forEach((unitId, i) => {
    if (!unitIds.has(unitId)) issues.push({ path: at(`unitIds.${i}`), key: 'validation.unknownReference', params: { value: unitId } });
    if (m.unitIds.indexOf(unitId) !== i) issues.push({ path: at(`unitIds.${i}`), key: 'validation.duplicate', params: { value: unitId } });
  });
  if (m.indicatorNo !== null) {
    const framework = lookup(m.sourceYear ?? m.fiscalYear);
    const indicator = framework?.indicators.find((i) => i.no === m.indicatorNo);
    if (framework && (!indicator || indicator.instrument !== m.instrument))
      issues.push({ path: at('indicatorNo'), key: 'validation.unknownIndicator', params: { value: m.indicatorNo } });
  }
  if (m.libraryId !== null && !q.getLibrary(db, m.libraryId)) issues.push({ path: at('libraryId'), key: 'validation.unknownReference', params: { value: m.libraryId } });
  return issues;
}

const unique = <T>(values: T[]) => [...new Set(values)];

function createMeasures(db: Sqlite, inputs: MeasureData[], prefix: (i: number) => string): Measure[] {
  return db.transaction(() => {
    const lookup = frameworkLookup(db);
    const unitIds = new Set(listUnits(db).map((u) => u.id));
    const issues = inputs.flatMap((m, i) => checkMeasure(db, m, prefix(i), lookup, unitIds));
    if (issues.length) throw new AppError('validation', { issues });
    const now = nowIso();
    const ids = inputs.map((m) =>
      q.insertMeasure(db, { ...m, oitItems: unique(m.oitItems), sortOrder: q.nextMeasureSortOrder(db, m.fiscalYear), approved: false, approvalSource: '', createdAt: now, updatedAt: now }),
    );
    return measureViews(db, ids.map((id) => requireMeasureRecord(db, id)));
  })();
}

/**
 * Moves a unit's responsibility (and its progress) to another unit in some measures. Where the
 * target already reported the same period of a measure, nothing moves and `conflict` names it.
 */
export function reassignUnit(db: Sqlite, measureIds: number[], fromUnitId: number, toUnitId: number): void {
  const conflicts: FieldIssue[] = [];
  for (const measureId of measureIds) {
    const measure = requireMeasureRecord(db, measureId);
    if (!measure.unitIds.includes(fromUnitId)) continue;
    const unitIds = unique(measure.unitIds.map((u) => (u === fromUnitId ? toUnitId : u)));
    for (const entry of q.listEntries(db, { measureId, unitId: fromUnitId })) {
      if (q.findEntry(db, measureId, entry.period, toUnitId)) {
        conflicts.push({ path: `ids.${measureIds.indexOf(measureId)}`, key: 'validation.reassignConflict', params: { value: `${measure.title} (${entry.period})` } });
        continue;
      }
      q.setEntryUnit(db, entry.id, toUnitId);
    }
    q.updateMeasure(db, measureId, { ...measure, unitIds, updatedAt: nowIso() });
  }
  if (conflicts.length) throw new AppError('conflict', { issues: conflicts });
}

/** Deletes a measure with its progress and evidence rows; returns the evidence files that lost their last use. */
export function deleteMeasureDeep(db: Sqlite, id: number): string[] {
  const files: string[] = [];
  for (const entry of q.listEntries(db, { measureId: id })) {
    for (const evidence of q.listEvidence(db, [entry.id])) {
      q.deleteEvidence(db, evidence.id);
      if (evidence.file && q.evidenceFileUses(db, evidence.file) === 0) files.push(evidence.file);
    }
    q.deleteEntry(db, entry.id);
  }
  q.deleteMeasure(db, id);
  return files;
}

// ---------------------------------------------------------------------------------------------
// Plan wizard inputs

export function planInputs(db: Sqlite, assessmentYear: number, options: { target?: number; oitThreshold?: number; eiThreshold?: number }): PlanInputs {
  const analysis = analyseYear(db, assessmentYear, options);
  const library = listLibrary(db);
  const planYear = assessmentYear + 1;
  const measures = q.listMeasures(db, planYear);
  const recommendations = Object.fromEntries(analysis.instruments.map((i) => [i.code, i.recommendation])) as PlanInputs['recommendations'];
  const lowest = new Map<InstrumentCode, number>();
  for (const i of analysis.indicators) if (i.score !== null && i.score < (lowest.get(i.instrument) ?? Infinity)) lowest.set(i.instrument, i.score);
  return {
    assessmentYear,
    planYear,
    score: analysis.score,
    grade: analysis.grade,
    indicators: analysis.indicators.map((i) => ({
      ...i,
      lowestOfInstrument: i.score !== null && lowest.get(i.instrument) === i.score,
      recommendation: recommendations[i.instrument] ?? '',
      suggestions: library.filter((m) => m.instrument === i.instrument && m.indicatorNo === i.no),
      measureIds: measures.filter((m) => m.indicatorNo === i.no && m.instrument === i.instrument).map((m) => m.id),
    })),
    items: analysis.weakItems.map((item) => ({
      ...item,
      recommendation: recommendations[item.instrument] ?? '',
      suggestions: library.filter((m) => m.oitItems.includes(item.code) || (m.instrument === item.instrument && m.indicatorNo === item.indicatorNo)),
      measureIds: measures.filter((m) => m.oitItems.includes(item.code)).map((m) => m.id),
    })),
    recommendations,
    analysis,
  };
}

type Channel = keyof typeof measuresApi;
type CoreChannel = Extract<Channel, `measureLibrary.${string}` | `measures.${string}`>;

const coreHandlers: Pick<Handlers, CoreChannel> = {
  'measureLibrary.list': (filter, { db }) => listLibrary(db, filter),
  'measureLibrary.create': (input, { db }) => {
    ensureLibrary(db);
    const id = q.insertLibrary(db, { ...input, key: null, oitItems: unique(input.oitItems), builtin: false, updatedAt: nowIso() });
    return listLibrary(db).find((m) => m.id === id)!;
  },
  'measureLibrary.update': ({ id, ...input }, { db }) => {
    const before = requireLibrary(db, id);
    q.updateLibrary(db, id, { ...input, key: before.key, oitItems: unique(input.oitItems), builtin: before.builtin, updatedAt: nowIso() });
    return listLibrary(db).find((m) => m.id === id)!;
  },
  'measureLibrary.delete': ({ id }, { db }) => {
    requireLibrary(db, id);
    q.deleteLibrary(db, id);
  },
  'measureLibrary.restoreBuiltins': (_input, { db }) => {
    ensureLibrary(db);
    db.transaction(() => {
      const now = nowIso();
      for (const m of BUILTIN_LIBRARY) {
        const found = q.libraryByKey(db, m.key);
        if (found) q.updateLibrary(db, found.id, { ...m, builtin: true, updatedAt: now });
        else q.insertLibrary(db, { ...m, builtin: true, updatedAt: now });
      }
    })();
    return listLibrary(db);
  },

  'measures.years': (_input, { db }) => q.measureYears(db),
  'measures.list': ({ fiscalYear, instrument, indicatorNo, unitId, status, overdue, sort, today }, { db }) => {
    const views = measureViews(db, q.listMeasures(db, fiscalYear), today).filter(
      (m) =>
        (!instrument || m.instrument === instrument) &&
        (indicatorNo === undefined || m.indicatorNo === indicatorNo) &&
        (unitId === undefined || m.unitIds.includes(unitId)) &&
        (!status || m.status === status) &&
        (overdue === undefined || m.overdue === overdue),
    );
    const order = ['notStarted', 'inProgress', 'done', 'dropped'];
    if (sort === 'title') views.sort((a, b) => a.title.localeCompare(b.title, 'th'));
    else if (sort === 'status') views.sort((a, b) => Number(b.overdue) - Number(a.overdue) || order.indexOf(a.status) - order.indexOf(b.status));
    else if (sort === 'updated') views.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return views;
  },
  'measures.get': ({ id, today }, { db }) => measureView(db, id, today),
  'measures.create': (input, { db }) => createMeasures(db, [input], () => '')[0]!,
  'measures.createMany': ({ measures }, { db }) => createMeasures(db, measures, (i) => `measures.${i}`),
  'measures.update': ({ id, ...input }, { db }) =>
    db.transaction(() => {
      const before = requireMeasureRecord(db, id);
      const issues = checkMeasure(db, input, '', frameworkLookup(db), new Set(listUnits(db).map((u) => u.id)));
      // A unit taken off the measure may not leave its reports behind: reassign them first.
      const dropped = before.unitIds.filter((u) => !input.unitIds.includes(u));
      for (const unitId of dropped) {
        const n = q.listEntries(db, { measureId: id, unitId }).length;
        if (n > 0) issues.push({ path: 'unitIds', key: 'validation.unitHasProgress', params: { value: unitId, entries: n } });
      }
      // Reports of periods the new cadence or period no longer has would be orphaned.
      const periods = reportingPeriodsOf(input.fiscalYear, input.cadence, input.period);
      const orphans = q.listEntries(db, { measureId: id }).filter((e) => !periods.includes(e.period));
      if (orphans.length) issues.push({ path: 'cadence', key: 'validation.periodHasProgress', params: { value: unique(orphans.map((e) => e.period)).join(', ') } });
      if (issues.length) throw new AppError('validation', { issues });
      q.updateMeasure(db, id, { ...before, ...input, oitItems: unique(input.oitItems), updatedAt: nowIso() });
      return measureView(db, id);
    })(),
  'measures.delete': ({ id, withProgress }, ctx) => {
    const { db } = ctx;
    const files = db.transaction(() => {
      requireMeasureRecord(db, id);
      const entries = q.listEntries(db, { measureId: id }).length;
      if (entries > 0 && !withProgress) throw new AppError('in_use', { params: { entries } });
      return deleteMeasureDeep(db, id);
    })();
    removeEvidenceFiles(ctx.dataDir, files);
  },
  'measures.move': ({ id, direction }, { db }) =>
    db.transaction(() => {
      const measure = requireMeasureRecord(db, id);
      const siblings = q.listMeasures(db, measure.fiscalYear).filter((m) => m.instrument === measure.instrument && m.indicatorNo === measure.indicatorNo);
      const from = siblings.findIndex((m) => m.id === id);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (to >= 0 && to < siblings.length) {
        const orders = siblings.map((m) => m.sortOrder).sort((a, b) => a - b);
        [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
        // Distinct orders, kept in the slots the group already used.
        siblings.forEach((m, i) => q.setMeasureSortOrder(db, m.id, orders[i]! + (i > 0 && orders[i]! <= orders[i - 1]! ? i : 0)));
      }
      return measureViews(db, q.listMeasures(db, measure.fiscalYear));
    })(),
  'measures.reassignUnits': ({ ids, fromUnitId, toUnitId }, { db }) =>
    db.transaction(() => {
      if (!listUnits(db).some((u) => u.id === toUnitId))
        throw new AppError('validation', { issues: [{ path: 'toUnitId', key: 'validation.unknownReference', params: { value: toUnitId } }] });
      const records = ids.map((id) => requireMeasureRecord(db, id));
      if (fromUnitId !== null) reassignUnit(db, ids, fromUnitId, toUnitId);
      else
        for (const m of records) {
          for (const unitId of m.unitIds.filter((u) => u !== toUnitId)) reassignUnit(db, [m.id], unitId, toUnitId);
        }
      return measureViews(db, ids.map((id) => requireMeasureRecord(db, id)));
    })(),
  'measures.copyFromYear': ({ fromYear, toYear, append }, { db }) =>
    db.transaction(() => {
      if (fromYear === toYear) throw new AppError('validation', { issues: [{ path: 'toYear', key: 'validation.invalid' }] });
      const source = q.listMeasures(db, fromYear);
      if (source.length === 0) throw new AppError('not_found', { params: { year: fromYear } });
      if (!append && q.listMeasures(db, toYear).length > 0) throw new AppError('conflict', { params: { year: toYear } });
      const shift = (month: string) => `${Number(month.slice(0, 4)) + (toYear - fromYear)}${month.slice(4)}`;
      const now = nowIso();
      let order = q.nextMeasureSortOrder(db, toYear);
      const ids = source.map((m) =>
        q.insertMeasure(db, {
          ...m,
          id: undefined,
          fiscalYear: toYear,
          sourceYear: m.sourceYear === null ? null : m.sourceYear + (toYear - fromYear),
          period: m.period ? { start: shift(m.period.start), end: shift(m.period.end) } : null,
          sortOrder: order++,
          approved: false,
          approvalSource: '',
          createdAt: now,
          updatedAt: now,
        }),
      );
      return { fromYear, toYear, created: measureViews(db, ids.map((id) => requireMeasureRecord(db, id))) };
    })(),
  'measures.setApproval': ({ ids, approved, source }, { db }) =>
    db.transaction(() => {
      const now = nowIso();
      for (const id of ids) {
        const m = requireMeasureRecord(db, id);
        q.updateMeasure(db, id, { ...m, approved, approvalSource: approved ? source : '', updatedAt: now });
      }
      return measureViews(db, ids.map((id) => requireMeasureRecord(db, id)));
    })(),
  'measures.planInputs': ({ assessmentYear, ...options }, { db }) => planInputs(db, assessmentYear, options),
  'measures.dashboard': ({ fiscalYear, today }, { db }) => {
    const records = q.listMeasures(db, fiscalYear);
    const entries = q.listEntries(db, { fiscalYear });
    return dashboardFigures(
      fiscalYear,
      records.map((m) => ({ ...m, entries: entries.filter((e) => e.measureId === m.id) })),
      listUnits(db),
      today ?? todayIso(),
    );
  },
};

export const measuresHandlers: Pick<Handlers, Channel> = { ...coreHandlers, ...progressHandlers, ...exportHandlers };
