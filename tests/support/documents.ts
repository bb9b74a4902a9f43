import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync, zlibSync } from 'fflate';
import type { DocumentModel, TableCell } from '../../shared/documents/model';
import { buildMemoModel } from '../../shared/documents/memo';
import type { MemoInput } from '../../shared/api/memos';
import type { Organization } from '../../shared/api/office';
import { formatNumber } from '../../shared/domain/thaiFormat';

/** Helpers for tests that read produced .docx files back and render them with LibreOffice. */

/** The XML parts of a .docx, by path (`word/document.xml`, `word/header1.xml` …). */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

export function docxMedia(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes)).filter((name) => name.startsWith('word/media/'));
}

/** All text of `w:t` elements of a part, in order. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')).join('');
}

/** All text of a .docx's body (`word/document.xml`): from its bytes, or from base64 as the API returns them. */
export function docxText(file: Uint8Array | string): string {
  return xmlText(docxParts(typeof file === 'string' ? Buffer.from(file, 'base64') : file)['word/document.xml']!);
}

function crc32(buf: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    let c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A real PNG (a dark red disc on white) of the given size, standing in for an office's Garuda file. */
export function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height, 255);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0;
    for (let x = 0; x < width; x++) {
      const inside = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (Math.min(width, height) / 2.2) ** 2;
      if (inside) raw.set([150, 20, 20], y * stride + 1 + x * 3);
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', zlibSync(raw)), pngChunk('IEND', new Uint8Array())]);
}

/**
 * fontconfig that maps the TH Sarabun family to Laksaman (Debian fonts-thai-tlwg), the metric
 * stand-in for TH SarabunPSK, so LibreOffice lays out with a Thai font of the same size class.
 */
function fontConfig(dir: string): string {
  const file = path.join(dir, 'fonts.conf');
  const alias = (family: string) => `<alias binding="same"><family>${family}</family><prefer><family>Laksaman</family></prefer></alias>`;
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${['TH SarabunIT๙', 'TH SarabunPSK', 'TH Sarabun New'].map(alias).join('')}</fontconfig>`,
  );
  return file;
}

/** Converts a .docx to PDF with headless LibreOffice (own profile folder); returns the PDF path. */
export function docxToPdf(docx: string, outDir: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
      env: { ...process.env, FONTCONFIG_FILE: fontConfig(work) },
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

export interface PdfWord {
  page: number;
  pageWidth: number;
  pageHeight: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word of a PDF with its box in points (`pdftotext -bbox`). */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page += 1;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (w) words.push({ page, pageWidth, pageHeight, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: w[5]! });
  }
  return words;
}

/** Renders PDF pages to PNGs `<prefix>-N.png`; returns their paths. */
export function pdfToPngs(pdf: string, prefix: string, dpi = 70): string[] {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

export const CM_TO_PT = 72 / 2.54;


const MEASURE = 'ผู้บังคับบัญชานำผลการประเมินในด้านการมอบหมายงาน การประเมินผลการปฏิบัติงาน และการคัดเลือกเพื่อการพัฒนาทรัพยากรบุคคล มากำหนดนโยบายหรือแผนการบริหารทรัพยากรบุคคล พร้อมทั้งดำเนินการตามนโยบายหรือแผนที่กำหนดไว้';
const METHOD = 'นำผลการประเมินการปฏิบัติงาน และการคัดเลือกเพื่อการพัฒนาทรัพยากรบุคคลมากำหนดนโยบายหรือแผนการบริหารทรัพยากรบุคคลในปีถัดไป';
const RESULT = 'ประชุมชี้แจงรายละเอียดหลักเกณฑ์แนวทางการปฏิบัติในการบริหารทรัพยากรบุคคลให้พนักงานรับทราบในการประชุมประจำเดือน เมื่อวันที่ ๖ ธันวาคม ๒๕๖๕';
const SUGGESTION = 'หากมีบุคลากรบรรจุ/โอน/ย้ายเข้ามาในหน่วยงาน ควรมอบหมายเจ้าหน้าที่สำนักปลัดแจ้งให้ทราบถึงมาตรการต่าง ๆ ของหน่วยงาน';

/** A memo with the standard four sections and the given number of extra body paragraphs. */
export function sampleMemoInput(extraParagraphs = 0): MemoInput {
  return {
    date: '2023-01-24',
    docNumber: 'ขก ๘๘๘๐๑/๑๒๓',
    unitId: null,
    agency: 'สำนักปลัด เทศบาลตำบลทดสอบ จังหวัดขอนแก่น โทร ๐๔๓-๑๒๓๔๕๖',
    subject: 'รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
    salutation: 'นายกเทศมนตรีตำบลทดสอบ',
    numbered: true,
    sections: [
      { heading: 'เรื่องเดิม', paragraphs: [`ด้วยสำนักงาน ป.ป.ช. ได้ดำเนินโครงการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ผ่านระบบเทคโนโลยีสารสนเทศ (ITAS) นั้น`] },
      { heading: 'ข้อเท็จจริง', paragraphs: [RESULT, ...Array.from({ length: extraParagraphs }, (_, i) => `${formatNumber(i + 1, { thaiDigits: true })}) ${MEASURE} ${METHOD}`)] },
      { heading: 'ข้อกฎหมาย/ระเบียบที่เกี่ยวข้อง', paragraphs: ['ตามมติคณะรัฐมนตรีในการประชุมเมื่อวันที่ ๒๓ มกราคม ๒๕๖๑'] },
      { heading: 'ข้อเสนอแนะ', paragraphs: ['จึงขอรายงานผลการดำเนินการ รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้'] },
    ],
    closing: 'จึงเรียนมาเพื่อโปรดทราบและพิจารณา',
    signer: { personId: null, name: 'นางสาวกมลชนก บุญมี', position: 'นักทรัพยากรบุคคลชำนาญการ' },
    commentBoxes: [
      { heading: 'ความเห็นของหัวหน้าสำนักปลัด', signer: { personId: null, name: 'จ่าเอกอนุชา พรมมา', position: 'หัวหน้าสำนักปลัด' } },
      { heading: 'ความเห็นของปลัดเทศบาล', signer: { personId: null, name: 'นางวิไลวรรณ ทองดี', position: 'ปลัดเทศบาลตำบลทดสอบ' } },
    ],
  };
}

/**
 * A progress report: the covering memo, then a landscape section with a long six-column table
 * (header row repeated on each page), then a portrait page back for the signature.
 */
export function longReportModel(org: Organization, rows: number): DocumentModel {
  const memo = buildMemoModel(sampleMemoInput(), org, null);
  const header: TableCell[] = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินการ', 'ข้อเสนอแนะ'].map((text) => ({ paragraphs: [text], shaded: true }));
  const body: TableCell[][] = Array.from({ length: rows }, (_, i) => [
    { paragraphs: [`${formatNumber(i + 1, org)}) ${MEASURE}`] },
    { paragraphs: [METHOD] },
    { paragraphs: ['สำนักปลัด กองคลัง กองช่าง'] },
    { paragraphs: ['ม.ค. ๖๖ - มี.ค. ๖๖'] },
    { paragraphs: [RESULT] },
    { paragraphs: [SUGGESTION] },
  ]);
  return {
    ...memo,
    title: 'รายงานผลการดำเนินการตามมาตรการ',
    sections: [
      ...memo.sections,
      {
        orientation: 'landscape',
        blocks: [
          { kind: 'heading', level: 1, text: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖' },
          { kind: 'table', columns: [{ weight: 5 }, { weight: 5 }, { weight: 2.5 }, { weight: 2.2 }, { weight: 5 }, { weight: 4 }], headerRows: [header], rows: body },
        ],
      },
      {
        orientation: 'portrait',
        blocks: [
          { kind: 'paragraph', runs: ['ขอรับรองว่ารายงานผลการดำเนินการข้างต้นถูกต้องตามความเป็นจริง'], firstLineIndentCm: 2.5 },
          { kind: 'signature', name: 'นางวิไลวรรณ ทองดี', position: ['ปลัดเทศบาลตำบลทดสอบ'] },
        ],
      },
    ],
  };
}
