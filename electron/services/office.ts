import * as q from '../../db/queries/office';
import { measureCountOfUnit, measureIdsOfUnit } from '../../db/queries/measures';
import type { Sqlite } from '../../db/query';
import type { officeApi, PersonInput, UnitInput } from '../../shared/api/office';
import { AppError } from '../../shared/api/errors';
import type { Handlers } from './dispatch';
import { importBundle } from './bundle';
import { sampleBundle } from '../../shared/sampleBundle';
import { reassignUnit } from './measures';

const LANGUAGE_KEY = 'language';

function requireUnit(db: Sqlite, id: number) {
  const unit = q.getUnit(db, id);
  if (!unit) throw new AppError('not_found', { params: { id } });
  return unit;
}

/** Sections (ฝ่าย) hang one level under a top-level unit; names are unique within their parent. */
function checkUnit(db: Sqlite, unit: UnitInput, selfId?: number): void {
  if (unit.parentId !== null) {
    const parent = q.getUnit(db, unit.parentId);
    if (!parent || parent.parentId !== null || parent.id === selfId)
      throw new AppError('validation', { issues: [{ path: 'parentId', key: 'validation.unknownReference', params: { value: unit.parentId } }] });
    if (selfId !== undefined && requireUnit(db, selfId).sectionCount > 0)
      throw new AppError('validation', { issues: [{ path: 'parentId', key: 'units.sectionsCannotNest' }] });
  }
  const existing = q.findUnitByName(db, unit.name, unit.parentId);
  if (existing !== undefined && existing !== selfId) throw new AppError('conflict', { issues: [{ path: 'name', key: 'validation.duplicate', params: { value: unit.name } }] });
}

function checkPerson(db: Sqlite, person: PersonInput): void {
  if (person.unitId !== null && !q.getUnit(db, person.unitId))
    throw new AppError('validation', { issues: [{ path: 'unitId', key: 'validation.unknownReference', params: { value: person.unitId } }] });
}

export const officeHandlers: Pick<Handlers, keyof typeof officeApi> = {
  'app.info': (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    dataDir: ctx.dataDir,
    setupDone: q.getOrganization(ctx.db) !== null,
    language: q.getSetting(ctx.db, LANGUAGE_KEY) === 'en' ? 'en' : 'th',
  }),
  'settings.setLanguage': ({ language }, { db }) => {
    q.putSetting(db, LANGUAGE_KEY, language);
    return language;
  },
  'organization.get': (_input, { db }) => q.getOrganization(db),
  'organization.save': (org, { db }) => {
    if (!q.getOrganization(db)) throw new AppError('setup_required');
    q.putOrganization(db, org);
    return org;
  },
  'setup.complete': ({ organization, units }, { db }) => {
    if (q.getOrganization(db)) throw new AppError('conflict');
    db.transaction(() => {
      q.putOrganization(db, organization);
      units.forEach((unit, i) => {
        if (q.findUnitByName(db, unit.name, null) !== undefined) return;
        const parentId = q.insertUnit(db, { name: unit.name, parentId: null, sortOrder: i });
        unit.sections.forEach((name, j) => {
          if (q.findUnitByName(db, name, parentId) === undefined) q.insertUnit(db, { name, parentId, sortOrder: j });
        });
      });
    })();
    return organization;
  },
  'sample.load': ({ replace }, ctx) => {
    if (!replace && q.getOrganization(ctx.db)) throw new AppError('conflict');
    importBundle(ctx, sampleBundle(ctx.appVersion));
    return q.getOrganization(ctx.db)!;
  },
  'units.list': (_input, { db }) => q.listUnits(db),
  'units.create': (unit, { db }) =>
    db.transaction(() => {
      checkUnit(db, unit);
      return requireUnit(db, q.insertUnit(db, { ...unit, sortOrder: q.nextUnitSortOrder(db, unit.parentId) }));
    })(),
  'units.update': ({ id, ...unit }, { db }) =>
    db.transaction(() => {
      const before = requireUnit(db, id);
      checkUnit(db, unit, id);
      // A unit moved under another parent goes last among its new siblings.
      const movedTo = before.parentId !== unit.parentId ? q.nextUnitSortOrder(db, unit.parentId) : undefined;
      q.updateUnit(db, id, unit);
      if (movedTo !== undefined) q.setUnitSortOrder(db, id, movedTo);
      return requireUnit(db, id);
    })(),
  'units.move': ({ id, direction }, { db }) =>
    db.transaction(() => {
      const unit = requireUnit(db, id);
      const siblings = q.listUnits(db).filter((u) => u.parentId === unit.parentId);
      const from = siblings.findIndex((u) => u.id === id);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (to >= 0 && to < siblings.length) {
        [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
        siblings.forEach((u, i) => q.setUnitSortOrder(db, u.id, i));
      }
      return q.listUnits(db);
    })(),
  'units.delete': ({ id, reassignTo }, { db }) =>
    db.transaction(() => {
      const unit = requireUnit(db, id);
      if (unit.sectionCount > 0) throw new AppError('in_use', { params: { sections: unit.sectionCount } });
      // Measures the unit is responsible for (and its progress reports) move with its people.
      const measures = measureCountOfUnit(db, id);
      if (unit.peopleCount > 0 || measures > 0) {
        if (reassignTo === null)
          throw new AppError('in_use', { params: { ...(unit.peopleCount > 0 ? { people: unit.peopleCount } : {}), ...(measures > 0 ? { measures } : {}) } });
        if (reassignTo === id || !q.getUnit(db, reassignTo))
          throw new AppError('validation', { issues: [{ path: 'reassignTo', key: 'validation.unknownReference', params: { value: reassignTo } }] });
        q.reassignPeople(db, id, reassignTo);
        if (measures > 0) reassignUnit(db, measureIdsOfUnit(db, id), id, reassignTo);
      }
      q.deleteUnit(db, id);
    })(),
  'people.list': (_input, { db }) => q.listPeople(db),
  'people.create': (person, { db }) =>
    db.transaction(() => {
      checkPerson(db, person);
      return q.getPerson(db, q.insertPerson(db, person))!;
    })(),
  'people.update': ({ id, ...person }, { db }) =>
    db.transaction(() => {
      if (!q.getPerson(db, id)) throw new AppError('not_found', { params: { id } });
      checkPerson(db, person);
      q.updatePerson(db, id, person);
      return q.getPerson(db, id)!;
    })(),
  'people.delete': ({ id }, { db }) => {
    if (!q.getPerson(db, id)) throw new AppError('not_found', { params: { id } });
    q.deletePerson(db, id);
  },
};
