import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../electron/services/context';
import { tableCounts } from '../../../db/queries/office';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle } from '../../../shared/bundle';
import { translate } from '../../../shared/i18n';
import { sampleBundle } from '../../../shared/sampleBundle';
import { call, failure, freshContext, issueMap, ok, ORGANIZATION } from './helpers';

/** An export without its timestamp: two exports of the same data compare equal. */
async function snapshot(ctx: AppContext) {
  const { exportedAt: _ignored, ...rest } = await ok(ctx, 'bundle.export', {});
  return { bundle: rest, counts: tableCounts(ctx.db) };
}

/** An office with a bit of everything: language, organisation, units with a section, people in and out of units. */
async function populated(): Promise<AppContext> {
  const ctx = freshContext();
  await ok(ctx, 'setup.complete', { organization: ORGANIZATION, units: [{ name: 'สำนักปลัด', sections: ['ฝ่ายปกครอง'] }, { name: 'กองคลัง', sections: [] }] });
  await ok(ctx, 'settings.setLanguage', { language: 'en' });
  const units = await ok(ctx, 'units.list', {});
  await ok(ctx, 'units.move', { id: units.find((u) => u.name === 'กองคลัง')!.id, direction: 'up' });
  await ok(ctx, 'people.create', { title: 'นาย', firstName: 'ประเสริฐ', lastName: 'ศรีสวัสดิ์', position: 'นายก', unitId: null, role: 'chief_executive' });
  await ok(ctx, 'people.create', { title: '', firstName: 'สมหญิง', lastName: '', position: 'เจ้าพนักงานธุรการ', unitId: units.find((u) => u.name === 'ฝ่ายปกครอง')!.id, role: 'staff' });
  return ctx;
}

const validBundle = (): Bundle => structuredClone(sampleBundle('0.0.0'));
/** Index of the n-th section (a unit with a parent) and of the n-th person with a unit, in the sample. */
const sectionAt = (n: number) => validBundle().units.map((u, i) => (u.parentId !== null ? i : -1)).filter((i) => i >= 0)[n]!;
const personInUnitAt = (n: number) => validBundle().people.map((p, i) => (p.unitId !== null ? i : -1)).filter((i) => i >= 0)[n]!;
/** Exports list units in tree order (each unit followed by its sections); compare as sets by id. */
const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

describe('data bundle', () => {
  it('export → import into a fresh office → export gives the same data', async () => {
    const source = await populated();
    const exported = await ok(source, 'bundle.export', {});
    expect(exported).toMatchObject({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, appVersion: source.appVersion, settings: { language: 'en' } });
    expect(bundleSchema.safeParse(exported).success).toBe(true);

    const target = freshContext();
    // Through JSON, as a file on disk carries it.
    const counts = await ok(target, 'bundle.import', { bundle: JSON.parse(JSON.stringify(exported)) });
    expect(counts).toMatchObject({ organization: ORGANIZATION.name, units: 3, people: 2 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await ok(target, 'units.list', {})).toEqual(await ok(source, 'units.list', {}));
    expect((await ok(target, 'app.info', {})).language).toBe('en');
  });

  it('import replaces everything that was there', async () => {
    const ctx = await populated();
    await ok(ctx, 'bundle.import', { bundle: validBundle() });
    const after = await ok(ctx, 'bundle.export', {});
    const sample = validBundle();
    expect(after.organization).toEqual(sample.organization);
    expect(byId(after.units)).toEqual(byId(sample.units));
    expect(after.people).toEqual(sample.people);
  });

  it('an empty office exports and re-imports as empty', async () => {
    const ctx = freshContext();
    const exported = await ok(ctx, 'bundle.export', {});
    expect(exported).toMatchObject({ organization: null, units: [], people: [] });
    await ok(ctx, 'bundle.import', { bundle: exported });
    expect((await ok(ctx, 'app.info', {})).setupDone).toBe(false);
  });

  const withUnits = (change: (b: Bundle) => void) => {
    const b = validBundle();
    change(b);
    return b;
  };

  it.each<[string, unknown, Record<string, string>]>([
    ['not an object', 'hello', { format: 'bundle.foreign' }],
    ['null', null, { format: 'bundle.foreign' }],
    ['an array', [1, 2, 3], { format: 'bundle.foreign' }],
    ['a foreign format', { format: 'excel-export', version: 1, rows: [] }, { format: 'bundle.foreign' }],
    ['no format at all', { version: 1, units: [] }, { format: 'bundle.foreign' }],
    ['a newer version', { ...validBundle(), version: BUNDLE_VERSION + 1 }, { version: 'bundle.newer' }],
    ['a version that is not a number', { ...validBundle(), version: 'one' }, { format: 'bundle.foreign' }],
    ['an older unknown version 0', { ...validBundle(), version: 0 }, { version: 'validation.notInList' }],
    ['a missing units list', (() => { const { units: _u, ...b } = validBundle(); return b; })(), { units: 'validation.required' }],
    ['an unknown top-level key', { ...validBundle(), zzzUnknownRecords: [] }, { '': 'validation.unknownField' }],
    ['duplicate unit ids', withUnits((b) => { b.units[1]!.id = b.units[0]!.id; }), { 'units.1.id': 'validation.duplicate' }],
    ['duplicate person ids', withUnits((b) => { b.people[2]!.id = b.people[0]!.id; }), { 'people.2.id': 'validation.duplicate' }],
    ['duplicate unit names in one parent', withUnits((b) => { b.units[2]!.name = b.units[1]!.name; }), { 'units.2.name': 'validation.duplicate' }],
    ['a person in a unit that does not exist', withUnits((b) => { b.people[personInUnitAt(0)]!.unitId = 999; }), { [`people.${personInUnitAt(0)}.unitId`]: 'validation.unknownReference' }],
    ['a section under a unit that does not exist', withUnits((b) => { b.units[sectionAt(0)]!.parentId = 999; }), { [`units.${sectionAt(0)}.parentId`]: 'validation.unknownReference' }],
    ['a section under a section', withUnits((b) => { b.units[sectionAt(1)]!.parentId = b.units[sectionAt(0)]!.id; }), { [`units.${sectionAt(1)}.parentId`]: 'validation.unknownReference' }],
    ['a province not in the list', withUnits((b) => { b.organization!.province = 'Atlantis' as never; }), { 'organization.province': 'validation.notInList' }],
    ['an over-long unit name', withUnits((b) => { b.units[0]!.name = 'x'.repeat(151); }), { 'units.0.name': 'validation.tooLong' }],
    ['an empty first name', withUnits((b) => { b.people[0]!.firstName = ''; }), { 'people.0.firstName': 'validation.required' }],
    ['an unknown role', withUnits((b) => { b.people[0]!.role = 'emperor' as never; }), { 'people.0.role': 'validation.notInList' }],
    ['a unit id that is text', withUnits((b) => { (b.units[0] as { id: unknown }).id = '1'; }), { 'units.0.id': 'validation.wrongType' }],
  ])('refuses %s with bundle_invalid naming the field, and leaves the database exactly as it was', async (_what, bundle, expected) => {
    const ctx = await populated();
    const before = await snapshot(ctx);
    const error = failure(await call(ctx, 'bundle.import', { bundle }));
    expect(error.code).toBe('bundle_invalid');
    expect(issueMap(error)).toMatchObject(expected);
    for (const lang of ['th', 'en'] as const)
      for (const issue of error.issues!) expect(translate(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('names the versions in the newer-version message', async () => {
    const ctx = freshContext();
    const error = failure(await call(ctx, 'bundle.import', { bundle: { ...validBundle(), version: 7 } }));
    expect(error.issues).toEqual([{ path: 'version', key: 'bundle.newer', params: { found: 7, supported: BUNDLE_VERSION } }]);
    expect(translate('en', 'bundle.newer', error.issues![0]!.params)).toContain('7');
  });

  it('reports every bad field at once, not only the first', async () => {
    const ctx = freshContext();
    const bundle = withUnits((b) => {
      b.units[0]!.name = '';
      b.people[1]!.unitId = 999;
      b.people[4]!.id = b.people[3]!.id;
    });
    const error = failure(await call(ctx, 'bundle.import', { bundle }));
    expect(Object.keys(issueMap(error))).toEqual(expect.arrayContaining(['people.1.unitId', 'people.4.id', 'units.0.name']));
  });

  it('a write that fails half-way rolls back: all or nothing', async () => {
    const ctx = await populated();
    const before = await snapshot(ctx);
    // Sabotage the last step of the import (inserting people) from inside SQLite.
    ctx.db.exec("CREATE TEMP TRIGGER sabotage BEFORE INSERT ON person BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(failure(await call(ctx, 'bundle.import', { bundle: validBundle() })).code).toBe('internal');
    } finally {
      quiet.mockRestore();
      ctx.db.exec('DROP TRIGGER sabotage');
    }
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('the sample data passes its own schema and loads as the demo office', async () => {
    const sample = sampleBundle('9.9.9');
    const parsed = bundleSchema.safeParse(sample);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(sample.units.some((u) => u.parentId !== null)).toBe(true);
    expect(sample.people.some((p) => p.unitId === null)).toBe(true);
    const ctx = freshContext();
    await ok(ctx, 'sample.load', { replace: false });
    const exported = await ok(ctx, 'bundle.export', {});
    expect(exported.organization).toEqual(sample.organization);
    expect(byId(exported.units)).toEqual(byId(sample.units));
    expect(exported.people).toEqual(sample.people);
    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
  });
});
