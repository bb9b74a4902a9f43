import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/docx/render';
import type { Organization } from '../../../shared/api/office';
import { PAGE, LANDSCAPE_MARGINS } from '../../../shared/documents/layout';
import { buildMemoModel } from '../../../shared/documents/memo';
import type { DocumentModel } from '../../../shared/documents/model';
import { CM_TO_PT, docxToPdf, longReportModel, makePng, pdfPageCount, pdfToPngs, pdfWords, sampleMemoInput, type PdfWord } from '../../support/documents';
import { TEST_ORGANIZATION } from '../../support/organization';

/**
 * Renders documents the way an office will see them printed: LibreOffice lays the .docx out
 * (Laksaman standing in for TH Sarabun), then the PDF is checked word by word and kept as PNGs
 * in test-artifacts/documents/ for a person to compare with the reference memos.
 */
const OUT = path.resolve('test-artifacts/documents');
const ORG: Organization = TEST_ORGANIZATION;
const GARUDA = { data: makePng(150, 165), mimeType: 'image/png' as const, width: 150, height: 165 };

async function render(name: string, model: DocumentModel): Promise<{ pdf: string; words: PdfWord[]; pages: number }> {
  const docx = path.join(OUT, `${name}.docx`);
  fs.writeFileSync(docx, await renderDocx(model));
  const pdf = docxToPdf(docx, OUT);
  for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) fs.rmSync(path.join(OUT, old));
  pdfToPngs(pdf, path.join(OUT, name));
  return { pdf, words: pdfWords(pdf), pages: pdfPageCount(pdf) };
}

/** Words outside the text area; the page number may sit in the header band above the top margin. */
function outsideMargins(words: PdfWord[]): PdfWord[] {
  const tolerance = 2; // points
  return words.filter((w) => {
    const landscape = w.pageWidth > w.pageHeight;
    const m = landscape ? LANDSCAPE_MARGINS : PAGE.margins;
    const left = m.leftCm * CM_TO_PT - tolerance;
    const right = w.pageWidth - m.rightCm * CM_TO_PT + tolerance;
    const top = m.topCm * CM_TO_PT - tolerance;
    const bottom = w.pageHeight - m.bottomCm * CM_TO_PT + tolerance;
    const inHeader = w.yMin >= m.headerCm * CM_TO_PT - tolerance && w.yMax <= top && /^[-๐-๙0-9]+$/.test(w.text);
    return w.xMin < left || w.xMax > right || w.yMax > bottom || (w.yMin < top && !inHeader);
  });
}

const pageOf = (words: PdfWord[], text: string) => words.find((w) => w.text.includes(text))?.page;

describe('documents as LibreOffice prints them', () => {
  beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

  it('lays out a memo with Garuda, form lines, signature and comment boxes inside the margins', async () => {
    const { words, pages } = await render('memo', buildMemoModel(sampleMemoInput(), ORG, GARUDA));
    expect(pages).toBe(2);
    expect(outsideMargins(words)).toEqual([]);
    const title = words.find((w) => w.text === 'บันทึกข้อความ')!;
    expect(title.page).toBe(1);
    // Centred on the text area.
    const centre = (PAGE.margins.leftCm + (PAGE.widthCm - PAGE.margins.leftCm - PAGE.margins.rightCm) / 2) * CM_TO_PT;
    expect(Math.abs((title.xMin + title.xMax) / 2 - centre)).toBeLessThan(6);
    // ที่ and วันที่ on one line.
    const number = words.find((w) => w.text === 'ที่')!;
    const date = words.find((w) => w.text === 'วันที่')!;
    expect(Math.abs(number.yMax - date.yMax)).toBeLessThan(2);
    // The signature block: name and position on one page, right of centre.
    const name = words.find((w) => w.text.startsWith('(นางสาวกมลชนก'))!;
    const position = words.find((w) => w.text === 'นักทรัพยากรบุคคลชำนาญการ')!;
    expect(name.page).toBe(position.page);
    expect(name.xMin).toBeGreaterThan(centre - 10);
    // Page 2 is numbered "- ๒ -" at the top centre (LibreOffice prints the PAGE field in Arabic
    // digits; Word applies the section's Thai number format); page 1 carries no number.
    const pageNumber = words.filter((w) => w.page === 2 && w.yMax < PAGE.margins.topCm * CM_TO_PT);
    expect(pageNumber.map((w) => w.text).join(' ')).toMatch(/^- [2๒] -$/);
    expect(words.filter((w) => w.page === 1 && w.text === '-')).toEqual([]);
  });

  it('paginates a memo body of many pages, keeping each signature block whole', async () => {
    const { words, pages } = await render('memo-long', buildMemoModel(sampleMemoInput(60), ORG, null));
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(outsideMargins(words)).toEqual([]);
    expect(pageOf(words, '(นางสาวกมลชนก')).toBe(pageOf(words, 'นักทรัพยากรบุคคลชำนาญการ'));
    expect(pageOf(words, 'ความเห็นของปลัดเทศบาล')).toBe(pageOf(words, '(นางวิไลวรรณ'));
    const last = words.filter((w) => w.page === pages && w.yMax < PAGE.margins.topCm * CM_TO_PT).map((w) => w.text);
    expect(last.join('')).toContain('-');
  });

  it('turns a long wide table landscape, repeats its header row on every page and turns back', async () => {
    const { words, pages } = await render('report-landscape', longReportModel(ORG, 40));
    expect(outsideMargins(words)).toEqual([]);
    const byPage = new Map<number, PdfWord[]>();
    for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
    const landscapePages = [...byPage.entries()].filter(([, ws]) => ws[0]!.pageWidth > ws[0]!.pageHeight).map(([p]) => p);
    expect(landscapePages.length).toBeGreaterThanOrEqual(8);
    for (const page of landscapePages) expect(byPage.get(page)!.some((w) => w.text === 'มาตรการ/แนวทาง'), `header row on page ${page}`).toBe(true);
    // Back to portrait for the certification page at the end.
    const lastPage = byPage.get(pages)!;
    expect(lastPage[0]!.pageWidth).toBeLessThan(lastPage[0]!.pageHeight);
    expect(lastPage.some((w) => w.text.includes('(นางวิไลวรรณ'))).toBe(true);
    // Every landscape page is numbered too.
    for (const page of landscapePages) expect(byPage.get(page)!.some((w) => w.yMax < LANDSCAPE_MARGINS.topCm * CM_TO_PT && /^[0-9๐-๙]+$/.test(w.text))).toBe(true);
  });
});
