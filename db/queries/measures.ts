import type { Selectable } from 'kysely';
import type { MeasureData } from '../../shared/api/measures';
import type { BuiltinLibraryMeasure } from '../../shared/measures/library';
import type { InstrumentCode } from '../../shared/ita/types';
import type { MeasureCadence, ProgressStatus, ReportingPeriod } from '../../shared/measures/types';
import { all, first, qb, run, type Sqlite } from '../query';
import type { EvidenceRow, MeasureLibraryRow, MeasureRow, ProgressEntryRow } from '../schema';

// ---------------------------------------------------------------------------------------------
// Library

/** A library measure as stored: a built-in one keeps its `key` (for "restore"); the office's own have none. */
export interface LibraryRecord extends Omit<BuiltinLibraryMeasure, 'key'> {
  id: number;
  key: string | null;
  builtin: boolean;
  updatedAt: string;
}

const libraryFromRow = (row: Selectable<MeasureLibraryRow>): LibraryRecord => ({
  id: row.id,
  key: row.key,
  instrument: row.instrument as InstrumentCode,
  indicatorNo: row.indicator_no,
  title: row.title,
  methods: JSON.parse(row.methods) as string[],
  oitItems: JSON.parse(row.oit_items) as string[],
  cadence: row.cadence as MeasureCadence,
  followUp: row.follow_up,
  builtin: row.builtin === 1,
  updatedAt: row.updated_at,
});

const libraryValues = (m: Omit<LibraryRecord, 'id'>) => ({
  key: m.key,
  instrument: m.instrument,
  indicator_no: m.indicatorNo,
  title: m.title,
  methods: JSON.stringify(m.methods),
  oit_items: JSON.stringify(m.oitItems),
  cadence: m.cadence,
  follow_up: m.followUp,
  builtin: m.builtin ? 1 : 0,
  updated_at: m.updatedAt,
});

export function listLibrary(db: Sqlite): LibraryRecord[] {
  return all(db, qb.selectFrom('measure_library').selectAll().orderBy('instrument').orderBy('indicator_no').orderBy('id')).map(libraryFromRow);
}

export function getLibrary(db: Sqlite, id: number): LibraryRecord | undefined {
  const row = first(db, qb.selectFrom('measure_library').selectAll().where('id', '=', id));
  return row ? libraryFromRow(row) : undefined;
}

export function libraryByKey(db: Sqlite, key: string): LibraryRecord | undefined {
  const row = first(db, qb.selectFrom('measure_library').selectAll().where('key', '=', key));
  return row ? libraryFromRow(row) : undefined;
}

export function insertLibrary(db: Sqlite, m: Omit<LibraryRecord, 'id'> & { id?: number }): number {
  return run(db, qb.insertInto('measure_library').values({ id: m.id, ...libraryValues(m) })).lastInsertRowid;
}

export function updateLibrary(db: Sqlite, id: number, m: Omit<LibraryRecord, 'id'>): void {
  run(db, qb.updateTable('measure_library').set(libraryValues(m)).where('id', '=', id));
}

export function deleteLibrary(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('measure_library').where('id', '=', id));
}

export function libraryUseCounts(db: Sqlite): Map<number, number> {
  const rows = all(db, qb.selectFrom('measure').select((eb) => ['library_id', eb.fn.countAll<number>().as('n')]).where('library_id', 'is not', null).groupBy('library_id'));
  return new Map(rows.map((r) => [r.library_id!, Number(r.n)]));
}

// ---------------------------------------------------------------------------------------------
// Measures

export interface MeasureRecord extends MeasureData {
  id: number;
  sortOrder: number;
  approved: boolean;
  approvalSource: string;
  createdAt: string;
  updatedAt: string;
}

function measureFromRow(row: Selectable<MeasureRow>, unitIds: number[]): MeasureRecord {
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    sourceYear: row.source_year,
    instrument: row.instrument as InstrumentCode,
    indicatorNo: row.indicator_no,
    oitItems: JSON.parse(row.oit_items) as string[],
    title: row.title,
    methods: JSON.parse(row.methods) as string[],
    unitIds,
    period: row.period_start && row.period_end ? { start: row.period_start, end: row.period_end } : null,
    cadence: row.cadence as MeasureCadence,
    followUp: row.follow_up,
    libraryId: row.library_id,
    sortOrder: row.sort_order,
    approved: row.approved === 1,
    approvalSource: row.approval_source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const measureValues = (m: Omit<MeasureRecord, 'id' | 'unitIds'>) => ({
  fiscal_year: m.fiscalYear,
  source_year: m.sourceYear,
  instrument: m.instrument,
  indicator_no: m.indicatorNo,
  oit_items: JSON.stringify(m.oitItems),
  title: m.title,
  methods: JSON.stringify(m.methods),
  period_start: m.period?.start ?? null,
  period_end: m.period?.end ?? null,
  cadence: m.cadence,
  follow_up: m.followUp,
  library_id: m.libraryId,
  sort_order: m.sortOrder,
  approved: m.approved ? 1 : 0,
  approval_source: m.approvalSource,
  created_at: m.createdAt,
  updated_at: m.updatedAt,
});

function unitIdsOf(db: Sqlite, measureIds: number[], fiscalYear?: number): Map<number, number[]> {
  const map = new Map<number, number[]>(measureIds.map((id) => [id, []]));
  if (measureIds.length === 0) return map;
  let q = qb.selectFrom('measure_unit as mu').innerJoin('measure as m', 'm.id', 'mu.measure_id').select(['mu.measure_id', 'mu.unit_id']);
  if (fiscalYear !== undefined) q = q.where('m.fiscal_year', '=', fiscalYear);
  const rows = all(db, q.orderBy('mu.measure_id').orderBy('mu.position'));
  for (const row of rows) map.get(row.measure_id)?.push(row.unit_id);
  return map;
}

/** Measures of a year (or all years) in plan order: instrument IIT/EIT/OIT, indicator, sort order, id. */
export function listMeasures(db: Sqlite, fiscalYear?: number): MeasureRecord[] {
  let q = qb.selectFrom('measure').selectAll();
  if (fiscalYear !== undefined) q = q.where('fiscal_year', '=', fiscalYear);
  const rows = all(db, q.orderBy('fiscal_year').orderBy((eb) => eb.case().when('instrument', '=', 'IIT').then(0).when('instrument', '=', 'EIT').then(1).else(2).end()).orderBy('indicator_no').orderBy('sort_order').orderBy('id'));
  const units = unitIdsOf(db, rows.map((r) => r.id), fiscalYear);
  return rows.map((row) => measureFromRow(row, units.get(row.id) ?? []));
}

export function getMeasure(db: Sqlite, id: number): MeasureRecord | undefined {
  const row = first(db, qb.selectFrom('measure').selectAll().where('id', '=', id));
  if (!row) return undefined;
  const unitIds = all(db, qb.selectFrom('measure_unit').select('unit_id').where('measure_id', '=', id).orderBy('position')).map((r) => r.unit_id);
  return measureFromRow(row, unitIds);
}

function putUnits(db: Sqlite, measureId: number, unitIds: number[]): void {
  run(db, qb.deleteFrom('measure_unit').where('measure_id', '=', measureId));
  unitIds.forEach((unitId, position) => run(db, qb.insertInto('measure_unit').values({ measure_id: measureId, unit_id: unitId, position })));
}

export function insertMeasure(db: Sqlite, m: Omit<MeasureRecord, 'id'> & { id?: number }): number {
  const id = run(db, qb.insertInto('measure').values({ id: m.id, ...measureValues(m) })).lastInsertRowid;
  putUnits(db, id, m.unitIds);
  return id;
}

export function updateMeasure(db: Sqlite, id: number, m: Omit<MeasureRecord, 'id'>): void {
  run(db, qb.updateTable('measure').set(measureValues(m)).where('id', '=', id));
  putUnits(db, id, m.unitIds);
}

export function setMeasureSortOrder(db: Sqlite, id: number, sortOrder: number): void {
  run(db, qb.updateTable('measure').set({ sort_order: sortOrder }).where('id', '=', id));
}

export function deleteMeasure(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('measure').where('id', '=', id));
}

export function nextMeasureSortOrder(db: Sqlite, fiscalYear: number): number {
  const row = first(db, qb.selectFrom('measure').select((eb) => eb.fn.max('sort_order').as('m')).where('fiscal_year', '=', fiscalYear));
  return row?.m == null ? 0 : Number(row.m) + 1;
}

export function measureYears(db: Sqlite): { fiscalYear: number; measures: number; approved: number; progressEntries: number }[] {
  const rows = all(
    db,
    qb
      .selectFrom('measure as m')
      .select((eb) => [
        'm.fiscal_year',
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>('m.approved').as('approved'),
        eb.fn.sum<number>(eb.selectFrom('progress_entry as p').select(eb.fn.countAll<number>().as('c')).whereRef('p.measure_id', '=', 'm.id')).as('entries'),
      ])
      .groupBy('m.fiscal_year')
      .orderBy('m.fiscal_year', 'desc'),
  );
  return rows.map((r) => ({ fiscalYear: r.fiscal_year, measures: Number(r.n), approved: Number(r.approved ?? 0), progressEntries: Number(r.entries ?? 0) }));
}

/** How many measures a unit is responsible for. */
export function measureCountOfUnit(db: Sqlite, unitId: number): number {
  return Number(first(db, qb.selectFrom('measure_unit').select((eb) => eb.fn.countAll<number>().as('n')).where('unit_id', '=', unitId))?.n ?? 0);
}

export function measureIdsOfUnit(db: Sqlite, unitId: number): number[] {
  return all(db, qb.selectFrom('measure_unit').select('measure_id').where('unit_id', '=', unitId)).map((r) => r.measure_id);
}

// ---------------------------------------------------------------------------------------------
// Progress entries and evidence

export interface EntryRecord {
  id: number;
  measureId: number;
  period: ReportingPeriod;
  unitId: number;
  result: string;
  suggestion: string;
  status: ProgressStatus;
  droppedReason: string;
  updatedAt: string;
}

const entryFromRow = (row: Selectable<ProgressEntryRow>): EntryRecord => ({
  id: row.id,
  measureId: row.measure_id,
  period: row.period as ReportingPeriod,
  unitId: row.unit_id,
  result: row.result,
  suggestion: row.suggestion,
  status: row.status as ProgressStatus,
  droppedReason: row.dropped_reason,
  updatedAt: row.updated_at,
});

export function listEntries(db: Sqlite, filter: { fiscalYear?: number; measureId?: number; period?: string; unitId?: number } = {}): EntryRecord[] {
  let q = qb.selectFrom('progress_entry as p').innerJoin('measure as m', 'm.id', 'p.measure_id').selectAll('p');
  if (filter.fiscalYear !== undefined) q = q.where('m.fiscal_year', '=', filter.fiscalYear);
  if (filter.measureId !== undefined) q = q.where('p.measure_id', '=', filter.measureId);
  if (filter.period !== undefined) q = q.where('p.period', '=', filter.period);
  if (filter.unitId !== undefined) q = q.where('p.unit_id', '=', filter.unitId);
  return all(db, q.orderBy('p.measure_id').orderBy('p.id')).map(entryFromRow);
}

export function getEntry(db: Sqlite, id: number): EntryRecord | undefined {
  const row = first(db, qb.selectFrom('progress_entry').selectAll().where('id', '=', id));
  return row ? entryFromRow(row) : undefined;
}

export function findEntry(db: Sqlite, measureId: number, period: string, unitId: number): EntryRecord | undefined {
  const row = first(db, qb.selectFrom('progress_entry').selectAll().where('measure_id', '=', measureId).where('period', '=', period).where('unit_id', '=', unitId));
  return row ? entryFromRow(row) : undefined;
}

const entryValues = (e: Omit<EntryRecord, 'id'>) => ({
  measure_id: e.measureId,
  period: e.period,
  unit_id: e.unitId,
  result: e.result,
  suggestion: e.suggestion,
  status: e.status,
  dropped_reason: e.droppedReason,
  updated_at: e.updatedAt,
});

export function insertEntry(db: Sqlite, e: Omit<EntryRecord, 'id'> & { id?: number }): number {
  return run(db, qb.insertInto('progress_entry').values({ id: e.id, ...entryValues(e) })).lastInsertRowid;
}

export function updateEntry(db: Sqlite, id: number, e: Omit<EntryRecord, 'id'>): void {
  run(db, qb.updateTable('progress_entry').set(entryValues(e)).where('id', '=', id));
}

export function setEntryUnit(db: Sqlite, id: number, unitId: number): void {
  run(db, qb.updateTable('progress_entry').set({ unit_id: unitId }).where('id', '=', id));
}

export function deleteEntry(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('progress_entry').where('id', '=', id));
}

export interface EvidenceRecord {
  id: number;
  entryId: number;
  kind: 'file' | 'url';
  name: string;
  url: string | null;
  file: string | null;
  mimeType: string;
  size: number | null;
  sha256: string | null;
  addedAt: string;
}

const evidenceFromRow = (row: Selectable<EvidenceRow>): EvidenceRecord => ({
  id: row.id,
  entryId: row.entry_id,
  kind: row.kind as 'file' | 'url',
  name: row.name,
  url: row.url,
  file: row.file,
  mimeType: row.mime_type,
  size: row.size,
  sha256: row.sha256,
  addedAt: row.added_at,
});

export function listEvidence(db: Sqlite, entryIds?: number[]): EvidenceRecord[] {
  let q = qb.selectFrom('evidence').selectAll();
  if (entryIds) {
    if (entryIds.length === 0) return [];
    q = q.where('entry_id', 'in', entryIds);
  }
  return all(db, q.orderBy('entry_id').orderBy('id')).map(evidenceFromRow);
}

export function getEvidence(db: Sqlite, id: number): EvidenceRecord | undefined {
  const row = first(db, qb.selectFrom('evidence').selectAll().where('id', '=', id));
  return row ? evidenceFromRow(row) : undefined;
}

export function insertEvidence(db: Sqlite, e: Omit<EvidenceRecord, 'id'> & { id?: number }): number {
  return run(
    db,
    qb.insertInto('evidence').values({ id: e.id, entry_id: e.entryId, kind: e.kind, name: e.name, url: e.url, file: e.file, mime_type: e.mimeType, size: e.size, sha256: e.sha256, added_at: e.addedAt }),
  ).lastInsertRowid;
}

export function deleteEvidence(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('evidence').where('id', '=', id));
}

/** How many evidence rows use a stored file (files are shared by content hash). */
export function evidenceFileUses(db: Sqlite, file: string): number {
  return Number(first(db, qb.selectFrom('evidence').select((eb) => eb.fn.countAll<number>().as('n')).where('file', '=', file))?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Export options

export function getExportOptions(db: Sqlite, kind: 'plan' | 'progress', fiscalYear: number, period = ''): { options: unknown; exportedAt: string | null } | undefined {
  const row = first(db, qb.selectFrom('measure_export').selectAll().where('kind', '=', kind).where('fiscal_year', '=', fiscalYear).where('period', '=', period));
  return row ? { options: JSON.parse(row.options) as unknown, exportedAt: row.exported_at } : undefined;
}

export function putExportOptions(db: Sqlite, kind: 'plan' | 'progress', fiscalYear: number, period: string, options: unknown, exportedAt: string | null, now: string): void {
  const values = { options: JSON.stringify(options), updated_at: now, ...(exportedAt ? { exported_at: exportedAt } : {}) };
  run(
    db,
    qb
      .insertInto('measure_export')
      .values({ kind, fiscal_year: fiscalYear, period, exported_at: exportedAt, ...values })
      .onConflict((oc) => oc.columns(['kind', 'fiscal_year', 'period']).doUpdateSet(values)),
  );
}

export function listExportOptions(db: Sqlite): { kind: 'plan' | 'progress'; fiscalYear: number; period: string; options: unknown; exportedAt: string | null; updatedAt: string }[] {
  return all(db, qb.selectFrom('measure_export').selectAll().orderBy('kind').orderBy('fiscal_year').orderBy('period')).map((r) => ({
    kind: r.kind as 'plan' | 'progress',
    fiscalYear: r.fiscal_year,
    period: r.period,
    options: JSON.parse(r.options) as unknown,
    exportedAt: r.exported_at,
    updatedAt: r.updated_at,
  }));
}

/** Empties the measures tables, children first; called first by `clearOfficeData`. */
export function clearMeasuresData(db: Sqlite): void {
  run(db, qb.deleteFrom('evidence'));
  run(db, qb.deleteFrom('progress_entry'));
  run(db, qb.deleteFrom('measure_unit'));
  run(db, qb.deleteFrom('measure'));
  run(db, qb.deleteFrom('measure_library'));
  run(db, qb.deleteFrom('measure_export'));
}
