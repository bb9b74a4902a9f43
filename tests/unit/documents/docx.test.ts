import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/docx/render';
import type { Organization } from '../../../shared/api/office';
import { buildMemoModel, formatDocNumber, runningNumberOf, suggestAgency } from '../../../shared/documents/memo';
import { sniffImage } from '../../../shared/documents/image';
import { docxMedia, docxParts, longReportModel, makePng, sampleMemoInput, xmlText } from '../../support/documents';
import { TEST_ORGANIZATION } from '../../support/organization';

const ORG: Organization = TEST_ORGANIZATION;

const garuda = (() => {
  const data = makePng(120, 130);
  return { data, mimeType: 'image/png' as const, width: 120, height: 130 };
})();

/** Attribute values of every element `<tag .../>` in the XML. */
const elements = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?/?>`, 'g'))].map((m) => m[0]);
const attr = (element: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(element)?.[1];
const TWIPS_PER_CM = 1440 / 2.54;

async function memoParts(org: Organization = ORG, withGaruda = true) {
  const bytes = await renderDocx(buildMemoModel(sampleMemoInput(), org, withGaruda ? garuda : null));
  return { bytes, parts: docxParts(bytes) };
}

describe('memo .docx', () => {
  it('is A4 with the Thai official margins (left 3, right 2, top 2.5, bottom 2 cm)', async () => {
    const { parts } = await memoParts();
    const doc = parts['word/document.xml']!;
    const size = elements(doc, 'w:pgSz')[0]!;
    expect(Number(attr(size, 'w:w'))).toBe(Math.round(21 * TWIPS_PER_CM));
    expect(Number(attr(size, 'w:h'))).toBe(Math.round(29.7 * TWIPS_PER_CM));
    const margin = elements(doc, 'w:pgMar')[0]!;
    expect(Number(attr(margin, 'w:left'))).toBe(1701);
    expect(Number(attr(margin, 'w:right'))).toBe(1134);
    expect(Number(attr(margin, 'w:top'))).toBe(1417);
    expect(Number(attr(margin, 'w:bottom'))).toBe(1134);
  });

  it('sets the chosen font for every script and 16 pt as both normal and complex-script size on body runs', async () => {
    const { parts } = await memoParts({ ...ORG, documentFont: 'TH SarabunPSK' });
    const doc = parts['word/document.xml']!;
    const fonts = elements(doc, 'w:rFonts');
    expect(fonts.length).toBeGreaterThan(20);
    for (const f of fonts) for (const script of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attr(f, script), f).toBe('TH SarabunPSK');
    // Every run that sets a size sets the complex-script size to the same value.
    const runs = [...doc.matchAll(/<w:rPr>(.*?)<\/w:rPr>/g)].map((m) => m[1]!);
    for (const r of runs) {
      const sz = /<w:sz w:val="(\d+)"\/>/.exec(r)?.[1];
      const szCs = /<w:szCs w:val="(\d+)"\/>/.exec(r)?.[1];
      expect(szCs, r).toBe(sz);
    }
    const sizes = runs.map((r) => Number(/<w:szCs w:val="(\d+)"\/>/.exec(r)?.[1]));
    expect(sizes.filter((s) => s === 32).length).toBeGreaterThan(10); // body 16 pt
    expect(sizes).toContain(58); // บันทึกข้อความ 29 pt
    expect(sizes).toContain(40); // labels 20 pt
    // Bold is set for complex script too, so Thai labels print bold.
    const bold = runs.filter((r) => r.includes('<w:b/>'));
    expect(bold.length).toBeGreaterThan(4);
    for (const r of bold) expect(r).toContain('<w:bCs/>');
    expect(parts['word/styles.xml']).toContain('w:cs="TH SarabunPSK"');
  });

  it('puts the Garuda 1.5 cm high at the top left, on the same line as the centred title', async () => {
    const { bytes, parts } = await memoParts();
    const doc = parts['word/document.xml']!;
    expect(docxMedia(bytes)).toHaveLength(1);
    const first = /<w:p>.*?<\/w:p>/.exec(doc)![0];
    expect(first).toContain('<wp:inline');
    const extent = elements(first, 'wp:extent')[0]!;
    const heightCm = Number(attr(extent, 'cy')) / 360000;
    expect(heightCm).toBeCloseTo(1.5, 1);
    expect(Number(attr(extent, 'cx')) / Number(attr(extent, 'cy'))).toBeCloseTo(120 / 130, 1);
    expect(xmlText(first)).toBe('บันทึกข้อความ');
    expect(first).toMatch(/<w:tab w:val="center" w:pos="4535"\/>/);
  });

  it('keeps the Garuda space when the office has no Garuda image', async () => {
    const { bytes, parts } = await memoParts(ORG, false);
    expect(docxMedia(bytes)).toHaveLength(0);
    const first = /<w:p>.*?<\/w:p>/.exec(parts['word/document.xml']!)![0];
    expect(first).toMatch(/w:line="850" w:lineRule="atLeast"/);
    expect(xmlText(first)).toBe('บันทึกข้อความ');
  });

  it('writes ที่ and วันที่ on one line with dotted leaders, the date in Thai digits and the Buddhist era', async () => {
    const { parts } = await memoParts();
    const paragraphs = [...parts['word/document.xml']!.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
    const line = paragraphs.find((p) => xmlText(p).startsWith('ที่'))!;
    expect(xmlText(line)).toBe('ที่ ขก ๘๘๘๐๑/๑๒๓วันที่ ๒๔ มกราคม ๒๕๖๖');
    expect(elements(line, 'w:tab').filter((t) => attr(t, 'w:leader') === 'dot')).toHaveLength(2);
    const withArabic = await memoParts({ ...ORG, thaiDigits: false });
    expect(xmlText(withArabic.parts['word/document.xml']!)).toContain('วันที่ 24 มกราคม 2566');
  });

  it('justifies body paragraphs Thai-distributed with a 2.5 cm first-line indent, and keeps the text exactly', async () => {
    const input = sampleMemoInput();
    const { parts } = await memoParts();
    const doc = parts['word/document.xml']!;
    const paragraphs = [...doc.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
    const body = paragraphs.find((p) => xmlText(p) === input.sections[0]!.paragraphs[0])!;
    expect(body).toContain('<w:jc w:val="thaiDistribute"/>');
    expect(body).toContain('w:firstLine="1417"');
    // No spaces or zero-width characters added to the text.
    const text = xmlText(doc);
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) expect(text).not.toContain(invisible);
    for (const section of input.sections) for (const p of section.paragraphs) expect(text).toContain(p);
    expect(text).toContain('๑. เรื่องเดิม');
    expect(text).toContain('๔. ข้อเสนอแนะ');
  });

  it('keeps every signature block together, right of centre, name in brackets and position below', async () => {
    const { parts } = await memoParts();
    const paragraphs = [...parts['word/document.xml']!.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
    const nameAt = paragraphs.findIndex((p) => xmlText(p) === '(นางสาวกมลชนก บุญมี)');
    expect(nameAt).toBeGreaterThan(0);
    expect(xmlText(paragraphs[nameAt + 1]!)).toBe('นักทรัพยากรบุคคลชำนาญการ');
    // The closing line, the blank signing lines and the name keep with the next paragraph.
    for (let i = nameAt - 3; i <= nameAt; i++) expect(paragraphs[i], xmlText(paragraphs[i]!)).toContain('<w:keepNext/>');
    for (const p of paragraphs.slice(nameAt - 2, nameAt + 2)) {
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(p).toMatch(/w:left="3402"/); // 6 cm: the block sits right of centre
    }
    // A comment box per level: heading, two dotted lines, its own signature.
    const heading = paragraphs.findIndex((p) => xmlText(p) === 'ความเห็นของหัวหน้าสำนักปลัด');
    expect(paragraphs[heading + 1]).toContain('w:leader="dot"');
    expect(paragraphs[heading + 2]).toContain('w:leader="dot"');
    expect(paragraphs.slice(heading, heading + 6).every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    expect(paragraphs.some((p) => xmlText(p) === '(จ่าเอกอนุชา พรมมา)')).toBe(true);
  });

  it('numbers pages from page 2 at the top centre as "- ๒ -", with digits per setting', async () => {
    const { parts } = await memoParts();
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:titlePg/>');
    const refs = elements(doc, 'w:headerReference');
    const defaultRef = attr(refs.find((r) => attr(r, 'w:type') === 'default')!, 'r:id');
    const firstRef = attr(refs.find((r) => attr(r, 'w:type') === 'first')!, 'r:id');
    const rels = parts['word/_rels/document.xml.rels']!;
    const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const header = parts[`word/${target(defaultRef)}`]!;
    const firstHeader = parts[`word/${target(firstRef)}`]!;
    // PAGE takes its digits from the section's number format: Thai numerals when the office uses Thai digits.
    expect(header).toContain('w:instr="PAGE"');
    expect(elements(doc, 'w:pgNumType').map((e) => attr(e, 'w:fmt'))).toEqual(['thaiNumbers']);
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(xmlText(header)).toBe('- ๒ -');
    expect(firstHeader).not.toContain('PAGE');
    const arabic = await memoParts({ ...ORG, thaiDigits: false });
    const arabicHeaders = Object.entries(arabic.parts).filter(([name]) => name.startsWith('word/header')).map(([, xml]) => xml).join('');
    expect(arabicHeaders).toContain('w:instr="PAGE"');
    expect(elements(arabic.parts['word/document.xml']!, 'w:pgNumType').map((e) => attr(e, 'w:fmt'))).toEqual(['decimal']);
  });
});

describe('tables and landscape sections', () => {
  it('switches to landscape for the wide table and back, repeating the header row and keeping rows whole', async () => {
    const parts = docxParts(await renderDocx(longReportModel(ORG, 40)));
    const doc = parts['word/document.xml']!;
    const sizes = elements(doc, 'w:pgSz');
    expect(sizes).toHaveLength(3);
    expect(sizes.map((s) => attr(s, 'w:orient') ?? 'portrait')).toEqual(['portrait', 'landscape', 'portrait']);
    expect(Number(attr(sizes[1]!, 'w:w'))).toBe(Math.round(29.7 * TWIPS_PER_CM));
    // Only the first section has a different first page; the others number every page.
    expect(doc.match(/<w:titlePg\/>/g)).toHaveLength(1);
    const rows = [...doc.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(41);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows[0]).toContain('<w:cantSplit/>');
    expect(xmlText(rows[0]!)).toBe('มาตรการ/แนวทางวิธีการดำเนินการผู้รับผิดชอบระยะเวลาดำเนินการผลการดำเนินการข้อเสนอแนะ');
    // Columns fill the landscape text width (29.7 − 2 − 2 cm) in proportion.
    const grid = elements(doc, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBeCloseTo(25.7 * TWIPS_PER_CM, -1);
    expect(grid[0]! / grid[2]!).toBeCloseTo(2, 1);
  });

  it('keeps rows of a few lines whole on one page', async () => {
    const model = longReportModel(ORG, 30);
    const table = model.sections[1]!.blocks[1]!;
    if (table.kind !== 'table') throw new Error('fixture changed');
    table.rows = table.rows.map((row, i) => row.map(() => ({ paragraphs: [`มาตรการที่ ${i + 1}`, 'ดำเนินการตามแผน'] })));
    const rows = [...docxParts(await renderDocx(model))['word/document.xml']!.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(31);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('lets a row taller than a third of a page break rather than leave half-empty pages', async () => {
    const model = longReportModel(ORG, 1);
    const table = model.sections[1]!.blocks[1]!;
    if (table.kind !== 'table') throw new Error('fixture changed');
    table.rows[0]![4] = { paragraphs: Array.from({ length: 12 }, () => 'ผลการดำเนินการที่ยาวมากจนเกินครึ่งหน้ากระดาษ') };
    const doc = docxParts(await renderDocx(model))['word/document.xml']!;
    const rows = [...doc.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[1]).not.toContain('<w:cantSplit/>');
  });
});

describe('other blocks', () => {
  it('renders headings, page breaks, images and plain signatures for the later document types', async () => {
    const bytes = await renderDocx({
      title: 'รายงานการประชุม',
      font: 'TH Sarabun New',
      thaiDigits: false,
      pageNumbers: false,
      sections: [
        {
          orientation: 'portrait',
          blocks: [
            { kind: 'heading', level: 1, text: 'รายงานการประชุม' },
            { kind: 'heading', level: 2, number: '1.', text: 'ระเบียบวาระที่ 1' },
            { kind: 'pageBreak' },
            { kind: 'image', data: makePng(60, 30), mimeType: 'image/png', widthCm: 10, heightCm: 5 },
            { kind: 'signature', signLabel: '(ลงชื่อ)', name: '', position: ['ผู้จดรายงานการประชุม'] },
          ],
        },
      ],
    });
    const parts = docxParts(bytes);
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(docxMedia(bytes)).toHaveLength(1);
    expect(Number(attr(elements(doc, 'wp:extent')[0]!, 'cx')) / 360000).toBeCloseTo(10, 1);
    const text = xmlText(doc);
    expect(text).toContain('รายงานการประชุม');
    expect(text).toContain('1. ระเบียบวาระที่ 1');
    expect(text).toContain('(ลงชื่อ)');
    expect(text).toContain('ผู้จดรายงานการประชุม');
    // Without page numbers there is no header and no different first page.
    expect(doc).not.toContain('<w:titlePg/>');
    expect(Object.keys(parts).some((name) => name.startsWith('word/header'))).toBe(false);
    // The document title is larger (18 pt) and bold.
    const title = [...doc.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]).find((p) => xmlText(p) === 'รายงานการประชุม')!;
    expect(title).toContain('<w:szCs w:val="36"/>');
    expect(title).toContain('<w:bCs/>');
  });
});

describe('memo numbering and images', () => {
  it('reads and writes running numbers in either digits', () => {
    expect(runningNumberOf('ขก ๘๘๘๐๑/๑๒๓')).toBe(123);
    expect(runningNumberOf('ขก 88801/45')).toBe(45);
    expect(runningNumberOf('ขก ๘๘๘๐๑.๐๐๒/ว ๑๒')).toBe(null);
    expect(formatDocNumber('ขก 88801', 7, { thaiDigits: true })).toBe('ขก ๘๘๘๐๑/๗');
    expect(formatDocNumber('ขก ๘๘๘๐๑', 12, { thaiDigits: false })).toBe('ขก ๘๘๘๐๑/12');
    expect(suggestAgency(ORG, 'สำนักปลัด')).toBe('สำนักปลัด เทศบาลตำบลทดสอบ จังหวัดขอนแก่น โทร ๐๔๓-๑๒๓๔๕๖');
  });

  it('recognises PNG and JPEG by their bytes only', () => {
    expect(sniffImage(makePng(40, 50))).toEqual({ mimeType: 'image/png', width: 40, height: 50 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x30, 0x00, 0x20, 0x03, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(sniffImage(jpeg)).toEqual({ mimeType: 'image/jpeg', width: 32, height: 48 });
    expect(sniffImage(Buffer.from('%PDF-1.7 not an image'))).toBe(null);
    expect(sniffImage(Buffer.from('GIF89a'))).toBe(null);
  });
});
