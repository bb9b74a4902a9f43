import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../electron/services/bundle';
import { listAllMemos } from '../../db/queries/memos';
import { sampleBundle } from '../../shared/sampleBundle';
import { docxMedia, docxText, makePng } from '../support/documents';
import { closeBrowser, freshDataDir, openApp, screenshot } from '../support/e2e';

const WAIT = { timeout: 30_000 };

afterAll(async () => {
  await closeBrowser();
});

describe('memos in the app', () => {
  it('writes a memo, previews the generated document, saves and exports a .docx that reads back', async () => {
    const app = await openApp({ setup: (ctx) => importBundle(ctx, sampleBundle(ctx.appVersion)) });
    const { page, ctx } = app;
    try {
      await page.getByRole('navigation').getByRole('link', { name: 'บันทึกข้อความ' }).click();
      await page.locator('main[data-screen="memos"]').waitFor(WAIT);
      // The sample office brings two memos; search narrows the list.
      await page.getByTestId('memos-table').getByRole('row').nth(2).waitFor(WAIT);
      await page.getByRole('searchbox').fill('ขอเชิญประชุม');
      await expect.poll(() => page.getByTestId('memos-table').locator('tbody tr').count(), WAIT).toBe(1);
      await page.getByRole('searchbox').fill('');

      // A Garuda that is not an image is refused with a message; a real one is kept.
      const file = page.getByTestId('garuda-file');
      const bad = `${freshDataDir('ita-e2e-file-')}/garuda.png`;
      fs.writeFileSync(bad, '%PDF-1.7 this is not an image');
      await file.setInputFiles(bad);
      await page.getByTestId('garuda-error').filter({ hasText: 'ไม่ใช่ภาพ PNG หรือ JPEG' }).waitFor(WAIT);
      const good = `${freshDataDir('ita-e2e-file-')}/garuda.png`;
      fs.writeFileSync(good, makePng(90, 100));
      await file.setInputFiles(good);
      await page.getByTestId('garuda-card').getByRole('img').waitFor(WAIT);

      await page.getByRole('button', { name: '+ สร้างบันทึกข้อความ' }).click();
      const editor = page.getByTestId('memo-editor');
      await editor.waitFor(WAIT);
      // The next number of the fiscal year is suggested; the agency comes from the unit.
      await expect.poll(() => editor.getByLabel('ที่ (เลขที่หนังสือ)').inputValue(), WAIT).toMatch(/^ขก ๗๒๙๐๑\/[๐-๙]+$/);
      await expect.poll(() => editor.getByLabel('ส่วนราชการ').inputValue()).toContain('องค์การบริหารส่วนตำบลโนนสวรรค์');
      await editor.getByLabel('วันที่').fill('2025-05-02');
      // The sample office's last memo of fiscal year 2568 is number ๑๒: the suggestion follows the date.
      await expect.poll(() => editor.getByLabel('ที่ (เลขที่หนังสือ)').inputValue(), WAIT).toBe('ขก ๗๒๙๐๑/๑๓');
      // A number already used in the fiscal year is warned about, not refused.
      await editor.getByLabel('ที่ (เลขที่หนังสือ)').fill('ขก ๗๒๙๐๑/๑๒');
      await editor.getByTestId('duplicate-number').filter({ hasText: 'รายงานผลการดำเนินการตามมาตรการ' }).waitFor(WAIT);
      await editor.getByRole('button', { name: /ใช้เลขถัดไป/ }).click();
      await editor.getByTestId('duplicate-number').waitFor({ state: 'hidden', ...WAIT });

      // Saving without a subject shows a message by the field and keeps what was typed.
      await editor.getByTestId('memo-section-0').getByRole('textbox', { name: /ข้อความ/ }).fill('ด้วยคณะทำงานได้ประชุมวิเคราะห์ผลการประเมินแล้ว');
      await editor.getByRole('button', { name: 'บันทึก', exact: true }).click();
      await editor.locator('#memo-subject-error').filter({ hasText: 'กรุณากรอกข้อมูล' }).waitFor(WAIT);
      expect(await editor.getByTestId('memo-section-0').getByRole('textbox', { name: /ข้อความ/ }).inputValue()).toContain('คณะทำงาน');

      await editor.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill('รายงานผลการวิเคราะห์การประเมิน ITA ประจำปี');
      await editor.getByTestId('memo-section-1').getByRole('textbox', { name: /ข้อความ/ }).fill('ผลการประเมินได้ ๘๗.๖๗ คะแนน\nอยู่ในระดับ A');
      // A comment box for the head of the office, filled from the people list.
      await editor.getByRole('button', { name: '+ เพิ่มช่องความเห็น' }).click();
      await editor.getByTestId('memo-comment-0').getByLabel('เลือกจากรายชื่อบุคลากร').selectOption({ label: 'จ่าเอกอนุชา พรมมา — หัวหน้าสำนักปลัด' });
      await expect.poll(() => editor.getByTestId('memo-comment-0').getByLabel('หัวข้อความเห็น').inputValue()).toBe('ความเห็นของหัวหน้าสำนักปลัด');

      // Preview renders the generated .docx inside the app.
      await editor.getByRole('button', { name: 'ดูตัวอย่าง' }).click();
      const preview = page.getByTestId('docx-preview');
      await preview.and(page.locator('[data-state="done"]')).waitFor(WAIT);
      await preview.getByText('บันทึกข้อความ', { exact: true }).first().waitFor(WAIT);
      await preview.getByText('รายงานผลการวิเคราะห์การประเมิน ITA ประจำปี').first().waitFor(WAIT);
      expect(await preview.locator('img').count()).toBeGreaterThan(0); // the Garuda
      await screenshot(page, 'memos-preview');
      await page.getByTestId('memo-preview-dialog').getByRole('button', { name: 'ปิด' }).click();

      // Export saves the memo and downloads the .docx.
      const download = page.waitForEvent('download', WAIT);
      await editor.getByRole('button', { name: 'ส่งออก .docx' }).click();
      const saved = await (await download).path();
      const bytes = fs.readFileSync(saved);
      const text = docxText(bytes);
      expect(text).toContain('เรื่อง รายงานผลการวิเคราะห์การประเมิน ITA ประจำปี');
      expect(text).toContain('วันที่ ๒ พฤษภาคม ๒๕๖๘');
      expect(text).toContain('ผลการประเมินได้ ๘๗.๖๗ คะแนนอยู่ในระดับ A');
      expect(text).toContain('(จ่าเอกอนุชา พรมมา)');
      expect(docxMedia(bytes)).toHaveLength(1);
      const stored = listAllMemos(ctx.db).find((m) => m.subject.startsWith('รายงานผลการวิเคราะห์'))!;
      expect(stored.sections[1]!.paragraphs).toEqual(['ผลการประเมินได้ ๘๗.๖๗ คะแนน', 'อยู่ในระดับ A']);
      expect(stored.fiscalYear).toBe(2568);
      expect(stored.runningNumber).toBe(13);
      await screenshot(page, 'memos-editor');

      // Back in the list the memo is found by its subject.
      await page.getByRole('button', { name: /กลับไปรายการ/ }).click();
      await page.getByRole('searchbox').fill('วิเคราะห์การประเมิน');
      await expect.poll(() => page.getByTestId('memos-table').locator('tbody tr').count(), WAIT).toBe(1);
      await screenshot(page, 'memos-list');
    } finally {
      await app.close();
    }
  });
});
