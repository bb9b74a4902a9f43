import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/context';
import { NO_PROGRESS_TEXT } from '../../../shared/documents/progressReport';
import { REFERENCE_PLAN_MEASURES } from '../../../shared/measures/sampleMeasures';
import { importBundle } from '../../../electron/services/bundle';
import { sampleBundle } from '../../../shared/sampleBundle';
import { docxMedia, docxParts, docxText, docxToPdf, pdfPageCount, pdfToPngs, pdfWords, xmlText } from '../../support/documents';
import { call, freshContext, ok } from '../foundation/helpers';
import { NONG_MUANG_RANKING } from '../results/fixtures/references';

/**
 * The real measures plan of ../reference/measures-plan-2566.txt (เทศบาลตำบลหนองม่วง, plan year
 * 2566 from the 2565 results) rebuilt from data, exported, and read back from the .docx XML; then
 * both documents rendered through LibreOffice to PNGs in test-artifacts/measures/ to compare by eye.
 */
const OUT = path.resolve('test-artifacts/measures');

/** The 2565 indicator scores of the reference plan's ranked table, in its order. */
const RANKED = NONG_MUANG_RANKING;
const INDICATOR_NO: Record<string, number> = {
  การปฏิบัติหน้าที่: 1,
  การใช้งบประมาณ: 2,
  การใช้อำนาจ: 3,
  การใช้ทรัพย์สินของราชการ: 4,
  การแก้ไขปัญหาการทุจริต: 5,
  คุณภาพการดำเนินงาน: 6,
  ประสิทธิภาพการสื่อสาร: 7,
  การปรับปรุงการทำงาน: 8,
  การเปิดเผยข้อมูล: 9,
  การป้องกันการทุจริต: 10,
};
const THAI = (s: string) => s.replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);

/** Rows of every table of a document part: cells as their paragraphs' texts. */
function tables(xml: string): string[][][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1]!.matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)].map((p) => xmlText(p[1]!)))),
  );
}

async function referenceOffice(): Promise<{ ctx: AppContext; unitIds: Record<string, number> }> {
  const ctx = freshContext();
  await ok(ctx, 'setup.complete', {
    organization: {
      name: 'เทศบาลตำบลหนองม่วง',
      type: 'subdistrict_municipality',
      district: 'หนองม่วง',
      province: 'ลพบุรี',
      phone: '036-000000',
      docNumberPrefix: 'ลบ ๕๑๒๐๑',
      thaiDigits: true,
      documentFont: 'TH SarabunIT๙',
    },
    units: [{ name: 'สำนักปลัดเทศบาล', sections: [] }, { name: 'กองคลัง', sections: [] }, { name: 'ทุกส่วนราชการ', sections: [] }],
  });
  const unitIds = Object.fromEntries((await ok(ctx, 'units.list', {})).map((u) => [u.name, u.id]));
  await ok(ctx, 'assessments.patch', {
    fiscalYear: 2565,
    overallScore: 97.07,
    indicators: Object.fromEntries(RANKED.map(([name, score]) => [String(INDICATOR_NO[name]), score])),
    items: { O12: { score: 0 }, O17: { score: 0 }, O20: { score: 0 }, O24: { score: 0 } },
  });
  await ok(ctx, 'measures.createMany', {
    measures: REFERENCE_PLAN_MEASURES.map((m) => ({
      fiscalYear: 2566,
      sourceYear: 2565,
      instrument: m.instrument,
      indicatorNo: m.indicatorNo,
      title: m.title,
      methods: m.methods,
      unitIds: m.units.map((u) => unitIds[u]!),
      period: m.period,
      cadence: m.cadence,
      oitItems: m.oitItems,
      followUp: 'รายงานผลการดำเนินการในการประชุมพนักงานและในที่ประชุมหัวหน้าส่วนราชการ',
    })),
  });
  return { ctx, unitIds };
}

async function render(name: string, base64: string): Promise<{ pages: number; landscape: number; words: string }> {
  fs.mkdirSync(OUT, { recursive: true });
  const docx = path.join(OUT, `${name}.docx`);
  fs.writeFileSync(docx, Buffer.from(base64, 'base64'));
  const pdf = docxToPdf(docx, OUT);
  for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) fs.rmSync(path.join(OUT, old));
  pdfToPngs(pdf, path.join(OUT, name));
  const words = pdfWords(pdf);
  return { pages: pdfPageCount(pdf), landscape: new Set(words.filter((w) => w.pageWidth > w.pageHeight).map((w) => w.page)).size, words: words.map((w) => w.text).join('') };
}

describe('the measures plan', () => {
  it('rebuilds the reference plan: ranked table, highest and lowest, chart, and its eight measures with units and periods in order', async () => {
    const { ctx } = await referenceOffice();
    const file = await ok(ctx, 'measuresPlan.export', { fiscalYear: 2566 });
    expect(file.fileName).toMatch(/\.docx$/);
    const bytes = Buffer.from(file.base64, 'base64');
    const xml = docxParts(bytes)['word/document.xml']!;
    const text = xmlText(xml);
    expect(text).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(text).toContain('เทศบาลตำบลหนองม่วง อำเภอหนองม่วง จังหวัดลพบุรี');
    expect(text).toContain('มีผลคะแนน ๙๗.๐๗ คะแนน อยู่ในระดับ AA');
    expect(text).toContain('คะแนนสูงสุด ๑๐๐.๐๐ คะแนน');
    expect(text).toContain('คะแนนต่ำสุด ๘๙.๒๙ คะแนน');
    expect(docxMedia(bytes)).toHaveLength(1); // the indicator chart

    const all = tables(xml);
    const ranked = all.find((t) => t[0]!.map((c) => c.join('')).join('|') === 'อันดับ|ตัวชี้วัด|คะแนน')!;
    expect(ranked.slice(1).map((row) => row.map((c) => c.join('')))).toEqual(RANKED.map(([name, score], i) => [THAI(String(i + 1)), name, THAI(score.toFixed(2))]));

    // The issues table: per instrument, the indicator to improve (the lowest, as the reference chose) and its score.
    const issues = all.find((t) => t[0]!.map((c) => c.join('')).join('|') === 'ตัวชี้วัดของการประเมิน ITA|คะแนน|ประเด็นที่ต้องแก้ไข/ปรับปรุง')!;
    expect(issues.slice(1).map((row) => row.slice(0, 2).map((c) => c.join('')))).toEqual([
      ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)'],
      ['๑ การใช้งบประมาณ', '๙๗.๐๕'],
      ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'],
      ['๑ การปรับปรุงการทำงาน', '๙๘.๐๔'],
      ['แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)'],
      ['๑ การเปิดเผยข้อมูล', '๘๙.๒๙'],
    ]);

    const measures = all.find((t) => t[0]!.map((c) => c.join('')).join('|') === 'มาตรการ/แนวทาง|วิธีการดำเนินการ|ผู้รับผิดชอบ|ระยะเวลาดำเนินการ|การติดตามผล')!;
    const rows = measures.slice(1);
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r[0]!.join(''))).toEqual(REFERENCE_PLAN_MEASURES.map((m, i) => `${THAI(String(i + 1))} ${m.title}`));
    expect(rows.map((r) => r[2])).toEqual(REFERENCE_PLAN_MEASURES.map((m) => (m.units.length > 1 ? m.units.map((u) => `-${u}`) : m.units)));
    expect(rows.map((r) => r[3]!.join(''))).toEqual(REFERENCE_PLAN_MEASURES.map(() => 'ปีงบประมาณ ๒๕๖๖'));
    expect(rows[5]![1]).toEqual(REFERENCE_PLAN_MEASURES[5]!.methods.map((m, i) => `${THAI(String(i + 1))}) ${m}`));
    expect(rows[6]![4]!.join(' ')).toContain('O๑๒, O๑๗, O๒๐, O๒๔');
    // The measures table is a landscape section whose header repeats on every page.
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader/>');

    // Stored: the same document comes out again later, even after the defaults would change.
    const stored = await ok(ctx, 'measuresPlan.getOptions', { fiscalYear: 2566 });
    expect(stored.stored).toBe(true);
    await ok(ctx, 'measuresPlan.saveOptions', { ...stored.options, reporting: ['รายงานผลทุกไตรมาสในที่ประชุมหัวหน้าส่วนราชการ'], signers: [{ personId: null, name: 'นายทดสอบ ใจดี', position: 'นายกเทศมนตรีตำบลหนองม่วง' }] });
    const edited = docxText((await ok(ctx, 'measuresPlan.export', { fiscalYear: 2566 })).base64);
    expect(edited).toContain('รายงานผลทุกไตรมาสในที่ประชุมหัวหน้าส่วนราชการ');
    expect(edited).toContain('(นายทดสอบ ใจดี)');

    const visual = await render('measures-plan', file.base64);
    expect(visual.landscape).toBeGreaterThanOrEqual(1);
    expect(visual.pages).toBeGreaterThan(visual.landscape);
    expect(visual.words).toContain('ระยะเวลา');
  }, 120_000);

  it('says so when the assessment year has no results or the plan year no measures', async () => {
    const ctx = freshContext();
    await ok(ctx, 'setup.complete', { organization: { name: 'อบต.ว่าง', type: 'sao', district: 'เมือง', province: 'ขอนแก่น', phone: '', docNumberPrefix: 'ขก', thaiDigits: false, documentFont: 'TH SarabunIT๙' }, units: [] });
    const text = docxText((await ok(ctx, 'measuresPlan.export', { fiscalYear: 2570 })).base64);
    expect(text).toContain('ยังไม่มีผลการประเมินของปีงบประมาณ พ.ศ. 2569');
    expect(text).toContain('ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. 2570');
  });
});

describe('the progress report', () => {
  it('covers the memo with comment boxes, then one table per instrument with each unit’s result and suggestion', async () => {
    const { ctx, unitIds } = await referenceOffice();
    for (const [position, role] of [
      ['นักทรัพยากรบุคคลชำนาญการ', 'ita_admin'],
      ['หัวหน้าสำนักปลัดเทศบาล', 'unit_head'],
      ['ปลัดเทศบาลตำบลหนองม่วง', 'permanent_secretary'],
      ['นายกเทศมนตรีตำบลหนองม่วง', 'chief_executive'],
    ] as const)
      await ok(ctx, 'people.create', { title: 'นาย', firstName: position.slice(0, 6), lastName: 'ทดสอบ', position, unitId: role === 'chief_executive' ? null : unitIds['สำนักปลัดเทศบาล']!, role });
    const [budget] = await ok(ctx, 'measures.list', { fiscalYear: 2566 });
    await ok(ctx, 'progress.save', { measureId: budget!.id, period: '6m', unitId: unitIds['กองคลัง']!, result: 'เผยแพร่รายงานการใช้จ่ายงบประมาณรายเดือนแล้ว', suggestion: 'ทำอินโฟกราฟิกทุกไตรมาส', status: 'inProgress' });
    const entry = await ok(ctx, 'progress.save', { measureId: budget!.id, period: '6m', unitId: unitIds['สำนักปลัดเทศบาล']!, result: 'ชี้แจงในการประชุมพนักงาน', suggestion: '', status: 'done' });
    await ok(ctx, 'evidence.add', { entryId: entry.id, source: { kind: 'url', url: 'https://www.nongmuang.go.th/budget' } });

    const options = (await ok(ctx, 'progressReport.getOptions', { fiscalYear: 2566, period: '6m' })).options;
    expect(options.memo.salutation).toBe('นายกเทศมนตรีตำบลหนองม่วง');
    expect(options.memo.commentBoxes.map((b) => b.heading)).toEqual(['ความเห็นของหัวหน้าสำนักปลัดเทศบาล', 'ความเห็นของปลัดเทศบาลตำบลหนองม่วง', 'ความเห็นของนายกเทศมนตรีตำบลหนองม่วง']);
    const file = await ok(ctx, 'progressReport.export', { fiscalYear: 2566, period: '6m', options: { ...options, memo: { ...options.memo, date: '2023-04-24', docNumber: 'ลบ ๕๑๒๐๑/๑๒' } } });
    const xml = docxParts(Buffer.from(file.base64, 'base64'))['word/document.xml']!;
    const text = xmlText(xml);
    expect(text).toContain('บันทึกข้อความ');
    expect(text).toContain('๒๔ เมษายน ๒๕๖๖');
    expect(text).toContain('ความเห็นของปลัดเทศบาลตำบลหนองม่วง');
    expect(text.indexOf('ความเห็นของนายกเทศมนตรีตำบลหนองม่วง')).toBeLessThan(text.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', text.indexOf('ความเห็นของนายก')));

    const all = tables(xml);
    expect(all).toHaveLength(3); // IIT, EIT, OIT
    for (const t of all) expect(t[0]!.map((c) => c.join(''))).toEqual(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินการ', 'ข้อเสนอแนะ']);
    const first = all[0]![1]!;
    expect(first[0]!.join('')).toBe('๑. การใช้งบประมาณ');
    expect(first[4]).toEqual(['กองคลัง: เผยแพร่รายงานการใช้จ่ายงบประมาณรายเดือนแล้ว', '[อยู่ระหว่างดำเนินการ]', 'สำนักปลัดเทศบาล: ชี้แจงในการประชุมพนักงาน', 'หลักฐาน: https://www.nongmuang.go.th/budget']);
    expect(first[5]).toEqual(['กองคลัง: ทำอินโฟกราฟิกทุกไตรมาส']);
    expect(all[0]![2]![4]).toEqual([NO_PROGRESS_TEXT]);

    const visual = await render('progress-report', file.base64);
    expect(visual.landscape).toBeGreaterThanOrEqual(1);
    expect(visual.words).toContain('ผลการดำเนินการ');
  }, 120_000);

  it('shows, for a measure of another cadence, its latest report of a period that ended by then', async () => {
    const ctx = freshContext();
    importBundle(ctx, sampleBundle('test')); // the quarterly OIT measure reported q1 only
    const sixMonths = tables(docxParts(Buffer.from((await ok(ctx, 'progressReport.export', { fiscalYear: 2566, period: '6m' })).base64, 'base64'))['word/document.xml']!);
    const oit = sixMonths.at(-1)!.find((row) => row[0]!.join('').includes('การเปิดเผยข้อมูล'))!;
    expect(oit[4]!.join(' ')).toContain('ตรวจสอบข้อมูลข้อ O12 O20 O24');
    const q1 = tables(docxParts(Buffer.from((await ok(ctx, 'progressReport.export', { fiscalYear: 2566, period: 'q1' })).base64, 'base64'))['word/document.xml']!);
    // The 6-month reports end after the first quarter: not shown in it.
    expect(q1[0]!.find((row) => row[0]!.join('').includes('การใช้งบประมาณ'))![4]).toEqual([NO_PROGRESS_TEXT]);
  });

  it('exports a period with no progress yet and says so in the document', async () => {
    const { ctx } = await referenceOffice();
    const file = await ok(ctx, 'progressReport.export', { fiscalYear: 2566, period: '12m' });
    const text = docxText(file.base64);
    expect(text).toContain(`${NO_PROGRESS_TEXT} รอบ ๑๒ เดือน`);
    // Options for another year or period than asked are refused, nothing is stored.
    const options = (await ok(ctx, 'progressReport.getOptions', { fiscalYear: 2566, period: '12m' })).options;
    expect((await call(ctx, 'progressReport.export', { fiscalYear: 2566, period: '6m', options })).ok).toBe(false);
  });
});
