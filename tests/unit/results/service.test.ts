import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../db/queries/office';
import { exportBundle, importBundle } from '../../../electron/services/bundle';
import type { AssessmentInput } from '../../../shared/api/results';
import { sampleBundle } from '../../../shared/sampleBundle';
import { call, freshContext, ok } from '../foundation/helpers';
import { NA_KHA_2565, NONG_MUANG_2565 } from './fixtures/references';

const countRows = (ctx: ReturnType<typeof freshContext>) => {
  const counts = tableCounts(ctx.db);
  return { assessment: counts.assessment, items: counts.assessment_item, indicators: counts.assessment_indicator, framework: counts.framework };
};

describe('frameworks', () => {
  it('are seeded on first use: built-in 2563–2567, each with its items', async () => {
    const ctx = freshContext();
    const list = await ok(ctx, 'frameworks.list', {});
    expect(list.map((f) => [f.fiscalYear, f.builtin, f.itemCount])).toEqual([
      [2563, true, 88],
      [2564, true, 88],
      [2565, true, 88],
      [2566, true, 88],
      [2567, true, 88],
    ]);
    const f2566 = await ok(ctx, 'frameworks.get', { fiscalYear: 2566 });
    expect(f2566.items.find((i) => i.code === 'O10')!.name).toBe('นโยบายคุ้มครองข้อมูลส่วนบุคคล');
    expect((await ok(ctx, 'frameworks.get', { id: f2566.id })).fiscalYear).toBe(2566);
    expect(await call(ctx, 'frameworks.get', { fiscalYear: 2590 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a deleted built-in framework stays deleted', async () => {
    const ctx = freshContext();
    const f2563 = await ok(ctx, 'frameworks.get', { fiscalYear: 2563 });
    await ok(ctx, 'frameworks.delete', { id: f2563.id });
    expect((await ok(ctx, 'frameworks.list', {})).map((f) => f.fiscalYear)).toEqual([2564, 2565, 2566, 2567]);
  });

  it('copy a year to a new year, then edit it: rename, add and remove items, change weights', async () => {
    const ctx = freshContext();
    const source = await ok(ctx, 'frameworks.get', { fiscalYear: 2567 });
    const copy = await ok(ctx, 'frameworks.copy', { fromId: source.id, toYear: 2568 });
    expect(copy).toMatchObject({ fiscalYear: 2568, name: 'กรอบการประเมิน ITA ปีงบประมาณ พ.ศ. 2568', builtin: false, usedBy: [] });
    expect(await call(ctx, 'frameworks.copy', { fromId: source.id, toYear: 2568 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'toYear', key: 'results.framework.yearTaken' }] },
    });

    const { id, builtin: _b, usedBy: _u, updatedAt: _t, ...definition } = copy;
    const edited = {
      ...definition,
      name: 'กรอบ ITA 2568 (แก้ไขแล้ว)',
      instruments: definition.instruments.map((i) => ({ ...i, weight: i.code === 'OIT' ? 30 : 35, confirmed: true })),
      items: [
        ...definition.items.filter((i) => i.code !== 'O43').map((i) => (i.code === 'O1' ? { ...i, name: 'โครงสร้างและอำนาจหน้าที่' } : i)),
        { code: 'O44', name: 'ข้อใหม่ของปี 2568', indicatorNo: 10, subIndicator: '10.2', confirmed: false },
      ],
    };
    const saved = await ok(ctx, 'frameworks.update', { id, framework: edited });
    expect(saved.name).toBe('กรอบ ITA 2568 (แก้ไขแล้ว)');
    expect(saved.instruments.map((i) => i.weight)).toEqual([35, 35, 30]);
    expect(saved.items.map((i) => i.code)).toContain('O44');
    expect(saved.items.map((i) => i.code)).not.toContain('O43');
    expect(saved.items.find((i) => i.code === 'O1')!.name).toBe('โครงสร้างและอำนาจหน้าที่');
    // The source year is untouched.
    expect((await ok(ctx, 'frameworks.get', { id: source.id })).items.map((i) => i.code)).toContain('O43');
  });

  it('an edit is validated: weights that do not sum to 100, duplicate codes, bad codes, each named', async () => {
    const ctx = freshContext();
    const f = await ok(ctx, 'frameworks.get', { fiscalYear: 2566 });
    const { id, builtin: _b, usedBy: _u, updatedAt: _t, ...definition } = f;
    const result = await call(ctx, 'frameworks.update', {
      id,
      framework: {
        ...definition,
        instruments: definition.instruments.map((i) => (i.code === 'OIT' ? { ...i, weight: 50 } : i)),
        items: [...definition.items, { code: 'O5', name: 'ซ้ำ', indicatorNo: 9, subIndicator: '9.1', confirmed: true }, { code: 'ข้อ 5', name: 'x', indicatorNo: 9, subIndicator: null, confirmed: true }],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'framework.instruments', key: 'results.framework.weightsSum', params: { sum: 110 } },
        { path: 'framework.items.88.code', key: 'validation.duplicate', params: { value: 'O5' } },
        expect.objectContaining({ path: 'framework.items.89.code', key: 'validation.itemCode' }),
      ]),
    );
    expect((await ok(ctx, 'frameworks.get', { id })).instruments.map((i) => i.weight)).toEqual([30, 30, 40]);
  });

  it('export → import round trip; a file that does not validate is refused naming its fields; a taken year needs replace', async () => {
    const ctx = freshContext();
    const f = await ok(ctx, 'frameworks.get', { fiscalYear: 2566 });
    const file = await ok(ctx, 'frameworks.export', { id: f.id });
    expect(file).toMatchObject({ format: 'ita-desk-framework', version: 1, framework: { fiscalYear: 2566 } });

    const json = JSON.parse(JSON.stringify(file)) as typeof file;
    json.framework.fiscalYear = 2569;
    json.framework.name = 'กรอบ 2569 นำเข้า';
    const imported = await ok(ctx, 'frameworks.import', { file: json });
    expect(imported).toMatchObject({ fiscalYear: 2569, name: 'กรอบ 2569 นำเข้า', builtin: false });
    expect(imported.items).toEqual(f.items);

    expect(await call(ctx, 'frameworks.import', { file: json })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    json.framework.name = 'แทนที่';
    expect((await ok(ctx, 'frameworks.import', { file: json, replace: true })).name).toBe('แทนที่');

    const bad = JSON.parse(JSON.stringify(file)) as Record<string, unknown> & { framework: Record<string, unknown> };
    bad.framework.passMark = 120;
    bad.framework.items = 'none';
    delete bad.framework.name;
    const refused = await call(ctx, 'frameworks.import', { file: bad });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.issues!.map((i) => [i.path, i.key])).toEqual(
        expect.arrayContaining([
          ['file.framework.passMark', 'validation.tooBig'],
          ['file.framework.items', 'validation.wrongType'],
          ['file.framework.name', 'validation.required'],
        ]),
      );
    expect(await call(ctx, 'frameworks.import', { file: { format: 'something-else', version: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'file.format', key: 'results.framework.foreign' }] },
    });
    expect(await call(ctx, 'frameworks.import', { file: { ...file, version: 9 } })).toMatchObject({ ok: false, error: { issues: [{ key: 'results.framework.newer' }] } });
    expect((await ok(ctx, 'frameworks.list', {})).map((x) => x.fiscalYear)).toEqual([2563, 2564, 2565, 2566, 2567, 2569]);
  });

  it('deleting a framework that results use is refused (in_use, naming the years); removing a used item too', async () => {
    const ctx = freshContext();
    await ok(ctx, 'assessments.save', { ...NONG_MUANG_2565 });
    const f = await ok(ctx, 'frameworks.get', { fiscalYear: 2565 });
    expect(f.usedBy).toEqual([2565]);
    expect(await call(ctx, 'frameworks.delete', { id: f.id })).toMatchObject({ ok: false, error: { code: 'in_use', params: { years: '2565' } } });

    const { id, builtin: _b, usedBy: _u, updatedAt: _t, ...definition } = f;
    const withoutO12 = { ...definition, items: definition.items.filter((i) => i.code !== 'O12') };
    expect(await call(ctx, 'frameworks.update', { id, framework: withoutO12 })).toMatchObject({
      ok: false,
      error: { code: 'in_use', issues: [{ path: 'framework.items', key: 'results.framework.itemInUse', params: { code: 'O12', years: '2565' } }] },
    });
    // Removing an item nobody scored is fine.
    const withoutO1 = { ...definition, items: definition.items.filter((i) => i.code !== 'O1') };
    expect((await ok(ctx, 'frameworks.update', { id, framework: withoutO1 })).items).toHaveLength(87);

    await ok(ctx, 'assessments.delete', { fiscalYear: 2565 });
    await ok(ctx, 'frameworks.delete', { id: f.id });
    expect(await call(ctx, 'frameworks.get', { id: f.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
  it('imports a bare definition too; moving scored survey questions to a 0/100 instrument is refused', async () => {
    const ctx = freshContext();
    const f = await ok(ctx, 'frameworks.get', { fiscalYear: 2565 });
    const { id, builtin: _b, usedBy: _u, updatedAt: _t, ...definition } = f;
    expect((await ok(ctx, 'frameworks.import', { file: { ...definition, fiscalYear: 2570 } })).fiscalYear).toBe(2570);

    await ok(ctx, 'assessments.save', { ...NA_KHA_2565 });
    const eitBinary = { ...definition, instruments: definition.instruments.map((i) => (i.code === 'EIT' ? { ...i, itemScale: 'binary' as const } : i)) };
    const refused = await call(ctx, 'frameworks.update', { id, framework: eitBinary });
    expect(refused).toMatchObject({ ok: false, error: { code: 'in_use' } });
    if (!refused.ok) expect(refused.error.issues!.map((i) => i.params?.code)).toEqual(['E3', 'E8', 'E10', 'E13']);
    // Moving a used year is refused; renaming is fine.
    expect(await call(ctx, 'frameworks.update', { id, framework: { ...definition, fiscalYear: 2571 } })).toMatchObject({
      ok: false,
      error: { code: 'in_use', issues: [{ key: 'results.framework.yearInUse', params: { years: '2565' } }] },
    });
    expect(await call(ctx, 'frameworks.update', { id, framework: { ...definition, fiscalYear: 2570 } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await ok(ctx, 'frameworks.update', { id, framework: { ...definition, name: 'ชื่อใหม่' } })).name).toBe('ชื่อใหม่');
  });
});

describe('assessments', () => {
  it('saves a whole year from pasted text (Thai digits, "0๒๖" codes) and gives it back with checks', async () => {
    const ctx = freshContext();
    const saved = await ok(ctx, 'assessments.save', { ...NA_KHA_2565, samples: { IIT: { population: '๔๕', sample: '๒๘' }, EIT: { population: '1,250', sample: 100 } } });
    expect(saved.assessment.overallScore).toBe(87.67);
    expect(saved.assessment.indicators).toMatchObject({ '1': 99.51, '10': 62.5 });
    expect(Object.keys(saved.assessment.items).sort()).toEqual(['E10', 'E13', 'E3', 'E8', 'O26', 'O30', 'O39', 'O40', 'O43']);
    expect(saved.assessment.items.O30).toEqual({ score: 0, comment: 'ไม่พบช่องทางแจ้งผ่านช่องทางออนไลน์' });
    expect(saved.checks.overall).toMatchObject({ entered: 87.67, computed: 87.67, mismatch: false });
    expect(saved.checks.samples).toEqual([
      { instrument: 'IIT', population: 45, sample: 28, minimum: 30, short: true },
      { instrument: 'EIT', population: 1250, sample: 100, minimum: 100, short: false },
    ]);
    const view = await ok(ctx, 'assessments.get', { fiscalYear: 2565 });
    expect(view.assessment).toEqual(saved.assessment);
    expect(view.framework!.fiscalYear).toBe(2565);
    expect(await ok(ctx, 'assessments.get', { fiscalYear: 2568 })).toMatchObject({ assessment: null, framework: { fiscalYear: 2567 }, checks: null });
  });

  it('refuses bad cells all at once, naming each, and writes nothing', async () => {
    const ctx = freshContext();
    await ok(ctx, 'assessments.save', { ...NONG_MUANG_2565 });
    const before = await ok(ctx, 'assessments.get', { fiscalYear: 2565 });
    const bad: AssessmentInput = {
      ...NONG_MUANG_2565,
      overallScore: '101',
      indicators: { ...NONG_MUANG_2565.indicators, 3: '98.585', 4: 'ดี', 11: '50' },
      items: { ...NONG_MUANG_2565.items, O99: { score: '0', comment: '' }, O5: { score: '50', comment: '' }, o12: { score: '100', comment: '' } },
    };
    const result = await call(ctx, 'assessments.save', bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Shape errors come first (dispatch); the codes are checked by the service on a second try.
    expect(result.error.issues!.map((i) => [i.path, i.key])).toEqual(
      expect.arrayContaining([
        ['overallScore', 'validation.scoreRange'],
        ['indicators.3', 'validation.twoDecimals'],
        ['indicators.4', 'validation.notANumber'],
      ]),
    );
    const second = await call(ctx, 'assessments.save', { ...bad, overallScore: '97.07', indicators: { ...NONG_MUANG_2565.indicators, 11: '50' } });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('validation');
    expect(second.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'indicators.11', key: 'validation.unknownCode', params: { code: '11' } },
        { path: 'items.O99', key: 'validation.unknownCode', params: { code: 'O99' } },
        { path: 'items.o12', key: 'validation.duplicate', params: { value: 'O12' } },
        { path: 'items.O5.score', key: 'validation.binaryScore', params: { code: 'O5' } },
      ]),
    );
    expect(await ok(ctx, 'assessments.get', { fiscalYear: 2565 })).toEqual(before);
  });

  it('patch writes some cells (one pasted block, one comment), keeps the rest, and can empty a cell', async () => {
    const ctx = freshContext();
    const first = await ok(ctx, 'assessments.patch', { fiscalYear: 2566, indicators: { 1: '๙๘.๖๐', 2: '97.2' } });
    expect(first.assessment).toMatchObject({ indicators: { 1: 98.6, 2: 97.2 }, overallScore: null });
    expect(first.checks.missingIndicators).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    await ok(ctx, 'assessments.patch', { fiscalYear: 2566, items: { O18: { score: '0' } }, recommendations: { OIT: 'ปรับปรุง E-Service' } });
    await ok(ctx, 'assessments.patch', { fiscalYear: 2566, items: { O18: { comment: 'ลิงก์ไปแบบฟอร์มกระดาษ' } } });
    const patched = await ok(ctx, 'assessments.patch', { fiscalYear: 2566, indicators: { 2: '' }, samples: { EIT: { population: 900 } } });
    expect(patched.assessment.indicators).toEqual({ 1: 98.6 });
    expect(patched.assessment.items.O18).toEqual({ score: 0, comment: 'ลิงก์ไปแบบฟอร์มกระดาษ' });
    expect(patched.assessment.recommendations).toEqual({ OIT: 'ปรับปรุง E-Service' });
    expect(patched.assessment.samples).toEqual({ IIT: { population: null, sample: null }, EIT: { population: 900, sample: null } });
    expect(patched.checks.samples[1]).toMatchObject({ minimum: 90, short: false });

    const refused = await call(ctx, 'assessments.patch', { fiscalYear: 2566, items: { O18: { score: '100' }, O77: { score: '100' } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'items.O77', key: 'validation.unknownCode' }] } });
    expect((await ok(ctx, 'assessments.get', { fiscalYear: 2566 })).assessment!.items.O18!.score).toBe(0);
  });

  it('reports a mismatched overall score but saves it as entered', async () => {
    const ctx = freshContext();
    const saved = await ok(ctx, 'assessments.save', { ...NONG_MUANG_2565, overallScore: '97.47' });
    expect(saved.assessment.overallScore).toBe(97.47);
    expect(saved.checks.overall).toMatchObject({ computed: 97.07, difference: 0.4, mismatch: true });
  });

  it('a year with no framework of its own or before is refused; a named framework must exist', async () => {
    const ctx = freshContext();
    expect(await call(ctx, 'assessments.patch', { fiscalYear: 2550, overallScore: 90 })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'frameworkId', key: 'results.noFramework', params: { year: 2550 } }] },
    });
    expect(await call(ctx, 'assessments.patch', { fiscalYear: 2566, frameworkId: 999, overallScore: 90 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'frameworkId', key: 'validation.unknownReference' }] },
    });
    // Later years follow the latest framework until the user copies one for them.
    expect((await ok(ctx, 'assessments.patch', { fiscalYear: 2570, overallScore: 90 })).assessment.frameworkId).toBe((await ok(ctx, 'frameworks.get', { fiscalYear: 2567 })).id);
  });

  it('list, delete and analysis through the API', async () => {
    const ctx = freshContext();
    await ok(ctx, 'sample.load', { replace: true });
    const years = await ok(ctx, 'assessments.list', {});
    expect(years.map((y) => [y.fiscalYear, y.grade, y.passed])).toEqual([
      [2564, 'B', false],
      [2565, 'A', true],
      [2566, 'A', true],
    ]);
    expect(years.every((y) => y.overallScore === y.computedOverall)).toBe(true);

    const analysis = await ok(ctx, 'analysis.get', { fiscalYear: 2566 });
    expect(analysis.previous).toMatchObject({ fiscalYear: 2565, grade: 'A' });
    expect(analysis.indicators.every((i) => i.delta !== null)).toBe(true);
    expect(analysis.weakItems.filter((w) => w.instrument === 'OIT').map((w) => w.code)).toEqual(['O18', 'O33']);
    expect(analysis.samples.find((s) => s.instrument === 'IIT')).toMatchObject({ short: true });
    const first = await ok(ctx, 'analysis.get', { fiscalYear: 2564 });
    expect(first.previous).toBeNull();
    expect(first.instruments.find((i) => i.code === 'OIT')!.belowTarget.map((i) => i.no)).toEqual([10, 9]);
    expect(first.weakItems.filter((w) => w.instrument === 'OIT')).toHaveLength(9);
    expect(first.weakItems.filter((w) => w.instrument === 'EIT').length).toBeGreaterThan(0);

    await ok(ctx, 'assessments.delete', { fiscalYear: 2565 });
    expect((await ok(ctx, 'analysis.get', { fiscalYear: 2566 })).previous!.fiscalYear).toBe(2564);
    expect(await call(ctx, 'assessments.delete', { fiscalYear: 2565 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(ctx, 'analysis.get', { fiscalYear: 2565 })).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ key: 'results.noResults' }] } });
    expect(await call(ctx, 'analysis.get', { fiscalYear: 2566, target: 101 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('Excel export', () => {
  it('writes a real .xlsx: indicators, items and analysis sheets, Thai text, numbers as numbers', async () => {
    const ctx = freshContext();
    await ok(ctx, 'sample.load', { replace: true });
    const file = await ok(ctx, 'results.exportXlsx', { fiscalYear: 2565 });
    expect(file.fileName).toBe('ITA-2565.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['ตัวชี้วัด', 'รายข้อ', 'วิเคราะห์']);

    const indicators = workbook.getWorksheet('ตัวชี้วัด')!;
    expect(indicators.getCell('A1').value).toBe('ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. 2565');
    const row = indicators.getRow(3);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe('การปฏิบัติหน้าที่');
    expect(typeof row.getCell(4).value).toBe('number');
    expect(row.getCell(4).numFmt).toBe('0.00');
    expect(typeof row.getCell(6).value).toBe('number'); // previous year's score
    expect(indicators.rowCount).toBe(12);

    const items = workbook.getWorksheet('รายข้อ')!;
    expect(items.rowCount).toBe(1 + 88);
    const o17 = items.getRows(2, 88)!.find((r) => r.getCell(1).value === 'O17')!;
    expect(o17.getCell(5).value).toBe(0);
    expect(String(o17.getCell(6).value)).toContain('E-Service');

    const analysis = workbook.getWorksheet('วิเคราะห์')!;
    const values = analysis.getSheetValues().flat().filter((v) => v !== undefined && v !== null);
    expect(values).toContain('A');
    expect(values).toContain(89.48);
    expect(values.some((v) => typeof v === 'string' && v.includes('O17'))).toBe(true);

    const english = await ok(ctx, 'results.exportXlsx', { fiscalYear: 2565, language: 'en' });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(english.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Indicators', 'Items', 'Analysis']);
  });
});

describe('data bundle', () => {
  it('carries frameworks and results: export → import into another office gives the same data', async () => {
    const a = freshContext();
    await ok(a, 'sample.load', { replace: true });
    const f = await ok(a, 'frameworks.get', { fiscalYear: 2567 });
    await ok(a, 'frameworks.copy', { fromId: f.id, toYear: 2568 });
    const bundle = exportBundle(a);
    expect(bundle.frameworks.map((x) => x.definition.fiscalYear)).toEqual([2563, 2564, 2565, 2566, 2567, 2568]);
    expect(bundle.assessments.map((x) => x.fiscalYear)).toEqual([2564, 2565, 2566]);

    const b = freshContext();
    const counts = importBundle(b, JSON.parse(JSON.stringify(bundle)));
    expect(counts).toMatchObject({ frameworks: 6, assessments: 3 });
    const again = exportBundle(b);
    expect(again.frameworks).toEqual(bundle.frameworks);
    expect(again.assessments).toEqual(bundle.assessments);
    expect(await ok(b, 'analysis.get', { fiscalYear: 2566 })).toEqual(await ok(a, 'analysis.get', { fiscalYear: 2566 }));
  });

  it('an older bundle without the keys imports; the built-in frameworks come back', async () => {
    const ctx = freshContext();
    const { frameworks: _f, assessments: _a, ...old } = sampleBundle('0.1.0');
    importBundle(ctx, old);
    expect((await ok(ctx, 'frameworks.list', {})).map((x) => x.fiscalYear)).toEqual([2563, 2564, 2565, 2566, 2567]);
    expect(await ok(ctx, 'assessments.list', {})).toEqual([]);
  });

  it('a bundle with a bad result is refused whole, naming the field; nothing is half-imported', async () => {
    const ctx = freshContext();
    await ok(ctx, 'sample.load', { replace: true });
    const before = countRows(ctx);
    const bundle = JSON.parse(JSON.stringify(sampleBundle('0.1.0')));
    bundle.organization.name = 'อบต.อื่น';
    bundle.assessments[1].items.O5.score = 50;
    bundle.assessments[2].items.O99 = { score: 0, comment: '' };
    bundle.assessments[0].indicators['3'] = 99.123;
    bundle.assessments[0].frameworkId = 42;
    const result = await call(ctx, 'bundle.import', { bundle });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bundle_invalid');
    expect(result.error.issues!.map((i) => [i.path, i.key])).toEqual(
      expect.arrayContaining([
        ['assessments.0.indicators.3', 'validation.twoDecimals'],
      ]),
    );
    delete bundle.assessments[0].indicators['3'];
    const second = await call(ctx, 'bundle.import', { bundle });
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.error.issues!.map((i) => [i.path, i.key])).toEqual(
        expect.arrayContaining([
          ['assessments.1.items.O5.score', 'validation.binaryScore'],
          ['assessments.2.items.O99', 'validation.unknownCode'],
          ['assessments.0.frameworkId', 'validation.unknownReference'],
        ]),
      );
    expect(countRows(ctx)).toEqual(before);
    expect((await ok(ctx, 'organization.get', {}))!.name).toBe('องค์การบริหารส่วนตำบลโนนสวรรค์');
  });
});
