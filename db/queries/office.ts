import { clearMeetingsData } from './meetings';
import type { Organization, Person, PersonInput, Unit, UnitInput } from '../../shared/api/office';
import type { DocumentFont, OrganizationType, PersonRole } from '../../shared/domain/office';
import type { ProvinceName } from '../../shared/domain/provinces';
import { all, first, qb, run, type Sqlite } from '../query';
import type { Selectable } from 'kysely';
import type { OrganizationRow, PersonRow } from '../schema';
import { clearMemoData } from './memos';
import { clearResultsData } from './results';
import { clearMeasuresData } from './measures';

export function getSetting(db: Sqlite, key: string): string | undefined {
  return first(db, qb.selectFrom('setting').select('value').where('key', '=', key))?.value;
}

export function putSetting(db: Sqlite, key: string, value: string): void {
  run(db, qb.insertInto('setting').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })));
}

const organizationFromRow = (row: OrganizationRow): Organization => ({
  name: row.name,
  type: row.type as OrganizationType,
  district: row.district,
  province: row.province as ProvinceName,
  phone: row.phone,
  docNumberPrefix: row.doc_number_prefix,
  thaiDigits: row.thai_digits === 1,
  documentFont: row.document_font as DocumentFont,
});

export function getOrganization(db: Sqlite): Organization | null {
  const row = first(db, qb.selectFrom('organization').selectAll().where('id', '=', 1));
  return row ? organizationFromRow(row) : null;
}

export function putOrganization(db: Sqlite, org: Organization): void {
  const values = {
    name: org.name,
    type: org.type,
    district: org.district,
    province: org.province,
    phone: org.phone,
    doc_number_prefix: org.docNumberPrefix,
    thai_digits: org.thaiDigits ? 1 : 0,
    document_font: org.documentFont,
  };
  run(db, qb.insertInto('organization').values({ id: 1, ...values }).onConflict((oc) => oc.column('id').doUpdateSet(values)));
}

const unitQuery = () =>
  qb
    .selectFrom('unit as u')
    .select((eb) => [
      'u.id',
      'u.name',
      'u.parent_id',
      'u.sort_order',
      eb.selectFrom('person as p').select(eb.fn.countAll<number>().as('n')).whereRef('p.unit_id', '=', 'u.id').as('people_count'),
      eb.selectFrom('unit as s').select(eb.fn.countAll<number>().as('n')).whereRef('s.parent_id', '=', 'u.id').as('section_count'),
    ]);

const unitFromRow = (r: { id: number; name: string; parent_id: number | null; sort_order: number; people_count: number | null; section_count: number | null }): Unit => ({
  id: r.id,
  name: r.name,
  parentId: r.parent_id,
  sortOrder: r.sort_order,
  peopleCount: Number(r.people_count),
  sectionCount: Number(r.section_count),
});

export function listUnits(db: Sqlite): Unit[] {
  const units = all(db, unitQuery().orderBy('u.sort_order').orderBy('u.id')).map(unitFromRow);
  // Top-level units in their order, each followed by its sections: the order of every list and document.
  return units.filter((u) => u.parentId === null).flatMap((top) => [top, ...units.filter((s) => s.parentId === top.id)]);
}

export function getUnit(db: Sqlite, id: number): Unit | undefined {
  const row = first(db, unitQuery().where('u.id', '=', id));
  return row ? unitFromRow(row) : undefined;
}

export function findUnitByName(db: Sqlite, name: string, parentId: number | null): number | undefined {
  const query = qb.selectFrom('unit').select('id').where('name', '=', name);
  return first(db, parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId))?.id;
}

export function nextUnitSortOrder(db: Sqlite, parentId: number | null): number {
  const query = qb.selectFrom('unit').select((eb) => eb.fn.max('sort_order').as('m'));
  const row = first(db, parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId));
  return row?.m == null ? 0 : Number(row.m) + 1;
}

export function insertUnit(db: Sqlite, unit: UnitInput & { id?: number; sortOrder: number }): number {
  return run(db, qb.insertInto('unit').values({ id: unit.id, name: unit.name, parent_id: unit.parentId, sort_order: unit.sortOrder })).lastInsertRowid;
}

export function updateUnit(db: Sqlite, id: number, unit: UnitInput): void {
  run(db, qb.updateTable('unit').set({ name: unit.name, parent_id: unit.parentId }).where('id', '=', id));
}

export function setUnitSortOrder(db: Sqlite, id: number, sortOrder: number): void {
  run(db, qb.updateTable('unit').set({ sort_order: sortOrder }).where('id', '=', id));
}

export function reassignPeople(db: Sqlite, fromUnitId: number, toUnitId: number): void {
  run(db, qb.updateTable('person').set({ unit_id: toUnitId }).where('unit_id', '=', fromUnitId));
}

export function deleteUnit(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('unit').where('id', '=', id));
}

const personFromRow = (row: Selectable<PersonRow>): Person => ({
  id: row.id,
  title: row.title,
  firstName: row.first_name,
  lastName: row.last_name,
  position: row.position,
  unitId: row.unit_id,
  role: row.role as PersonRole,
});

const personValues = (p: PersonInput) => ({
  title: p.title,
  first_name: p.firstName,
  last_name: p.lastName,
  position: p.position,
  unit_id: p.unitId,
  role: p.role,
});

export function listPeople(db: Sqlite): Person[] {
  return all(db, qb.selectFrom('person').selectAll().orderBy('id')).map(personFromRow);
}

export function getPerson(db: Sqlite, id: number): Person | undefined {
  const row = first(db, qb.selectFrom('person').selectAll().where('id', '=', id));
  return row ? personFromRow(row) : undefined;
}

export function insertPerson(db: Sqlite, person: PersonInput & { id?: number }): number {
  return run(db, qb.insertInto('person').values({ id: person.id, ...personValues(person) })).lastInsertRowid;
}

export function updatePerson(db: Sqlite, id: number, person: PersonInput): void {
  run(db, qb.updateTable('person').set(personValues(person)).where('id', '=', id));
}

export function deletePerson(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('person').where('id', '=', id));
}

/** Row counts of every table, for `info` and for reports of what a bundle or backup holds. */
export function tableCounts(db: Sqlite): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

/** Empties every office table (children first), for a bundle import or sample data that replaces all. */
export function clearOfficeData(db: Sqlite): void {
  clearMeetingsData(db);
  clearMeasuresData(db);
  clearResultsData(db);
  clearMemoData(db);
  run(db, qb.deleteFrom('person'));
  run(db, qb.deleteFrom('unit').where('parent_id', 'is not', null));
  run(db, qb.deleteFrom('unit'));
  run(db, qb.deleteFrom('organization'));
}
