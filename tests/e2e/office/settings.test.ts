import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot } from '../../support/e2e';
import { fieldError, openScreen, seedOffice, service, ui } from './helpers';

afterAll(closeBrowser);

const withoutTime = (bundle: Record<string, unknown>) => ({ ...bundle, exportedAt: undefined });

describe('settings', () => {
  it('edits the organisation with the wizard’s form and shows the new name at once', async () => {
    const app = await openApp({ setup: seedOffice });
    const { page, ctx } = app;
    try {
      await openScreen(page, 'ตั้งค่า', 'settings');
      const name = page.getByLabel('ชื่อหน่วยงาน');
      await ui(name).toHaveValue('เทศบาลตำบลทดสอบ');
      await name.fill('');
      await page.getByRole('button', { name: 'บันทึก' }).click();
      await ui(fieldError(page, 'org-name')).toHaveText('กรุณากรอกข้อมูล');
      expect(service(ctx, 'organization.get', {})?.name).toBe('เทศบาลตำบลทดสอบ');

      await name.fill('เทศบาลตำบลทดสอบใหม่');
      await page.getByRole('combobox', { name: 'จังหวัด' }).fill('อุดร');
      await page.getByRole('listbox').getByRole('option', { name: 'อุดรธานี' }).click();
      await page.getByLabel('ใช้เลขไทย').uncheck();
      await page.getByRole('button', { name: 'บันทึก' }).click();
      await ui(page.getByRole('status')).toHaveText(/บันทึกแล้ว/);
      await ui(page.getByTestId('org-name')).toHaveText('เทศบาลตำบลทดสอบใหม่');
      expect(service(ctx, 'organization.get', {})).toMatchObject({ name: 'เทศบาลตำบลทดสอบใหม่', province: 'อุดรธานี', thaiDigits: false });
    } finally {
      await app.close();
    }
  });

  it('exports the data as a .json download, refuses a bad bundle naming each field, and imports a good one', async () => {
    const app = await openApp({ setup: seedOffice });
    const { page, ctx, dataDir } = app;
    try {
      await openScreen(page, 'ตั้งค่า', 'settings');

      // Export: a file download of the bundle.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกเป็นแฟ้ม' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^ita-desk-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = path.join(dataDir, 'exported.json');
      await download.saveAs(exported);
      const bundle = JSON.parse(fs.readFileSync(exported, 'utf8')) as { format: string; organization: { name: string; province: string }; units: { name: string }[]; people: { unitId: number | null }[] };
      expect(bundle.format).toBe('ita-desk-bundle');
      expect(bundle.organization.name).toBe('เทศบาลตำบลทดสอบ');
      expect(bundle.units).toHaveLength(4);
      const before = withoutTime(service(ctx, 'bundle.export', {}));

      const fileInput = page.getByLabel('เลือกแฟ้มเพื่อนำเข้า…');
      const importFile = async (name: string, content: string, confirm = true) => {
        const file = path.join(dataDir, name);
        fs.writeFileSync(file, content);
        await fileInput.setInputFiles(file);
        if (confirm) {
          const dialog = page.getByRole('dialog');
          await ui(dialog.getByText(`นำเข้าข้อมูลจากแฟ้ม ${name}`)).toBeVisible();
          await dialog.getByRole('button', { name: 'แทนที่ข้อมูลทั้งหมด' }).click();
          await ui(dialog).toBeHidden();
        }
      };
      const notice = page.getByTestId('data-error');

      // A bundle with bad fields: every one is named, translated, and nothing changes.
      const bad = structuredClone(bundle);
      bad.organization.province = 'แอตแลนติส';
      bad.units[1]!.name = '';
      await importFile('bad.json', JSON.stringify(bad));
      await ui(notice).toHaveText(/แฟ้มข้อมูลไม่ถูกต้อง ข้อมูลเดิมไม่ถูกเปลี่ยนแปลง/);
      await ui(notice.getByRole('listitem').filter({ hasText: 'ข้อมูลหน่วยงาน › จังหวัด: ต้องเลือกจากรายการที่กำหนด' })).toHaveCount(1);
      await ui(notice.getByRole('listitem').filter({ hasText: 'สำนัก/กอง › รายการที่ 2 › ชื่อ: กรุณากรอกข้อมูล' })).toHaveCount(1);
      await screenshot(page, 'settings-import-refused-th');
      expect(withoutTime(service(ctx, 'bundle.export', {}))).toEqual(before);

      // A reference to a unit that is not in the file.
      const dangling = structuredClone(bundle);
      dangling.people[0]!.unitId = 999;
      await importFile('dangling.json', JSON.stringify(dangling));
      await ui(notice.getByRole('listitem').filter({ hasText: 'บุคลากร › รายการที่ 1 › สังกัด: อ้างถึงรายการที่ไม่มีอยู่: 999' })).toHaveCount(1);
      expect(withoutTime(service(ctx, 'bundle.export', {}))).toEqual(before);

      // Not JSON, and JSON of another program: refused before anything is asked.
      await importFile('notes.json', 'this is not JSON', false);
      await ui(notice).toHaveText(/แฟ้มนี้ไม่ใช่ JSON ที่อ่านได้/);
      await ui(page.getByRole('dialog')).toHaveCount(0);
      await importFile('foreign.json', JSON.stringify({ hello: 'world' }));
      await ui(notice).toHaveText(/ไม่ใช่แฟ้มข้อมูลของ ITA Desk/);
      expect(withoutTime(service(ctx, 'bundle.export', {}))).toEqual(before);

      // Cancel keeps everything; a good bundle replaces the data and says what came in.
      const good = structuredClone(bundle);
      good.organization.name = 'เทศบาลตำบลนำเข้า';
      fs.writeFileSync(path.join(dataDir, 'good.json'), JSON.stringify(good));
      await fileInput.setInputFiles(path.join(dataDir, 'good.json'));
      await page.getByRole('dialog').getByRole('button', { name: 'ยกเลิก' }).click();
      expect(service(ctx, 'organization.get', {})?.name).toBe('เทศบาลตำบลทดสอบ');
      await importFile('good.json', JSON.stringify(good));
      await ui(page.getByRole('status')).toHaveText(/นำเข้าข้อมูลแล้ว: สำนัก\/กองและฝ่าย 4 รายการ บุคลากร 3 คน/);
      await ui(page.getByTestId('org-name')).toHaveText('เทศบาลตำบลนำเข้า');
      await ui(notice).toHaveCount(0);
      await ui(page.getByLabel('ชื่อหน่วยงาน')).toHaveValue('เทศบาลตำบลนำเข้า');
    } finally {
      await app.close();
    }
  });
});
