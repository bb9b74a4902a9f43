import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { exportBundle, importBundle } from '../../../electron/services/bundle';
import { exportMemoToFile } from '../../../electron/services/memos';
import type { MemoInput } from '../../../shared/api/memos';
import { translate } from '../../../shared/i18n';
import { sampleBundle } from '../../../shared/sampleBundle';
import { docxMedia, docxText, makePng, sampleMemoInput } from '../../support/documents';
import { call, expectTranslated, failure, freshContext, issueMap, ok, ORGANIZATION, tempDir, thrown } from '../foundation/helpers';

async function setUp() {
  const ctx = freshContext();
  await ok(ctx, 'setup.complete', { organization: ORGANIZATION, units: [{ name: 'สำนักปลัด', sections: [] }] });
  const unit = (await ok(ctx, 'units.list', {}))[0]!;
  const signer = await ok(ctx, 'people.create', { title: 'นางสาว', firstName: 'กมลชนก', lastName: 'บุญมี', position: 'นักทรัพยากรบุคคลชำนาญการ', unitId: unit.id, role: 'ita_admin' });
  const head = await ok(ctx, 'people.create', { title: 'จ่าเอก', firstName: 'อนุชา', lastName: 'พรมมา', position: 'หัวหน้าสำนักปลัด', unitId: unit.id, role: 'unit_head' });
  const input = (over: Partial<MemoInput> = {}): MemoInput => ({
    ...sampleMemoInput(),
    unitId: unit.id,
    signer: { personId: signer.id, name: '', position: '' },
    commentBoxes: [{ heading: 'ความเห็นของหัวหน้าสำนักปลัด', signer: { personId: head.id, name: '', position: '' } }],
    ...over,
  });
  return { ctx, unit, signer, head, input };
}

describe('memos', () => {
  it('are created with signer snapshots, listed, searched, reopened, updated and deleted', async () => {
    const { ctx, input } = await setUp();
    const memo = await ok(ctx, 'memos.create', input());
    expect(memo.fiscalYear).toBe(2566);
    expect(memo.runningNumber).toBe(123);
    expect(memo.signer).toEqual({ personId: expect.any(Number), name: 'นางสาวกมลชนก บุญมี', position: 'นักทรัพยากรบุคคลชำนาญการ' });
    expect(memo.commentBoxes[0]!.signer.name).toBe('จ่าเอกอนุชา พรมมา');
    const other = await ok(ctx, 'memos.create', input({ subject: 'ขอเชิญประชุมคณะทำงาน', date: '2023-02-01', docNumber: 'ขก ๘๘๘๐๑/๑๒๔' }));

    expect((await ok(ctx, 'memos.list', {})).map((m) => m.id)).toEqual([other.id, memo.id]); // newest date first
    expect((await ok(ctx, 'memos.list', { query: 'ขอเชิญ' })).map((m) => m.id)).toEqual([other.id]);
    expect((await ok(ctx, 'memos.list', { query: '/๑๒๓' })).map((m) => m.id)).toEqual([memo.id]);
    expect((await ok(ctx, 'memos.list', { query: 'เรื่องเดิม ITAS' })).map((m) => m.id)).toEqual([other.id, memo.id]);
    expect(await ok(ctx, 'memos.list', { query: 'ไม่มีคำนี้' })).toEqual([]);

    const reopened = await ok(ctx, 'memos.get', { id: memo.id });
    expect(reopened.sections).toEqual(input().sections);
    const updated = await ok(ctx, 'memos.update', { ...input(), id: memo.id, subject: 'เรื่องที่แก้ไขแล้ว', numbered: false });
    expect(updated.subject).toBe('เรื่องที่แก้ไขแล้ว');
    expect(updated.createdAt).toBe(memo.createdAt);
    const exported = await ok(ctx, 'memos.export', { id: memo.id });
    expect(exported.fileName).toContain('เรื่องที่แก้ไขแล้ว');
    const text = docxText(exported.base64);
    expect(text).toContain('เรื่อง เรื่องที่แก้ไขแล้ว');
    expect(text).not.toContain('๑. เรื่องเดิม'); // numbering switched off
    expect(text).toContain('เรื่องเดิม');

    await ok(ctx, 'memos.delete', { id: memo.id });
    expect(failure(await call(ctx, 'memos.get', { id: memo.id })).code).toBe('not_found');
  });

  it('suggests the next running number of the fiscal year and warns of a number already used', async () => {
    const { ctx, input } = await setUp();
    expect(await ok(ctx, 'memos.numbering', { date: '2023-01-24' })).toEqual({ fiscalYear: 2566, suggested: 'ขก ๘๘๘๐๑/๑', duplicates: [] });
    const memo = await ok(ctx, 'memos.create', input());
    expect((await ok(ctx, 'memos.numbering', { date: '2023-09-30' })).suggested).toBe('ขก ๘๘๘๐๑/๑๒๔');
    // 1 October starts fiscal year 2567: numbering starts again.
    expect((await ok(ctx, 'memos.numbering', { date: '2023-10-01' })).suggested).toBe('ขก ๘๘๘๐๑/๑');
    const check = await ok(ctx, 'memos.numbering', { date: '2023-03-01', docNumber: 'ขก ๘๘๘๐๑/๑๒๓' });
    expect(check.duplicates.map((d) => d.id)).toEqual([memo.id]);
    expect((await ok(ctx, 'memos.numbering', { date: '2023-03-01', docNumber: 'ขก ๘๘๘๐๑/๑๒๓', excludeId: memo.id })).duplicates).toEqual([]);
    expect((await ok(ctx, 'memos.numbering', { date: '2024-03-01', docNumber: 'ขก ๘๘๘๐๑/๑๒๓' })).duplicates).toEqual([]);
    // A duplicate is a warning, not a refusal.
    await ok(ctx, 'memos.create', input());
  });

  it('refuses an empty subject, a bad date or an unknown signer with translated field messages, saving nothing', async () => {
    const { ctx, input } = await setUp();
    const error = failure(await call(ctx, 'memos.create', { ...input(), subject: '   ', date: '2023-02-30' }));
    expect(error.code).toBe('validation');
    expect(issueMap(error)).toMatchObject({ subject: 'validation.required', date: 'validation.date' });
    expectTranslated(error);
    const unknown = failure(await call(ctx, 'memos.create', input({ signer: { personId: 999, name: '', position: '' } })));
    expect(issueMap(unknown)).toEqual({ 'signer.personId': 'validation.unknownReference' });
    expect(await ok(ctx, 'memos.list', {})).toEqual([]);
  });

  it('keeps the signer’s name and position when the person is deleted later', async () => {
    const { ctx, input, signer, head } = await setUp();
    const memo = await ok(ctx, 'memos.create', input());
    await ok(ctx, 'people.delete', { id: signer.id });
    await ok(ctx, 'people.delete', { id: head.id });
    const reopened = await ok(ctx, 'memos.get', { id: memo.id });
    expect(reopened.signer).toEqual({ personId: null, name: 'นางสาวกมลชนก บุญมี', position: 'นักทรัพยากรบุคคลชำนาญการ' });
    expect(reopened.commentBoxes[0]!.signer).toEqual({ personId: null, name: 'จ่าเอกอนุชา พรมมา', position: 'หัวหน้าสำนักปลัด' });
    const text = docxText((await ok(ctx, 'memos.export', { id: memo.id })).base64);
    expect(text).toContain('(นางสาวกมลชนก บุญมี)นักทรัพยากรบุคคลชำนาญการ');
    // Saving it again as reopened keeps the snapshot.
    const { fiscalYear: _f, runningNumber: _r, createdAt: _c, updatedAt: _u, ...fields } = reopened;
    const saved = await ok(ctx, 'memos.update', fields);
    expect(saved.signer.name).toBe('นางสาวกมลชนก บุญมี');
  });

  it('exports a body of many pages whole', async () => {
    const { ctx, input } = await setUp();
    const long = input({ sections: [{ heading: 'ข้อเท็จจริง', paragraphs: Array.from({ length: 300 }, (_, i) => `ย่อหน้าที่ ${i + 1} ของรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส`) }] });
    const memo = await ok(ctx, 'memos.create', long);
    const text = docxText((await ok(ctx, 'memos.export', { id: memo.id })).base64);
    expect(text).toContain('ย่อหน้าที่ 1 ของ');
    expect(text).toContain('ย่อหน้าที่ 300 ของ');
  });

  it('previews an unsaved draft without storing it', async () => {
    const { ctx, input } = await setUp();
    const preview = await ok(ctx, 'memos.preview', input({ subject: 'ร่างที่ยังไม่บันทึก' }));
    expect(docxText(preview.base64)).toContain('ร่างที่ยังไม่บันทึก');
    expect(await ok(ctx, 'memos.list', {})).toEqual([]);
    expect(failure(await call(ctx, 'memos.preview', { ...input(), subject: '' })).code).toBe('validation');
  });
});

describe('the Garuda image', () => {
  it('is stored in the database and used on every memo; clearing it keeps the space', async () => {
    const { ctx, input } = await setUp();
    const memo = await ok(ctx, 'memos.create', input());
    const png = makePng(100, 110);
    // The bytes decide the type, even when the caller claims another.
    const info = await ok(ctx, 'settings.setGaruda', { base64: png.toString('base64'), mimeType: 'image/jpeg' });
    expect(info).toMatchObject({ mimeType: 'image/png', width: 100, height: 110 });
    expect((await ok(ctx, 'settings.getGaruda', {}))!.base64).toBe(png.toString('base64'));
    const bytes = Buffer.from((await ok(ctx, 'memos.export', { id: memo.id })).base64, 'base64');
    expect(docxMedia(bytes)).toHaveLength(1);
    await ok(ctx, 'settings.clearGaruda', {});
    expect(await ok(ctx, 'settings.getGaruda', {})).toBe(null);
    const without = Buffer.from((await ok(ctx, 'memos.export', { id: memo.id })).base64, 'base64');
    expect(docxMedia(without)).toHaveLength(0);
  });

  it('refuses a file that is not an image, or one over 2 MB, and keeps the one stored', async () => {
    const { ctx } = await setUp();
    await ok(ctx, 'settings.setGaruda', { base64: makePng(10, 10).toString('base64'), mimeType: 'image/png' });
    const notImage = failure(await call(ctx, 'settings.setGaruda', { base64: Buffer.from('%PDF-1.7\n…').toString('base64'), mimeType: 'image/png' }));
    expect(issueMap(notImage)).toEqual({ base64: 'memos.garudaNotImage' });
    expectTranslated(notImage);
    const huge = Buffer.concat([makePng(10, 10), Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = failure(await call(ctx, 'settings.setGaruda', { base64: huge.toString('base64'), mimeType: 'image/png' }));
    expect(issueMap(tooBig)).toEqual({ base64: 'memos.garudaTooBig' });
    expect(translate('th', 'memos.garudaTooBig', tooBig.issues![0]!.params)).toContain('2 MB');
    expect(failure(await call(ctx, 'settings.setGaruda', { base64: 'not base64 at all!', mimeType: 'image/png' })).code).toBe('validation');
    expect((await ok(ctx, 'settings.getGaruda', {}))!.width).toBe(10);
  });
});

describe('saving to a file', () => {
  it('writes the .docx atomically, and on an unwritable path fails clearly leaving nothing behind', async () => {
    const { ctx, input } = await setUp();
    const memo = await ok(ctx, 'memos.create', input());
    const dir = tempDir();
    const file = await exportMemoToFile(ctx.db, memo.id, path.join(dir, 'บันทึก'));
    expect(file).toBe(path.join(dir, 'บันทึก.docx'));
    expect(docxText(fs.readFileSync(file))).toContain(input().subject);

    const missing = await thrown(() => exportMemoToFile(ctx.db, memo.id, path.join(dir, 'no-such-folder', 'memo.docx')));
    expect(missing.code).toBe('data_dir_unwritable');
    expect(translate('th', `error.${missing.code}`, missing.params)).toContain('no-such-folder');
    const readOnly = path.join(dir, 'locked');
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o555);
    if (process.getuid?.() !== 0) {
      expect((await thrown(() => exportMemoToFile(ctx.db, memo.id, path.join(readOnly, 'memo.docx')))).code).toBe('data_dir_unwritable');
      expect(fs.readdirSync(readOnly)).toEqual([]);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['locked', 'บันทึก.docx']);
    expect((await thrown(() => exportMemoToFile(ctx.db, 999, path.join(dir, 'x.docx')))).code).toBe('not_found');
  });

  it('exports a stored memo from the command line', async () => {
    const { ctx, input } = await setUp();
    const memo = await ok(ctx, 'memos.create', input());
    const out = path.join(tempDir(), 'memo.docx');
    const lines: string[] = [];
    const errors: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => errors.push(t) };
    ctx.db.close();
    expect(await runCli(['export', 'memo', '--id', String(memo.id), '--out', out, '--data-dir', ctx.dataDir], io)).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'memo', id: memo.id, file: out });
    expect(docxText(fs.readFileSync(out))).toContain(input().subject);
    expect(await runCli(['export', 'memo', '--id', '999', '--out', out, '--data-dir', ctx.dataDir, '--lang', 'en'], io)).toBe(1);
    expect(JSON.parse(errors.at(-1)!).error).toBe('not_found');
    expect(await runCli(['export', 'memo', '--out', out, '--data-dir', ctx.dataDir], io)).toBe(1);
    expect(JSON.parse(errors.at(-1)!).issues[0].path).toBe('--id');
  });
});

describe('memos in the data bundle', () => {
  it('travel with the bundle, snapshots and Garuda included, and sample data brings two', async () => {
    const { ctx, input, signer } = await setUp();
    await ok(ctx, 'memos.create', input());
    await ok(ctx, 'settings.setGaruda', { base64: makePng(20, 22).toString('base64'), mimeType: 'image/png' });
    await ok(ctx, 'people.delete', { id: signer.id });
    const bundle = JSON.parse(JSON.stringify(exportBundle(ctx)));
    expect(bundle.memos).toHaveLength(1);
    expect(bundle.garuda.mimeType).toBe('image/png');

    const other = freshContext();
    const counts = importBundle(other, bundle);
    expect(counts.memos).toBe(1);
    const [summary] = await ok(other, 'memos.list', {});
    const memo = await ok(other, 'memos.get', { id: summary!.id });
    expect(memo.signer).toEqual({ personId: null, name: 'นางสาวกมลชนก บุญมี', position: 'นักทรัพยากรบุคคลชำนาญการ' });
    expect(memo.runningNumber).toBe(123);
    expect((await ok(other, 'settings.getGaruda', {}))!.height).toBe(22);

    // A memo naming a person the bundle does not hold is refused, and nothing is replaced.
    const bad = structuredClone(bundle);
    bad.memos[0].commentBoxes[0].signer.personId = 4242;
    const refused = (() => {
      try {
        importBundle(other, bad);
      } catch (error) {
        return error as { code: string; details: { issues: { path: string }[] } };
      }
      throw new Error('expected a refusal');
    })();
    expect(refused.code).toBe('bundle_invalid');
    expect(refused.details.issues.map((i) => i.path)).toContain('memos.0.commentBoxes.0.signer.personId');
    expect(await ok(other, 'memos.list', {})).toHaveLength(1);

    const demo = freshContext();
    importBundle(demo, sampleBundle('test'));
    const memos = await ok(demo, 'memos.list', {});
    expect(memos).toHaveLength(2);
    const exported = await ok(demo, 'memos.export', { id: memos[0]!.id });
    expect(docxText(exported.base64)).toContain('ความเห็นของหัวหน้าสำนักปลัด');
  });
});
