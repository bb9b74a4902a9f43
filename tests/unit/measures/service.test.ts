import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { exportBundle, importBundle } from '../../../electron/services/bundle';
import { evidencePath } from '../../../electron/services/evidenceFiles';
import { addEvidenceFromPath } from '../../../electron/services/measuresProgress';
import type { ApiError } from '../../../shared/api/errors';
import { EVIDENCE_MAX_BYTES, type MeasureInput } from '../../../shared/api/measures';
import { sampleBundle } from '../../../shared/sampleBundle';
import { docxText } from '../../support/documents';
import { call, expectTranslated, failure, freshContext, issueMap, ok, ORGANIZATION, tempDir, thrown } from '../foundation/helpers';

async function setUp() {
  const ctx = freshContext();
  await ok(ctx, 'setup.complete', { organization: ORGANIZATION, units: [{ name: 'สำนักปลัด', sections: [] }, { name: 'กองคลัง', sections: [] }, { name: 'กองช่าง', sections: [] }] });
  const [office, finance, works] = await ok(ctx, 'units.list', {});
  const input = (over: Partial<MeasureInput> = {}): MeasureInput => ({
    fiscalYear: 2566,
    sourceYear: 2565,
    instrument: 'IIT',
    indicatorNo: 2,
    title: 'การใช้งบประมาณ',
    methods: ['เปิดเผยข้อมูลการใช้จ่ายงบประมาณ', 'รายงานผลการใช้จ่ายงบประมาณอย่างสม่ำเสมอ'],
    unitIds: [finance!.id, office!.id],
    period: null,
    cadence: 'semiannual',
    ...over,
  });
  return { ctx, office: office!, finance: finance!, works: works!, input };
}

describe('measures', () => {
  it('are created, listed with derived status, filtered, updated, moved and deleted', async () => {
    const { ctx, office, finance, input } = await setUp();
    const a = await ok(ctx, 'measures.create', input());
    expect(a).toMatchObject({ fiscalYear: 2566, status: 'notStarted', approved: false, indicatorName: 'การใช้งบประมาณ', reportingPeriods: ['6m', '12m'] });
    expect(a.units.map((u) => u.name)).toEqual(['กองคลัง', 'สำนักปลัด']);
    const b = await ok(ctx, 'measures.create', input({ instrument: 'OIT', indicatorNo: 9, title: 'การเปิดเผยข้อมูล', unitIds: [office.id], cadence: 'quarterly', oitItems: ['O12', 'O12', 'O20'] }));
    expect(b.oitItems).toEqual(['O12', 'O20']);
    const c = await ok(ctx, 'measures.create', input({ title: 'การใช้งบประมาณ ๒', unitIds: [office.id] }));

    expect((await ok(ctx, 'measures.list', { fiscalYear: 2566 })).map((m) => m.id)).toEqual([a.id, c.id, b.id]); // IIT before OIT
    expect((await ok(ctx, 'measures.list', { fiscalYear: 2566, instrument: 'OIT' })).map((m) => m.id)).toEqual([b.id]);
    expect((await ok(ctx, 'measures.list', { fiscalYear: 2566, unitId: finance.id })).map((m) => m.id)).toEqual([a.id]);
    expect(await ok(ctx, 'measures.list', { fiscalYear: 2567 })).toEqual([]);
    expect((await ok(ctx, 'measures.list', { fiscalYear: 2566, overdue: true, today: '2023-04-01' })).map((m) => m.id)).toEqual([a.id, c.id, b.id]);

    const moved = await ok(ctx, 'measures.move', { id: c.id, direction: 'up' });
    expect(moved.map((m) => m.id)).toEqual([c.id, a.id, b.id]);

    const updated = await ok(ctx, 'measures.update', { ...input({ unitIds: [office.id, finance.id] }), id: a.id, period: { start: '2023-01', end: '2023-03' } });
    expect(updated.units.map((u) => u.name)).toEqual(['สำนักปลัด', 'กองคลัง']);
    expect(updated.period).toEqual({ start: '2023-01', end: '2023-03' });

    await ok(ctx, 'measures.delete', { id: b.id });
    expect(failure(await call(ctx, 'measures.get', { id: b.id })).code).toBe('not_found');
    expect((await ok(ctx, 'measures.years', {}))[0]).toMatchObject({ fiscalYear: 2566, measures: 2 });
  });

  it('refuse a measure with no unit, a period ending before it starts, unknown units and indicators, with translated messages', async () => {
    const { ctx, input } = await setUp();
    const noUnit = failure(await call(ctx, 'measures.create', input({ unitIds: [] })));
    expect(noUnit.code).toBe('validation');
    expect(issueMap(noUnit)).toEqual({ unitIds: 'validation.measureNoUnit' });
    expectTranslated(noUnit);

    const backwards = failure(await call(ctx, 'measures.create', input({ period: { start: '2023-03', end: '2023-01' } })));
    expect(issueMap(backwards)).toEqual({ 'period.end': 'validation.periodEndBeforeStart' });
    expectTranslated(backwards);
    expect(issueMap(failure(await call(ctx, 'measures.create', input({ period: { start: '2023-13', end: '2023-14' } }))))).toMatchObject({ 'period.start': 'validation.month' });

    const refs = failure(await call(ctx, 'measures.create', input({ unitIds: [999], indicatorNo: 9 })));
    expect(issueMap(refs)).toEqual({ 'unitIds.0': 'validation.unknownReference', indicatorNo: 'validation.unknownIndicator' });
    expectTranslated(refs);

    // The wizard's batch is all or nothing; issues name the measure.
    const batch = failure(await call(ctx, 'measures.createMany', { measures: [input(), input({ unitIds: [999] })] }));
    expect(issueMap(batch)).toEqual({ 'measures.1.unitIds.0': 'validation.unknownReference' });
    expect(await ok(ctx, 'measures.list', { fiscalYear: 2566 })).toEqual([]);
  });

  it('are copied from last year with their progress reset, and approved', async () => {
    const { ctx, office, input } = await setUp();
    const a = await ok(ctx, 'measures.create', input({ period: { start: '2023-01', end: '2023-03' } }));
    await ok(ctx, 'progress.save', { measureId: a.id, period: '6m', unitId: office.id, result: 'ทำแล้ว', suggestion: '', status: 'done' });
    const copy = await ok(ctx, 'measures.copyFromYear', { fromYear: 2566, toYear: 2567 });
    expect(copy.created).toHaveLength(1);
    expect(copy.created[0]).toMatchObject({ fiscalYear: 2567, sourceYear: 2566, period: { start: '2024-01', end: '2024-03' }, status: 'notStarted', progressCount: 0 });
    expect(failure(await call(ctx, 'measures.copyFromYear', { fromYear: 2566, toYear: 2567 })).code).toBe('conflict');
    expect((await ok(ctx, 'measures.copyFromYear', { fromYear: 2566, toYear: 2567, append: true })).created).toHaveLength(1);
    expect(failure(await call(ctx, 'measures.copyFromYear', { fromYear: 2560, toYear: 2567 })).code).toBe('not_found');

    const approved = await ok(ctx, 'measures.setApproval', { ids: [a.id], approved: true, source: 'meeting:1' });
    expect(approved[0]).toMatchObject({ approved: true, approvalSource: 'meeting:1' });
  });

  it('are reassigned in bulk with their progress, and a unit that owns measures is not deleted without a new owner', async () => {
    const { ctx, office, finance, works, input } = await setUp();
    const a = await ok(ctx, 'measures.create', input({ unitIds: [finance.id] }));
    const b = await ok(ctx, 'measures.create', input({ unitIds: [finance.id, office.id] }));
    const entry = await ok(ctx, 'progress.save', { measureId: a.id, period: '6m', unitId: finance.id, result: 'เผยแพร่แล้ว', suggestion: '', status: 'inProgress' });

    const refused = failure(await call(ctx, 'units.delete', { id: finance.id, reassignTo: null }));
    expect(refused).toEqual({ code: 'in_use', params: { measures: 2 } });
    expect(await ok(ctx, 'measures.get', { id: a.id })).toMatchObject({ unitIds: [finance.id] }); // nothing lost

    await ok(ctx, 'units.delete', { id: finance.id, reassignTo: works.id });
    expect((await ok(ctx, 'measures.get', { id: a.id })).unitIds).toEqual([works.id]);
    expect((await ok(ctx, 'measures.get', { id: b.id })).unitIds).toEqual([works.id, office.id]);
    expect((await ok(ctx, 'progress.list', { fiscalYear: 2566 }))[0]).toMatchObject({ id: entry.id, unitId: works.id, unitName: 'กองช่าง' });

    const bulk = await ok(ctx, 'measures.reassignUnits', { ids: [a.id, b.id], fromUnitId: works.id, toUnitId: office.id });
    expect(bulk.map((m) => m.unitIds)).toEqual([[office.id], [office.id]]);
    const only = await ok(ctx, 'measures.reassignUnits', { ids: [b.id], fromUnitId: null, toUnitId: works.id });
    expect(only[0]!.unitIds).toEqual([works.id]);

    // A unit that reported cannot be dropped from a measure by editing it.
    const dropped = failure(await call(ctx, 'measures.update', { ...input({ unitIds: [works.id] }), id: a.id }));
    expect(issueMap(dropped)).toEqual({ unitIds: 'validation.unitHasProgress' });
    expectTranslated(dropped);
    // Nor a measure with progress deleted by accident.
    expect(failure(await call(ctx, 'measures.delete', { id: a.id }))).toEqual({ code: 'in_use', params: { entries: 1 } });
    await ok(ctx, 'measures.delete', { id: a.id, withProgress: true });
    expect(await ok(ctx, 'progress.list', { fiscalYear: 2566 })).toEqual([]);
  });

  it('give the plan wizard the weak points of the assessment year with suggestions from the library', async () => {
    const ctx = freshContext();
    importBundle(ctx, sampleBundle('test'));
    const inputs = await ok(ctx, 'measures.planInputs', { assessmentYear: 2565 });
    expect(inputs.planYear).toBe(2566);
    expect(inputs.indicators).toHaveLength(10);
    const lowest = inputs.indicators.filter((i) => i.lowestOfInstrument).map((i) => i.no);
    expect(lowest).toEqual([4, 7, 10]);
    expect(inputs.indicators.find((i) => i.no === 10)!.suggestions[0]!.title).toBe('การป้องกันการทุจริต');
    expect(inputs.indicators.find((i) => i.no === 2)!.measureIds).toEqual([1]);
    expect(inputs.items.length).toBeGreaterThan(0);
    expect(inputs.items.every((i) => typeof i.comment === 'string')).toBe(true);
    expect(failure(await call(ctx, 'measures.planInputs', { assessmentYear: 2555 })).code).toBe('not_found');
  });
});

describe('measure library', () => {
  it('ships standard measures per indicator, which the office edits, extends, deletes and restores', async () => {
    const { ctx } = await setUp();
    const all = await ok(ctx, 'measureLibrary.list', {});
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((m) => m.indicatorNo))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const budget = (await ok(ctx, 'measureLibrary.list', { indicatorNo: 2 }))[0]!;
    const edited = await ok(ctx, 'measureLibrary.update', { id: budget.id, instrument: 'IIT', indicatorNo: 2, title: 'งบประมาณ (ฉบับสำนักงาน)', methods: ['ข้อเดียว'] });
    expect(edited).toMatchObject({ builtin: true, title: 'งบประมาณ (ฉบับสำนักงาน)' });
    const own = await ok(ctx, 'measureLibrary.create', { instrument: 'OIT', indicatorNo: 9, title: 'ตรวจเว็บไซต์ทุกเดือน', methods: ['ตรวจ'], cadence: 'monthly' });
    expect(own.builtin).toBe(false);
    await ok(ctx, 'measureLibrary.delete', { id: budget.id });
    const restored = await ok(ctx, 'measureLibrary.restoreBuiltins', {});
    expect(restored.find((m) => m.indicatorNo === 2 && m.builtin)!.title).toBe('การใช้งบประมาณ');
    expect(restored.some((m) => m.id === own.id)).toBe(true);
  });
});

describe('progress and evidence', () => {
  it('are saved per measure × period × unit, with the period and unit checked and a reason for dropping', async () => {
    const { ctx, office, finance, works, input } = await setUp();
    const m = await ok(ctx, 'measures.create', input());
    const saved = await ok(ctx, 'progress.save', { measureId: m.id, period: '6m', unitId: finance.id, result: 'เผยแพร่รายงานแล้ว', suggestion: 'ทำอินโฟกราฟิก', status: 'inProgress' });
    const again = await ok(ctx, 'progress.save', { measureId: m.id, period: '6m', unitId: finance.id, result: 'เผยแพร่ครบแล้ว', suggestion: '', status: 'done' });
    expect(again.id).toBe(saved.id);
    expect((await ok(ctx, 'measures.get', { id: m.id })).status).toBe('inProgress'); // สำนักปลัด has not reported

    const dropped = failure(await call(ctx, 'progress.save', { measureId: m.id, period: '6m', unitId: office.id, result: '', suggestion: '', status: 'dropped' }));
    expect(issueMap(dropped)).toEqual({ droppedReason: 'validation.droppedReasonRequired' });
    expectTranslated(dropped);
    await ok(ctx, 'progress.save', { measureId: m.id, period: '6m', unitId: office.id, result: '', suggestion: '', status: 'dropped', droppedReason: 'ไม่มีงบประมาณ' });
    expect((await ok(ctx, 'measures.get', { id: m.id })).status).toBe('done');

    const wrong = failure(await call(ctx, 'progress.save', { measureId: m.id, period: 'q1', unitId: works.id, result: '', suggestion: '', status: 'done' }));
    expect(issueMap(wrong)).toEqual({ period: 'validation.periodNotInCadence', unitId: 'validation.unitNotResponsible' });
    expectTranslated(wrong);

    const sheet = await ok(ctx, 'progress.sheet', { fiscalYear: 2566, period: '12m', today: '2023-10-01' });
    expect(sheet.slots.map((s) => [s.unitName, s.entry?.status ?? null, s.overdue])).toEqual([
      ['กองคลัง', null, true],
      ['สำนักปลัด', null, true],
    ]);
    const dash = await ok(ctx, 'measures.dashboard', { fiscalYear: 2566, today: '2023-10-01' });
    expect(dash.totals).toMatchObject({ total: 1, done: 1 });
  });

  it('keeps evidence files inside the data folder and refuses missing, huge or unreadable files', async () => {
    const { ctx, finance, input } = await setUp();
    const m = await ok(ctx, 'measures.create', input());
    const entry = await ok(ctx, 'progress.save', { measureId: m.id, period: '6m', unitId: finance.id, result: 'x', suggestion: '', status: 'done' });
    const outside = tempDir();

    const file = path.join(outside, 'รายงาน.pdf');
    fs.writeFileSync(file, '%PDF-1.4 evidence');
    const fromPath = addEvidenceFromPath(ctx.db, ctx.dataDir, entry.id, file);
    expect(fromPath).toMatchObject({ kind: 'file', name: 'รายงาน.pdf', size: 17, missing: false });
    const opened = await ok(ctx, 'evidence.open', { id: fromPath.id });
    if (opened.kind !== 'file') throw new Error('expected a file');
    expect(opened.path.startsWith(path.join(ctx.dataDir, 'evidence') + path.sep)).toBe(true);
    expect(fs.readFileSync(opened.path, 'utf8')).toBe('%PDF-1.4 evidence');
    expect(opened.mimeType).toBe('application/pdf');

    // The same bytes sent by the renderer are stored once.
    const fromBytes = await ok(ctx, 'evidence.add', { entryId: entry.id, source: { kind: 'file', name: 'copy.pdf', base64: Buffer.from('%PDF-1.4 evidence').toString('base64') } });
    expect(fromBytes.sha256).toBe(fromPath.sha256);
    expect((await ok(ctx, 'evidence.read', { id: fromBytes.id })).base64).toBe(Buffer.from('%PDF-1.4 evidence').toString('base64'));
    const url = await ok(ctx, 'evidence.add', { entryId: entry.id, source: { kind: 'url', url: 'https://example.go.th/report' } });
    expect(await ok(ctx, 'evidence.open', { id: url.id })).toMatchObject({ kind: 'url', url: 'https://example.go.th/report' });
    expect(failure(await call(ctx, 'evidence.add', { entryId: entry.id, source: { kind: 'url', url: 'javascript:alert(1)' } })).code).toBe('validation');

    const missing = await thrown(() => addEvidenceFromPath(ctx.db, ctx.dataDir, entry.id, path.join(outside, 'nope.pdf')));
    expect(issueMap(missing)).toEqual({ 'source.path': 'validation.evidenceMissing' });
    expectTranslated(missing);

    const huge = path.join(outside, 'huge.mp4');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, EVIDENCE_MAX_BYTES + 1);
    const tooBig = await thrown(() => addEvidenceFromPath(ctx.db, ctx.dataDir, entry.id, huge));
    expect(tooBig.issues![0]).toMatchObject({ path: 'source.path', key: 'validation.evidenceTooBig', params: { max: 25 } });
    expectTranslated(tooBig);

    if (process.getuid?.() !== 0) {
      const locked = path.join(outside, 'locked.pdf');
      fs.writeFileSync(locked, 'secret');
      fs.chmodSync(locked, 0o000);
      const unreadable = await thrown(() => addEvidenceFromPath(ctx.db, ctx.dataDir, entry.id, locked));
      expect(issueMap(unreadable)).toEqual({ 'source.path': 'validation.evidenceLocked' });
      fs.chmodSync(locked, 0o600);
    }
    expect((await ok(ctx, 'progress.list', { fiscalYear: 2566 }))[0]!.evidence).toHaveLength(3); // nothing half-added

    // Removing one use keeps the shared file; removing the last removes it.
    await ok(ctx, 'evidence.remove', { id: fromBytes.id });
    expect(fs.existsSync(opened.path)).toBe(true);
    await ok(ctx, 'evidence.remove', { id: fromPath.id });
    expect(fs.existsSync(opened.path)).toBe(false);

    // Stored paths never lead out of the evidence folder.
    expect(() => evidencePath(ctx.dataDir, '../ita-desk.sqlite')).toThrow();
    expect(() => evidencePath(ctx.dataDir, '/etc/passwd')).toThrow();
    const tampered = exportBundle(ctx);
    tampered.progress[0]!.evidence[0]!.file = '../../outside.pdf';
    expect(() => importBundle(freshContext(), JSON.parse(JSON.stringify(tampered)))).toThrow(/bundle_invalid/);

    // A file gone from the folder shows as missing and is not opened.
    const again = addEvidenceFromPath(ctx.db, ctx.dataDir, entry.id, file);
    const where = await ok(ctx, 'evidence.open', { id: again.id });
    fs.rmSync((where as { path: string }).path);
    expect((await ok(ctx, 'progress.list', { fiscalYear: 2566 }))[0]!.evidence.find((e) => e.id === again.id)!.missing).toBe(true);
    expect(failure(await call(ctx, 'evidence.open', { id: again.id })).code).toBe('not_found');
  });
});

describe('bundle and CLI', () => {
  it('round-trip measures, progress and evidence records through a bundle', async () => {
    const ctx = freshContext();
    importBundle(ctx, sampleBundle('test'));
    const bundle = exportBundle(ctx);
    expect(bundle.measures).toHaveLength(8);
    expect(bundle.progress).toHaveLength(5);
    expect(bundle.progress[0]!.evidence[0]).toMatchObject({ kind: 'url' });
    const other = freshContext();
    importBundle(other, JSON.parse(JSON.stringify(bundle)));
    const again = exportBundle(other);
    expect({ ...again, exportedAt: '' }).toEqual({ ...bundle, exportedAt: '' });

    // A bundle whose progress names a unit that is not responsible is refused whole.
    const broken = JSON.parse(JSON.stringify(bundle));
    broken.progress[0].unitId = 9;
    const error = (() => {
      try {
        importBundle(other, broken);
      } catch (e) {
        return e as { code: string; details: ApiError };
      }
      throw new Error('expected a refusal');
    })();
    expect(error.code).toBe('bundle_invalid');
    expect(error.details.issues!.map((i) => [i.path, i.key])).toContainEqual(['progress.0.unitId', 'validation.unitNotResponsible']);
    expect(exportBundle(other).progress).toHaveLength(5);
  });

  it('exports the plan and a progress report with `export plan` and `export progress`', async () => {
    const ctx = freshContext();
    importBundle(ctx, sampleBundle('test'));
    const out = tempDir();
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    expect(await runCli(['export', 'plan', '--year', '2566', '--out', path.join(out, 'plan.docx'), '--data-dir', ctx.dataDir], io)).toBe(0);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ kind: 'plan', year: 2566 });
    expect(docxText(fs.readFileSync(path.join(out, 'plan.docx')))).toContain('การป้องกันการทุจริต');
    expect(await runCli(['export', 'progress', '--year', '2566', '--period', '6m', '--out', path.join(out, 'progress'), '--data-dir', ctx.dataDir], io)).toBe(0);
    expect(fs.existsSync(path.join(out, 'progress.docx'))).toBe(true);
    expect(await runCli(['export', 'progress', '--year', '2566', '--period', '7m', '--data-dir', ctx.dataDir, '--lang', 'en'], io)).toBe(1);
    expect(JSON.parse(lines.at(-1)!).issues.map((i: { path: string }) => i.path)).toEqual(['--period', '--out']);
    // The options used are stored: the same export can be made again later.
    expect((await ok(ctx, 'progressReport.getOptions', { fiscalYear: 2566, period: '6m' })).stored).toBe(true);
  });
});
