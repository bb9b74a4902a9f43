import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot } from '../support/e2e';
import { downloadedText, seedSample, service, ui } from './office/helpers';

const WAIT = { timeout: 30_000 };

afterAll(closeBrowser);

describe('meetings', () => {
  it('creates an analysis meeting from the demo data, picks attendees, inserts a data block, exports; a renamed unit shows in the next export', async () => {
    const app = await openApp({ setup: seedSample });
    const { page, ctx } = app;
    try {
      await page.goto(`${app.bridge.url}#meetings`);
      await page.getByTestId('meetings-list').waitFor(WAIT);
      // The demo office brings its analysis meeting ๑/๒๕๖๖.
      await ui(page.locator('[data-meeting-id]')).toHaveCount(1);

      // A new meeting from the analysis template, on 20 January 2566.
      await page.getByTestId('meeting-new').click();
      await page.getByTestId('new-meeting-date').fill('2023-01-20');
      await page.getByTestId('new-meeting-start').click();
      await page.getByTestId('meeting-editor').waitFor(WAIT);
      await page.locator('#meeting-venue').fill('ห้องประชุมองค์การบริหารส่วนตำบลโนนสวรรค์');
      await page.locator('#meeting-start').fill('09:30');

      // Attendees: two picked one by one, the rest at once, then ordered by rank; one absent with a reason.
      await page.getByTestId('step-attendees').click();
      await page.getByTestId('attendee-pick').selectOption({ label: 'นางสาวกมลชนก บุญมี — นักทรัพยากรบุคคลชำนาญการ' });
      await page.getByTestId('attendee-add').click();
      await page.getByTestId('attendee-pick').selectOption({ label: 'นายประเสริฐ ศรีสวัสดิ์ — นายกองค์การบริหารส่วนตำบลโนนสวรรค์' });
      await page.getByTestId('attendee-add').click();
      await ui(page.locator('[data-attendee]')).toHaveCount(2);
      await page.getByTestId('attendee-add-all').click();
      await ui(page.locator('[data-attendee]')).toHaveCount(11);
      await page.getByTestId('attendee-sort').click();
      await ui(page.locator('[data-attendee="0"] td').nth(1)).toHaveText('นายประเสริฐ ศรีสวัสดิ์');
      const last = page.locator('[data-attendee="10"]');
      await last.getByRole('combobox').selectOption('absent');
      await last.getByRole('textbox').fill('ลาพักผ่อน');
      await screenshot(page, 'meetings-attendees');

      // Agenda: the template pre-filled the standard items; a zero-score OIT table goes into item ๕, and one of a year without results.
      await page.getByTestId('step-agenda').click();
      await ui(page.locator('[data-testid^="agenda-item-"]')).toHaveCount(5);
      await page.getByTestId('add-data-agenda.4').click();
      const block = page.getByTestId('entry-agenda.4.entries.0');
      await block.getByTestId('data-block-kind').selectOption('zeroOit');
      await block.getByTestId('data-block-year').fill('2565');
      await page.getByTestId('add-data-agenda.4').click();
      const future = page.getByTestId('entry-agenda.4.entries.1');
      await future.getByTestId('data-block-year').fill('2569');
      // Flagged while editing, before any save.
      await ui(future.getByTestId('block-warning')).toHaveText(/๒๕๖๙/);
      await page.getByTestId('resolution-agenda.4').selectOption('unanimous');

      // Closing: an end before the start is refused with a clear message, then corrected.
      await page.getByTestId('step-closing').click();
      await page.getByTestId('meeting-end').fill('09:00');
      await page.getByTestId('meeting-save').click();
      await ui(page.getByTestId('meeting-error')).toBeVisible();
      await ui(page.locator('.field-error')).toHaveText('เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม');
      await page.getByTestId('meeting-end').fill('12:00');
      await page.getByTestId('meeting-save').click();
      await ui(page.getByTestId('meeting-error')).toBeHidden();
      // The block of a year without results is flagged (the export still works).
      await ui(page.getByTestId('meeting-warnings')).toHaveText(/2569|๒๕๖๙/);
      await page.getByTestId('step-agenda').click();
      await ui(page.getByTestId('block-warning')).toBeVisible();
      await screenshot(page, 'meetings-agenda');

      await page.getByTestId('step-export').click();
      const text = await downloadedText(page, () => page.getByTestId('export-minutes').click());
      expect(text).toContain('ครั้งที่ ๒/๒๕๖๖');
      expect(text).toContain('ผู้ไม่มาประชุม');
      expect(text).toContain('ลาพักผ่อน');
      expect(text).toContain('ข้อ O๑๗ E-Service');
      expect(text).toContain('ผู้รับผิดชอบ: สำนักปลัด, กองคลัง');
      expect(text).toContain('(ยังไม่มีผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ในระบบ)');
      expect(text).toContain('เลิกประชุมเวลา ๑๒.๐๐ น.');
      await screenshot(page, 'meetings-export');

      // The covering memo to all units carries the circulation list of the unit heads.
      await page.locator('#cover-recipient').selectOption('allUnits');
      const memo = await downloadedText(page, () => page.getByTestId('export-memo').click());
      expect(memo).toContain('บันทึกข้อความ');
      expect(memo).toContain('เรียน หัวหน้าส่วนราชการทุกส่วน');
      expect(memo).toContain('แจ้งเวียน');
      expect(memo).toContain('กองคลังนางสุดารัตน์ แก้วมณี');

      // A unit renamed: the next export shows the new name.
      const unit = service(ctx, 'units.list', {}).find((u) => u.name === 'กองคลัง')!;
      service(ctx, 'units.update', { id: unit.id, name: 'กองคลังและพัสดุ', parentId: null });
      const again = await downloadedText(page, () => page.getByTestId('export-minutes').click());
      expect(again).toContain('ผู้รับผิดชอบ: สำนักปลัด, กองคลังและพัสดุ');

      // Back in the list, the meeting is there and exports from its row too.
      await page.getByRole('button', { name: 'ปิด' }).click();
      await ui(page.locator('[data-meeting-id]')).toHaveCount(2);
      await screenshot(page, 'meetings-list');
      const stored = service(ctx, 'meetings.list', {});
      expect(stored.map((m) => [m.number, m.numberYear, m.attendeeCount])).toEqual([
        [2, 2566, 11],
        [1, 2566, 11],
      ]);
    } finally {
      await app.close();
    }
  }, 180_000);
});
