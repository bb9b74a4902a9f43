import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { handlers } from '../../../electron/services/handlers';
import { CHANNEL_NAMES } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { Unit } from '../../../shared/api/office';
import { translate } from '../../../shared/i18n';
import { call, failure, freshContext, issueMap, ok, ORGANIZATION } from './helpers';

/** Every issue key resolves to a message in both languages (no raw keys shown to a user). */
function expectTranslatable(error: ApiError) {
  for (const lang of ['th', 'en'] as const) {
    expect(translate(lang, `error.${error.code}`)).not.toBe(`error.${error.code}`);
    for (const issue of error.issues ?? []) expect(translate(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
  }
}

async function setUp() {
  const ctx = freshContext();
  await ok(ctx, 'setup.complete', {
    organization: ORGANIZATION,
    units: [
      { name: 'สำนักปลัด', sections: ['ฝ่ายบริหารงานทั่วไป', 'ฝ่ายปกครอง'] },
      { name: 'กองคลัง', sections: [] },
      { name: 'กองช่าง', sections: [] },
    ],
  });
  const units = await ok(ctx, 'units.list', {});
  const byName = (name: string) => units.find((u) => u.name === name)!;
  return { ctx, byName };
}

const orphans = (ctx: ReturnType<typeof freshContext>) =>
  (ctx.db.prepare('SELECT count(*) AS n FROM person WHERE unit_id IS NOT NULL AND unit_id NOT IN (SELECT id FROM unit)').get() as { n: number }).n;

describe('organisation and setup', () => {
  it('a fresh office reports setup not done, in Thai, at the latest schema', async () => {
    const ctx = freshContext();
    const info = await ok(ctx, 'app.info', {});
    expect(info).toMatchObject({ setupDone: false, language: 'th', dataDir: ctx.dataDir, appVersion: ctx.appVersion });
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(await ok(ctx, 'organization.get', {})).toBeNull();
  });

  it('setup saves the organisation and its starting units with sections, once', async () => {
    const { ctx } = await setUp();
    expect(await ok(ctx, 'organization.get', {})).toEqual(ORGANIZATION);
    expect((await ok(ctx, 'app.info', {})).setupDone).toBe(true);
    const units = await ok(ctx, 'units.list', {});
    expect(units.map((u) => [u.name, u.parentId === null ? 'top' : 'section'])).toEqual([
      ['สำนักปลัด', 'top'],
      ['ฝ่ายบริหารงานทั่วไป', 'section'],
      ['ฝ่ายปกครอง', 'section'],
      ['กองคลัง', 'top'],
      ['กองช่าง', 'top'],
    ]);
    const again = failure(await call(ctx, 'setup.complete', { organization: ORGANIZATION, units: [] }));
    expect(again.code).toBe('conflict');
  });

  it('names are trimmed; the same starting unit twice is kept once', async () => {
    const ctx = freshContext();
    await ok(ctx, 'setup.complete', { organization: { ...ORGANIZATION, name: '  เทศบาลตำบลทดสอบ  ' }, units: [{ name: 'กองคลัง', sections: [] }, { name: 'กองคลัง', sections: [] }] });
    expect((await ok(ctx, 'organization.get', {}))!.name).toBe('เทศบาลตำบลทดสอบ');
    expect((await ok(ctx, 'units.list', {})).map((u) => u.name)).toEqual(['กองคลัง']);
  });

  it.each([
    ['a province not in the list', { province: 'Atlantis' }, 'organization.province', 'validation.notInList'],
    ['a province in English instead of the list', { province: 'Khon Kaen' }, 'organization.province', 'validation.notInList'],
    ['an empty name', { name: '' }, 'organization.name', 'validation.required'],
    ['a name of spaces only', { name: '   ' }, 'organization.name', 'validation.required'],
    ['an over-long name', { name: 'ก'.repeat(201) }, 'organization.name', 'validation.tooLong'],
    ['an empty district', { district: '' }, 'organization.district', 'validation.required'],
    ['an unknown organisation type', { type: 'kingdom' }, 'organization.type', 'validation.notInList'],
    ['letters in the phone number', { phone: 'call me' }, 'organization.phone', 'validation.phone'],
    ['an unknown font', { documentFont: 'Comic Sans MS' }, 'organization.documentFont', 'validation.notInList'],
    ['thai digits as text', { thaiDigits: 'yes' }, 'organization.thaiDigits', 'validation.wrongType'],
    ['an unknown field', { colour: 'red' }, 'organization', 'validation.unknownField'],
  ])('setup refuses %s with a validation issue naming the field', async (_what, change, path, key) => {
    const ctx = freshContext();
    const error = failure(await call(ctx, 'setup.complete', { organization: { ...ORGANIZATION, ...change }, units: [] }));
    expect(error.code).toBe('validation');
    expect(issueMap(error)).toEqual({ [path]: key });
    expectTranslatable(error);
    expect(await ok(ctx, 'organization.get', {})).toBeNull();
  });

  it('setup refuses an over-long unit name naming the unit, and saves nothing', async () => {
    const ctx = freshContext();
    const error = failure(await call(ctx, 'setup.complete', { organization: ORGANIZATION, units: [{ name: 'ok', sections: [] }, { name: 'x'.repeat(151), sections: [''] }] }));
    expect(issueMap(error)).toEqual({ 'units.1.name': 'validation.tooLong', 'units.1.sections.0': 'validation.required' });
    expect(error.issues!.find((i) => i.path === 'units.1.name')!.params).toEqual({ max: 150 });
    expect(await ok(ctx, 'units.list', {})).toEqual([]);
  });

  it('the organisation can be edited after setup, not before; a bad edit changes nothing', async () => {
    const fresh = freshContext();
    expect(failure(await call(fresh, 'organization.save', ORGANIZATION)).code).toBe('setup_required');

    const { ctx } = await setUp();
    const edited = { ...ORGANIZATION, name: 'เทศบาลเมืองทดสอบ', type: 'town_municipality' as const, thaiDigits: false };
    expect(await ok(ctx, 'organization.save', edited)).toEqual(edited);
    expect(await ok(ctx, 'organization.get', {})).toEqual(edited);
    const error = failure(await call(ctx, 'organization.save', { ...edited, province: 'Narnia', name: '' }));
    expect(issueMap(error)).toEqual({ province: 'validation.notInList', name: 'validation.required' });
    expect(await ok(ctx, 'organization.get', {})).toEqual(edited);
  });

  it('the language is remembered; only th and en are accepted', async () => {
    const ctx = freshContext();
    expect(await ok(ctx, 'settings.setLanguage', { language: 'en' })).toBe('en');
    expect((await ok(ctx, 'app.info', {})).language).toBe('en');
    expect(issueMap(failure(await call(ctx, 'settings.setLanguage', { language: 'fr' })))).toEqual({ language: 'validation.notInList' });
    expect((await ok(ctx, 'app.info', {})).language).toBe('en');
  });
});

describe('units', () => {
  it('a duplicate name among siblings is a conflict naming the field; the same name under another parent is fine', async () => {
    const { ctx, byName } = await setUp();
    const error = failure(await call(ctx, 'units.create', { name: 'กองคลัง', parentId: null }));
    expect(error.code).toBe('conflict');
    expect(issueMap(error)).toEqual({ name: 'validation.duplicate' });
    expectTranslatable(error);
    const section = await ok(ctx, 'units.create', { name: 'ฝ่ายปกครอง', parentId: byName('กองคลัง').id });
    expect(section).toMatchObject({ name: 'ฝ่ายปกครอง', parentId: byName('กองคลัง').id, peopleCount: 0, sectionCount: 0 });
    // Renaming onto a sibling's name is a conflict too.
    expect(failure(await call(ctx, 'units.update', { id: byName('กองช่าง').id, name: 'กองคลัง', parentId: null })).code).toBe('conflict');
  });

  it('sections hang one level under a top-level unit, never deeper, never under themselves', async () => {
    const { ctx, byName } = await setUp();
    const section = byName('ฝ่ายปกครอง');
    const underSection = failure(await call(ctx, 'units.create', { name: 'งานย่อย', parentId: section.id }));
    expect(underSection.code).toBe('validation');
    expect(issueMap(underSection)).toEqual({ parentId: 'validation.unknownReference' });
    expect(issueMap(failure(await call(ctx, 'units.create', { name: 'ลอย', parentId: 999 })))).toEqual({ parentId: 'validation.unknownReference' });

    const top = byName('สำนักปลัด');
    const nest = failure(await call(ctx, 'units.update', { id: top.id, name: top.name, parentId: byName('กองคลัง').id }));
    expect(issueMap(nest)).toEqual({ parentId: 'units.sectionsCannotNest' });
    expectTranslatable(nest);
    const self = failure(await call(ctx, 'units.update', { id: byName('กองช่าง').id, name: 'กองช่าง', parentId: byName('กองช่าง').id }));
    expect(issueMap(self)).toEqual({ parentId: 'validation.unknownReference' });

    // A unit without sections may become a section, and a section may move to another unit.
    const moved = await ok(ctx, 'units.update', { id: byName('กองช่าง').id, name: 'ฝ่ายช่าง', parentId: byName('กองคลัง').id });
    expect(moved).toMatchObject({ name: 'ฝ่ายช่าง', parentId: byName('กองคลัง').id, sortOrder: 0 });
    expect(failure(await call(ctx, 'units.update', { id: 999, name: 'x', parentId: null })).code).toBe('not_found');
  });

  it('empty and over-long unit names are refused naming the field', async () => {
    const { ctx } = await setUp();
    expect(issueMap(failure(await call(ctx, 'units.create', { name: ' ', parentId: null })))).toEqual({ name: 'validation.required' });
    expect(issueMap(failure(await call(ctx, 'units.create', { name: 'ก'.repeat(151), parentId: null })))).toEqual({ name: 'validation.tooLong' });
    expect(issueMap(failure(await call(ctx, 'units.create', { name: 'ok', parentId: -1 })))).toEqual({ parentId: 'validation.tooSmall' });
  });

  it('a unit with people cannot be deleted (in_use) unless they are reassigned; nobody is ever orphaned', async () => {
    const { ctx, byName } = await setUp();
    const finance = byName('กองคลัง');
    const works = byName('กองช่าง');
    const a = await ok(ctx, 'people.create', { title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'ผู้อำนวยการกองคลัง', unitId: finance.id, role: 'unit_head' });
    const b = await ok(ctx, 'people.create', { title: 'นาง', firstName: 'สมหญิง', lastName: '', position: 'นักวิชาการเงินและบัญชี', unitId: finance.id, role: 'staff' });

    const refused = failure(await call(ctx, 'units.delete', { id: finance.id, reassignTo: null }));
    expect(refused).toMatchObject({ code: 'in_use', params: { people: 2 } });
    expectTranslatable(refused);
    expect((await ok(ctx, 'units.list', {})).find((u) => u.id === finance.id)).toMatchObject({ peopleCount: 2 });

    expect(issueMap(failure(await call(ctx, 'units.delete', { id: finance.id, reassignTo: finance.id })))).toEqual({ reassignTo: 'validation.unknownReference' });
    expect(issueMap(failure(await call(ctx, 'units.delete', { id: finance.id, reassignTo: 999 })))).toEqual({ reassignTo: 'validation.unknownReference' });
    expect((await ok(ctx, 'people.list', {})).map((p) => p.unitId)).toEqual([finance.id, finance.id]);

    await ok(ctx, 'units.delete', { id: finance.id, reassignTo: works.id });
    const people = await ok(ctx, 'people.list', {});
    expect(people.map((p) => [p.id, p.unitId])).toEqual([
      [a.id, works.id],
      [b.id, works.id],
    ]);
    expect((await ok(ctx, 'units.list', {})).map((u) => u.name)).not.toContain('กองคลัง');
    expect((await ok(ctx, 'units.list', {})).find((u) => u.id === works.id)!.peopleCount).toBe(2);
    expect(orphans(ctx)).toBe(0);
    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('a unit with sections cannot be deleted; an empty one can; an unknown one is not_found', async () => {
    const { ctx, byName } = await setUp();
    expect(failure(await call(ctx, 'units.delete', { id: byName('สำนักปลัด').id, reassignTo: null }))).toMatchObject({ code: 'in_use', params: { sections: 2 } });
    await ok(ctx, 'units.delete', { id: byName('ฝ่ายปกครอง').id, reassignTo: null });
    await ok(ctx, 'units.delete', { id: byName('ฝ่ายบริหารงานทั่วไป').id, reassignTo: null });
    await ok(ctx, 'units.delete', { id: byName('สำนักปลัด').id, reassignTo: null });
    expect((await ok(ctx, 'units.list', {})).map((u) => u.name)).toEqual(['กองคลัง', 'กองช่าง']);
    expect(failure(await call(ctx, 'units.delete', { id: 999, reassignTo: null })).code).toBe('not_found');
  });

  it('move up and down reorders siblings only; the ends stay put', async () => {
    const { ctx, byName } = await setUp();
    const names = (units: Unit[]) => units.map((u) => u.name);
    expect(names(await ok(ctx, 'units.move', { id: byName('กองช่าง').id, direction: 'up' }))).toEqual(['สำนักปลัด', 'ฝ่ายบริหารงานทั่วไป', 'ฝ่ายปกครอง', 'กองช่าง', 'กองคลัง']);
    expect(names(await ok(ctx, 'units.move', { id: byName('สำนักปลัด').id, direction: 'down' }))).toEqual(['กองช่าง', 'สำนักปลัด', 'ฝ่ายบริหารงานทั่วไป', 'ฝ่ายปกครอง', 'กองคลัง']);
    expect(names(await ok(ctx, 'units.move', { id: byName('ฝ่ายปกครอง').id, direction: 'up' }))).toEqual(['กองช่าง', 'สำนักปลัด', 'ฝ่ายปกครอง', 'ฝ่ายบริหารงานทั่วไป', 'กองคลัง']);
    // The first cannot go up, the last cannot go down, and a section never leaves its unit.
    const before = names(await ok(ctx, 'units.list', {}));
    expect(names(await ok(ctx, 'units.move', { id: byName('กองช่าง').id, direction: 'up' }))).toEqual(before);
    expect(names(await ok(ctx, 'units.move', { id: byName('กองคลัง').id, direction: 'down' }))).toEqual(before);
    expect(names(await ok(ctx, 'units.move', { id: byName('ฝ่ายปกครอง').id, direction: 'up' }))).toEqual(before);
    expect(names(await ok(ctx, 'units.move', { id: byName('ฝ่ายบริหารงานทั่วไป').id, direction: 'down' }))).toEqual(before);
    expect(failure(await call(ctx, 'units.move', { id: 999, direction: 'up' })).code).toBe('not_found');
    expect(issueMap(failure(await call(ctx, 'units.move', { id: byName('กองคลัง').id, direction: 'left' })))).toEqual({ direction: 'validation.notInList' });
  });
});

describe('people', () => {
  const person = { title: 'นางสาว', firstName: 'กมลชนก', lastName: 'บุญมี', position: 'นักทรัพยากรบุคคล', unitId: null, role: 'ita_admin' as const };

  it('are added, edited and deleted', async () => {
    const { ctx, byName } = await setUp();
    const created = await ok(ctx, 'people.create', { ...person, unitId: byName('ฝ่ายปกครอง').id });
    expect(created).toEqual({ ...person, unitId: byName('ฝ่ายปกครอง').id, id: created.id });
    const updated = await ok(ctx, 'people.update', { ...created, position: 'นักทรัพยากรบุคคลชำนาญการ', unitId: null });
    expect(updated).toMatchObject({ position: 'นักทรัพยากรบุคคลชำนาญการ', unitId: null });
    expect(await ok(ctx, 'people.list', {})).toEqual([updated]);
    await ok(ctx, 'people.delete', { id: created.id });
    expect(await ok(ctx, 'people.list', {})).toEqual([]);
    expect(failure(await call(ctx, 'people.delete', { id: created.id })).code).toBe('not_found');
    expect(failure(await call(ctx, 'people.update', { ...person, id: 999 })).code).toBe('not_found');
  });

  it('an unknown unit is a validation issue on unitId; nothing is saved', async () => {
    const { ctx } = await setUp();
    const error = failure(await call(ctx, 'people.create', { ...person, unitId: 999 }));
    expect(error.code).toBe('validation');
    expect(issueMap(error)).toEqual({ unitId: 'validation.unknownReference' });
    expect(error.issues![0]!.params).toEqual({ value: 999 });
    expectTranslatable(error);
    expect(await ok(ctx, 'people.list', {})).toEqual([]);
  });

  it('bad fields are named', async () => {
    const { ctx } = await setUp();
    const error = failure(await call(ctx, 'people.create', { ...person, firstName: '', position: 'x'.repeat(201), role: 'king', title: 'ท'.repeat(41) }));
    expect(issueMap(error)).toEqual({ firstName: 'validation.required', position: 'validation.tooLong', role: 'validation.notInList', title: 'validation.tooLong' });
    expectTranslatable(error);
  });
});

describe('the dispatch door', () => {
  it('an unknown channel is not_found, including names inherited from Object', async () => {
    const ctx = freshContext();
    for (const channel of ['units.drop', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(failure(await call(ctx, channel, {})), channel).toEqual({ code: 'not_found', params: { channel } });
    }
  });

  it.each([
    ['null', null],
    ['a string', 'units'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['undefined', undefined],
  ])('malformed input (%s) is a validation error, on every channel, and never reaches a service', async (_what, input) => {
    const ctx = freshContext();
    for (const channel of CHANNEL_NAMES) {
      const error = failure(await call(ctx, channel, input));
      expect(error.code, channel).toBe('validation');
      expect(error.issues!.length, channel).toBeGreaterThan(0);
    }
    expect(await ok(ctx, 'organization.get', {})).toBeNull();
  });

  it('unknown fields and wrong types are refused, even on channels without input', async () => {
    const ctx = freshContext();
    expect(issueMap(failure(await call(ctx, 'units.list', { all: true })))).toEqual({ '': 'validation.unknownField' });
    expect(issueMap(failure(await call(ctx, 'units.create', { name: 5, parentId: '1' })))).toEqual({ name: 'validation.wrongType', parentId: 'validation.wrongType' });
    expect(issueMap(failure(await call(ctx, 'units.delete', { id: 1.5, reassignTo: null })))).toEqual({ id: 'validation.wrongType' });
  });

  it('an unexpected failure is reported as internal, without its details', async () => {
    const ctx = freshContext();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const broken = { ...handlers, 'units.list': () => { throw new Error('disk on fire at /secret/path'); } };
      expect(await dispatch(ctx, broken, 'units.list', {})).toEqual({ ok: false, error: { code: 'internal' } });
      expect(quiet).toHaveBeenCalled();
    } finally {
      quiet.mockRestore();
    }
  });

  it('every channel of the contract has a handler', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});

describe('sample data', () => {
  it('loads into an empty office, refuses to overwrite unless asked, and replaces when asked', async () => {
    const ctx = freshContext();
    const org = await ok(ctx, 'sample.load', { replace: false });
    expect(org.province).toBe('ขอนแก่น');
    expect((await ok(ctx, 'units.list', {})).length).toBeGreaterThan(3);
    expect((await ok(ctx, 'people.list', {})).length).toBeGreaterThan(3);
    expect(failure(await call(ctx, 'sample.load', { replace: false })).code).toBe('conflict');
    await ok(ctx, 'units.create', { name: 'หน่วยชั่วคราว', parentId: null });
    await ok(ctx, 'sample.load', { replace: true });
    expect((await ok(ctx, 'units.list', {})).map((u) => u.name)).not.toContain('หน่วยชั่วคราว');
    expect(orphans(ctx)).toBe(0);
  });
});
