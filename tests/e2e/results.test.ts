import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/services/context';
import { closeBrowser, openApp, screenshot } from '../support/e2e';
import { seedOffice, service, ui } from './office/helpers';

afterAll(closeBrowser);

/** Pastes text at the grid's selected cell, as Ctrl+V from Excel, Word or a PDF would. */
async function paste(page: Page, gridTestId: string, text: string): Promise<void> {
  await page.getByTestId(gridTestId).evaluate((el, data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

const cell = (page: Page, grid: string, code: string, column = 'score') => page.getByTestId(`cell-${grid}-${code}-${column}`);

/** The previous year, so the analysis has changes to show and the trend chart two points. */
function seed2564(ctx: AppContext): void {
  seedOffice(ctx);
  service(ctx, 'assessments.save', {
    fiscalYear: 2564,
    overallScore: 85.64,
    indicators: { '1': 95, '2': 92, '3': 93, '4': 94, '5': 90, '6': 91, '7': 88, '8': 89, '9': 80, '10': 75 },
    items: { O12: { score: 0, comment: 'ไม่พบรายงานผลการดำเนินงาน' } },
    recommendations: {},
    samples: {},
  });
}

// The indicator table of the 2566 measures plan (results of 2565), ranked as printed, copied from the PDF;
// one score mistyped (๑๐๑.๕).
const RANKED_FROM_PDF = [
  '1 การป้องกันการทุจริต 100.00',
  '2 ประสิทธิภาพการสื่อสาร 99.74',
  '3 การปฏิบัติหน้าที่ 99.47',
  '4 คุณภาพการดำเนินงาน 99.38',
  '5 การใช้อำนาจ 98.58',
  '6 การใช้ทรัพย์สินของราชการ 98.40',
  '7 การแก้ไขปัญหาการทุจริต 98.17',
  '8 การปรับปรุงการทำงาน 98.04',
  '9 การใช้งบประมาณ ๑๐๑.๕',
  '10 การเปิดเผยข้อมูล 89.29',
].join('\n');

const ZERO_ITEMS: Record<string, string> = {
  O12: 'รายงานผลการดำเนินงานประจำปีไม่มีหัวข้อปัญหา อุปสรรค และข้อเสนอแนะ',
  O17: 'E-Service ไม่สามารถเข้าถึงการให้บริการได้',
  O20: 'รายงานผลการใช้จ่ายงบประมาณไม่ครบองค์ประกอบ',
  O24: 'URL ที่ตอบเป็นไฟล์ PDF ไม่ใช่หน้าเว็บไซต์หลักของหน่วยงาน',
};

const EIT_SCORES: Record<string, string> = { E3: '89.43', E8: '86.67', E10: '78.33', E13: '77.50' };

describe('ITA results', () => {
  it('enters a full year by pasting, fixes rejected cells, then sees the analysis and the charts', async () => {
    const app = await openApp({ setup: seed2564 });
    const { page, ctx } = app;
    try {
      const framework = service(ctx, 'frameworks.get', { fiscalYear: 2565 });
      await page.goto(`${app.bridge.url}#results`);
      await page.getByTestId('results-year').selectOption('2565');
      await ui(page.getByTestId('results-framework')).toHaveValue(String(framework.id));

      // Indicators: the ranked PDF table lands on the right rows by name; the mistyped score turns red.
      await cell(page, 'indicators', '1').click();
      await paste(page, 'grid-indicators', RANKED_FROM_PDF);
      await ui(cell(page, 'indicators', '10')).toHaveText('100.00');
      await ui(cell(page, 'indicators', '9')).toHaveText('89.29');
      await ui(cell(page, 'indicators', '2')).toHaveText(/๑๐๑\.๕\s*คะแนนต้องอยู่ระหว่าง 0 ถึง 100/);
      expect(await cell(page, 'indicators', '2').getAttribute('aria-invalid')).toBe('true');

      // A block wider than the grid is refused whole.
      await cell(page, 'indicators', '3').click();
      await paste(page, 'grid-indicators', '99.1\t98.2\n');
      await ui(page.getByTestId('results-notice')).toHaveText(/2 คอลัมน์ แต่ตารางนี้รับได้ 1 คอลัมน์/);
      await ui(cell(page, 'indicators', '3')).toHaveText('98.58');
      await screenshot(page, 'results-indicators-pasted');

      // Saving is refused, naming the bad cell.
      await page.getByTestId('results-save').click();
      await ui(page.getByTestId('results-refused')).toHaveText(/ยังบันทึกไม่ได้: มี ๑ ช่องที่ไม่ถูกต้อง/);
      await ui(page.getByTestId('results-problems')).toHaveText(/ตัวชี้วัดที่ ๒: คะแนนต้องอยู่ระหว่าง 0 ถึง 100/);
      await screenshot(page, 'results-save-refused');

      // Fix by typing: the cell takes the key pressed, Enter moves down.
      await cell(page, 'indicators', '2').click();
      await page.keyboard.type('97.05');
      await page.keyboard.press('Enter');
      await ui(cell(page, 'indicators', '2')).toHaveText('97.05');
      expect(await cell(page, 'indicators', '2').getAttribute('aria-invalid')).toBeNull();
      await ui(page.getByTestId('results-problems')).toBeHidden();
      // Arrow up back to it, Delete clears, type again.
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Delete');
      await ui(cell(page, 'indicators', '2')).toHaveText('');
      // F2 opens the cell for editing; Thai digits typed into it read the same.
      await page.keyboard.press('F2');
      await page.keyboard.type('๙๗.๐๕');
      await page.keyboard.press('Tab');
      await ui(cell(page, 'indicators', '2')).toHaveText('๙๗.๐๕');

      // The overall score as published, in Thai digits, mistyped: a warning, not a correction.
      await cell(page, 'indicators', 'overall').click();
      await paste(page, 'grid-indicators', '๙๖.๐๐\n');
      await ui(page.getByTestId('warning-indicators-overall')).toHaveText(/ไม่ตรงกับที่คำนวณจากตัวชี้วัด \(๙๗\.๐๗\)/);
      await ui(cell(page, 'indicators', 'overall')).toHaveText('๙๖.๐๐');
      await screenshot(page, 'results-overall-mismatch');
      await cell(page, 'indicators', 'overall').click();
      await page.keyboard.press('Delete');
      await page.keyboard.type('97.07');
      await page.keyboard.press('Enter');
      await ui(page.getByTestId('warning-indicators-overall')).toBeHidden();
      await ui(page.getByTestId('computed-overall')).toHaveText(/๙๗\.๐๗/);

      // OIT: Excel rows of code, item, score, comment, pasted anywhere, placed by code.
      await page.getByTestId('tab-OIT').click();
      const oit = framework.items.filter((i) => i.code.startsWith('O'));
      const oitBlock = oit.map((i) => `${i.code}\t${i.name}\t${ZERO_ITEMS[i.code] ? 0 : 100}\t${ZERO_ITEMS[i.code] ?? ''}`).join('\r\n') + '\r\n';
      await cell(page, 'OIT', 'O5').click();
      await paste(page, 'grid-OIT', oitBlock);
      await ui(cell(page, 'OIT', 'O12')).toHaveText('0');
      await ui(cell(page, 'OIT', 'O12', 'comment')).toHaveText(ZERO_ITEMS.O12!);
      await ui(cell(page, 'OIT', 'O1')).toHaveText('100');
      // A 50 in an OIT cell is refused by the cell (0 or 100 only); fixed at once.
      await cell(page, 'OIT', 'O2').click();
      await page.keyboard.type('50');
      await page.keyboard.press('Enter');
      await ui(cell(page, 'OIT', 'O2')).toHaveText(/ข้อ OIT ได้คะแนน 0 หรือ 100 เท่านั้น/);
      await screenshot(page, 'results-oit-grid');
      await cell(page, 'OIT', 'O2').dblclick();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('100');
      await page.keyboard.press('Enter');
      await ui(cell(page, 'OIT', 'O2')).toHaveText('100');

      // EIT: a plain column of scores fills down from E1, across the indicator headings.
      await page.getByTestId('tab-EIT').click();
      const eit = framework.items.filter((i) => i.code.startsWith('E'));
      await cell(page, 'EIT', eit[0]!.code).click();
      await paste(page, 'grid-EIT', eit.map((i) => EIT_SCORES[i.code] ?? '96.5').join('\n'));
      await ui(cell(page, 'EIT', 'E10')).toHaveText('78.33');
      await ui(cell(page, 'EIT', eit.at(-1)!.code)).toHaveText('96.5');

      // Looking at another screen mid-entry loses nothing.
      await page.getByRole('navigation').getByRole('link', { name: 'วิเคราะห์ผลและกราฟ' }).click();
      await page.locator('main[data-screen="analysis"]').waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'กรอกผลการประเมิน' }).click();
      await ui(page.getByTestId('results-year')).toHaveValue('2565');
      await page.getByTestId('tab-EIT').click();
      await ui(cell(page, 'EIT', 'E10')).toHaveText('78.33');

      // IIT: scores in Thai digits, space-separated on one line each.
      await page.getByTestId('tab-IIT').click();
      const iit = framework.items.filter((i) => i.code.startsWith('I'));
      await cell(page, 'IIT', iit[0]!.code).click();
      // This one through the real clipboard and Ctrl+V, as a clerk would.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.bridge.url).origin });
      await page.evaluate((text) => navigator.clipboard.writeText(text), iit.map((i) => `${i.code} ๙๘.๕๐`).join('\n'));
      await page.keyboard.press('Control+V');
      await ui(cell(page, 'IIT', iit.at(-1)!.code)).toHaveText('๙๘.๕๐');
      // Ctrl+C copies the selected cell back out.
      await cell(page, 'IIT', iit[0]!.code).click();
      await page.keyboard.press('Control+C');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('๙๘.๕๐');

      await page.getByTestId('tab-recommendations').click();
      await page.getByTestId('rec-OIT').fill('ควรเผยแพร่รายงานผลการดำเนินงานให้ครบองค์ประกอบ และเปิดเผยข้อมูลผ่าน URL บนเว็บไซต์หลักของหน่วยงาน');

      // Samples: the minimum is computed at once; a short sample is flagged.
      await page.getByTestId('tab-samples').click();
      await page.getByTestId('sample-IIT-population').fill('๑๒๐');
      await page.getByTestId('sample-IIT-sample').fill('25');
      await page.getByTestId('sample-EIT-population').fill('1,500');
      await page.getByTestId('sample-EIT-sample').fill('160');
      await ui(page.getByTestId('sample-IIT-minimum')).toHaveText('๓๐');
      await ui(page.getByTestId('sample-IIT-short')).toHaveText(/น้อยกว่าขั้นต่ำ ๓๐ คน/);
      await ui(page.getByTestId('sample-EIT-minimum')).toHaveText('๑๐๐');
      await ui(page.getByTestId('sample-EIT-short')).toHaveCount(0);
      await screenshot(page, 'results-samples');

      await page.getByTestId('results-save').click();
      await ui(page.getByTestId('results-notice')).toHaveText(/บันทึกผลการประเมินปี ๒๕๖๕ แล้ว/);
      const saved = service(ctx, 'assessments.get', { fiscalYear: 2565 }).assessment!;
      expect(saved.overallScore).toBe(97.07);
      expect(saved.indicators['2']).toBe(97.05);
      expect(saved.items.O12).toEqual({ score: 0, comment: ZERO_ITEMS.O12 });
      expect(saved.items.E10?.score).toBe(78.33);
      expect(saved.samples.IIT).toEqual({ population: 120, sample: 25 });
      await page.getByTestId('tab-indicators').click();
      await screenshot(page, 'results-saved');

      // The analysis of 2565 against 2564.
      await page.goto(`${app.bridge.url}#analysis`);
      await ui(page.getByTestId('analysis-grade')).toHaveText('AA');
      await ui(page.getByTestId('analysis-score')).toHaveText('๙๗.๐๗');
      await ui(page.getByTestId('analysis-score-delta')).toHaveText('▲ +๑๑.๔๓');
      await ui(page.getByTestId('analysis-pass')).toHaveText('ผ่านค่าเป้าหมาย');
      await ui(page.getByTestId('analysis-ranking').locator('tbody tr').first()).toHaveText(/การป้องกันการทุจริต.*สูงสุด/s);
      await ui(page.getByTestId('analysis-ranking').locator('tbody tr').last()).toHaveText(/การเปิดเผยข้อมูล.*๘๙\.๒๙.*ต่ำสุด/s);
      await ui(page.getByTestId('weak-O12')).toHaveText(new RegExp(ZERO_ITEMS.O12!));
      await ui(page.getByTestId('weak-E10')).toHaveText(/๗๘\.๓๓/);
      await ui(page.getByTestId('weak-E13')).toHaveCount(1);
      await ui(page.getByTestId('weak-E3')).toHaveCount(0);
      await ui(page.getByTestId('chart-indicators').locator('svg')).toBeVisible();
      await ui(page.getByTestId('chart-contributions').locator('svg')).toBeVisible();
      await ui(page.getByTestId('chart-trend').locator('svg text', { hasText: '(AA)' })).toHaveCount(1);
      await screenshot(page, 'analysis-2565');

      // Every figure downloads: SVG and PNG of a chart, the Excel workbook.
      const svgDownload = page.waitForEvent('download');
      await page.getByTestId('chart-indicators-svg').click();
      const svgFile = await (await svgDownload).path();
      const svg = fs.readFileSync(svgFile, 'utf8');
      expect(svg).toContain('font-family="TH Sarabun New, Sarabun, Laksaman, sans-serif"');
      expect(svg).toContain('การเปิดเผยข้อมูล');
      const pngDownload = page.waitForEvent('download');
      await page.getByTestId('chart-trend-png').click();
      const png = await pngDownload;
      expect(png.suggestedFilename()).toBe('ita-overall-by-year.png');
      const pngBytes = fs.readFileSync(await png.path());
      expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
      expect(pngBytes.readUInt32BE(16)).toBe(1600); // twice the chart's width
      fs.copyFileSync(await png.path(), 'test-artifacts/analysis-trend-export.png');
      const pngIndicators = page.waitForEvent('download');
      await page.getByTestId('chart-indicators-png').click();
      fs.copyFileSync(await (await pngIndicators).path(), 'test-artifacts/analysis-indicators-export.png');
      const xlsxDownload = page.waitForEvent('download');
      await page.getByTestId('export-xlsx').click();
      const xlsx = await xlsxDownload;
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      expect(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString()).toBe('PK');

      // A stricter target: the same year no longer passes, and the indicators below it are listed.
      await page.getByTestId('option-target').fill('99.5');
      await ui(page.getByTestId('analysis-pass')).toHaveText('ไม่ผ่านค่าเป้าหมาย');
      await ui(page.getByTestId('instrument-OIT')).toHaveText(/ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล: ๘๙\.๒๙/);
      await screenshot(page, 'analysis-2565-target-99');

      // The same screen in English.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await ui(page.getByTestId('analysis-pass')).toHaveText('Target not met');
      await ui(page.getByTestId('instrument-OIT')).toHaveText(/Indicator ๙ การเปิดเผยข้อมูล: ๘๙\.๒๙/);
      await screenshot(page, 'analysis-2565-en');
      await page.goto(`${app.bridge.url}#results`);
      await ui(page.getByTestId('tab-indicators')).toHaveText('Indicator scores');
      await screenshot(page, 'results-en');
    } finally {
      await app.close();
    }
  });

  it('copies a framework to a new year and edits it; a used framework cannot be deleted', async () => {
    const app = await openApp({ setup: seed2564 });
    const { page, ctx } = app;
    try {
      await page.goto(`${app.bridge.url}#frameworks`);
      await ui(page.getByTestId('delete-2564')).toBeDisabled();
      await screenshot(page, 'frameworks-list');

      await page.getByTestId('copy-2566').click();
      await page.getByTestId('copy-year').fill('2566');
      await page.getByTestId('copy-submit').click();
      await ui(page.getByTestId('copy-error')).toBeVisible();
      await page.getByTestId('copy-year').fill('2570');
      await page.getByTestId('copy-name').fill('กรอบการประเมิน ITA ปี 2570 (ร่าง)');
      await page.getByTestId('copy-submit').click();
      await ui(page.getByTestId('framework-editor')).toBeVisible();

      // Rename an item, add one, change the weights (first to a wrong total).
      await page.getByTestId('fw-filter').selectOption('10');
      const first = page.getByTestId('fw-items').locator('tbody tr').first();
      await first.locator('input[type="text"]').nth(1).fill('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ปรับปรุง)');
      await page.getByTestId('fw-add-item').click();
      const added = page.getByTestId('fw-items').locator('tbody tr').last();
      await added.locator('input[type="text"]').nth(1).fill('การประเมินความเสี่ยงการทุจริตประจำปี 2570');
      await page.getByTestId('fw-weight-OIT').fill('45');
      await ui(page.getByTestId('fw-weight-sum')).toHaveText(/๑๐๕/);
      await page.getByTestId('framework-save').click();
      await ui(page.getByTestId('framework-error')).toHaveText(/น้ำหนัก/);
      await screenshot(page, 'framework-editor-error');
      await page.getByTestId('fw-weight-OIT').fill('40');
      await page.getByTestId('framework-save').click();
      await ui(page.getByTestId('framework-2570')).toBeVisible();
      await screenshot(page, 'frameworks-after-copy');

      const copied = service(ctx, 'frameworks.get', { fiscalYear: 2570 });
      expect(copied.name).toBe('กรอบการประเมิน ITA ปี 2570 (ร่าง)');
      expect(copied.items.map((i) => i.name)).toContain('การประเมินความเสี่ยงการทุจริตประจำปี 2570');
      expect(copied.items.map((i) => i.name)).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ปรับปรุง)');
      expect(copied.instruments.find((i) => i.code === 'OIT')?.weight).toBe(40);
      const original = service(ctx, 'frameworks.get', { fiscalYear: 2566 });
      expect(copied.items.length).toBe(original.items.length + 1);

      // Export a framework as JSON, import it back as another year; a file that is not JSON is refused.
      const exported = page.waitForEvent('download');
      await page.getByTestId('export-2566').click();
      const file = JSON.parse(fs.readFileSync(await (await exported).path(), 'utf8')) as { framework: { fiscalYear: number; name: string } };
      expect(file.framework.fiscalYear).toBe(2566);
      file.framework.fiscalYear = 2571;
      file.framework.name = 'กรอบการประเมิน ITA ปี 2571 (นำเข้า)';
      await page.getByTestId('import-framework-file').setInputFiles({ name: 'ita-2571.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await ui(page.getByTestId('framework-editor')).toBeVisible();
      await page.getByTestId('framework-close').click();
      await ui(page.getByTestId('framework-2571')).toBeVisible();
      await page.getByTestId('import-framework-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
      await ui(page.getByTestId('frameworks-error')).toHaveText(/ไม่ใช่ JSON/);
      file.framework.fiscalYear = 2572;
      (file.framework as { instruments?: unknown }).instruments = [];
      await page.getByTestId('import-framework-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await ui(page.getByTestId('frameworks-error')).toHaveText(/แบบวัด/);
      await ui(page.getByTestId('framework-2572')).toHaveCount(0);
      await screenshot(page, 'frameworks-import-refused');

      // Removing an item that a year's results use is refused, naming the item and the year.
      await page.getByTestId('edit-2564').click();
      await page.getByTestId('fw-remove-O12').click();
      await ui(page.getByTestId('fw-item-O12')).toHaveCount(0);
      await page.getByTestId('framework-save').click();
      await ui(page.getByTestId('framework-error')).toHaveText(/O12.*2564|2564.*O12/s);
      await screenshot(page, 'framework-remove-used-item');
      await page.getByTestId('framework-close').click();
      expect(service(ctx, 'frameworks.get', { fiscalYear: 2564 }).items.some((i) => i.code === 'O12')).toBe(true);

      // An unused framework can be deleted.
      await page.getByTestId('delete-2570').click();
      await ui(page.getByTestId('framework-2570')).toHaveCount(0);
    } finally {
      await app.close();
    }
  });
});
