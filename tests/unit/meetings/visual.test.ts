import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE } from '../../../shared/documents/layout';
import { CM_TO_PT, docxToPdf, pdfPageCount, pdfToPngs, pdfWords, type PdfWord } from '../../support/documents';
import { freshContext, ok } from '../foundation/helpers';
import { loadReference, referenceMeeting } from './fixture';

/**
 * The rebuilt reference minutes and their covering memo as LibreOffice prints them: checked word by
 * word, kept as PNGs in test-artifacts/meetings/ to compare with the reference by eye.
 */
const OUT = path.resolve('test-artifacts/meetings');

function render(name: string, base64: string): { words: PdfWord[]; pages: number } {
  const docx = path.join(OUT, `${name}.docx`);
  fs.writeFileSync(docx, Buffer.from(base64, 'base64'));
  const pdf = docxToPdf(docx, OUT);
  for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) fs.rmSync(path.join(OUT, old));
  pdfToPngs(pdf, path.join(OUT, name));
  return { words: pdfWords(pdf), pages: pdfPageCount(pdf) };
}

/** Words of the body outside the margins (the page number sits in the header band). */
const outside = (words: PdfWord[]) =>
  words.filter((w) => {
    const m = PAGE.margins;
    const t = 2;
    const inHeader = w.yMax <= m.topCm * CM_TO_PT + t && /^[-๐-๙0-9]+$/.test(w.text);
    return !inHeader && (w.xMin < m.leftCm * CM_TO_PT - t || w.xMax > w.pageWidth - m.rightCm * CM_TO_PT + t || w.yMax > w.pageHeight - m.bottomCm * CM_TO_PT + t);
  });

describe('minutes and covering memo as LibreOffice prints them', () => {
  beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

  it('lays out the reference minutes inside the margins, numbered from page 2, signatures at the end', async () => {
    const ctx = freshContext();
    const { personId } = await loadReference(ctx);
    const meeting = await ok(ctx, 'meetings.create', referenceMeeting(personId));
    const { words, pages } = render('minutes', (await ok(ctx, 'meetings.exportMinutes', { id: meeting.id })).base64);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(outside(words)).toEqual([]);
    const first = words.filter((w) => w.page === 1);
    expect(first.some((w) => w.text.includes('รายงานการประชุม'))).toBe(true);
    // "- 2 -" on page 2, none on page 1 (LibreOffice prints PAGE in Arabic digits).
    const header = (page: number) => words.filter((w) => w.page === page && w.yMax < PAGE.margins.topCm * CM_TO_PT).map((w) => w.text).join(' ');
    expect(header(1)).toBe('');
    expect(header(2)).toMatch(/-\s*2\s*-/);
    const last = words.filter((w) => w.page === pages).map((w) => w.text).join('');
    expect(last).toContain('ผู้รับรองรายงานการประชุม');
    await ok(ctx, 'meetings.update', { ...referenceMeeting(personId), id: meeting.id, cover: { recipient: 'allUnits', docNumber: 'อด ๕๒๑๐๑/๒๐', date: '2023-01-10' } });
    const memo = render('minutes-memo', (await ok(ctx, 'meetings.exportMemo', { id: meeting.id })).base64);
    expect(outside(memo.words)).toEqual([]);
    expect(memo.words.map((w) => w.text).join('')).toContain('แจ้งเวียน');
  }, 240_000);
});
