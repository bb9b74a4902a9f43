import { afterAll, describe, it } from 'vitest';
import { closeBrowser, openApp, screenshot } from '../../support/e2e';
import { expect } from 'vitest';
import { fieldError, openScreen, rowOf, service, ui } from './helpers';

afterAll(closeBrowser);

describe('setup wizard', () => {
  it('sets up an office on a fresh data folder: organisation, starting units, then the shell', async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await ui(page.getByRole('heading', { name: 'ตั้งค่าหน่วยงานครั้งแรก' })).toBeVisible();
      await screenshot(page, 'setup-step1-th');

      // Nothing typed: every required field says so, in Thai, next to the field.
      await page.getByRole('button', { name: 'ถัดไป' }).click();
      await ui(fieldError(page, 'org-name')).toHaveText(/กรุณากรอกข้อมูล/);
      await ui(fieldError(page, 'org-district')).toHaveText(/กรุณากรอกข้อมูล/);
      await ui(fieldError(page, 'org-province')).toHaveText(/ต้องเลือกจากรายการที่กำหนด/);
      await ui(fieldError(page, 'org-type')).toHaveText(/ต้องเลือกจากรายการที่กำหนด/);
      await ui(fieldError(page, 'org-prefix')).toHaveText(/กรุณากรอกข้อมูล/);
      await ui(page.getByLabel('ชื่อหน่วยงาน')).toBeFocused();
      await screenshot(page, 'setup-step1-errors-th');

      // An over-long name.
      const name = page.getByLabel('ชื่อหน่วยงาน');
      await name.fill('ก'.repeat(201));
      await name.blur();
      await ui(fieldError(page, 'org-name')).toHaveText(/ยาวเกิน 200 ตัวอักษร/);
      await name.fill('เทศบาลตำบลบ้านทดสอบ');
      await ui(fieldError(page, 'org-name')).toHaveCount(0);

      // The province must come from the list: free text is refused, a search finds the real one.
      const province = page.getByRole('combobox', { name: 'จังหวัด' });
      await province.fill('เมืองลับแล');
      await ui(page.getByRole('listbox').getByRole('option')).toHaveCount(0);
      await ui(page.getByText('ไม่พบจังหวัดที่ตรงกับคำค้น')).toBeVisible();
      await province.blur();
      await ui(fieldError(page, 'org-province')).toHaveText(/ต้องเลือกจากรายการที่กำหนด/);
      await province.fill('khon');
      await ui(page.getByRole('listbox').getByRole('option').first()).toHaveText('ขอนแก่น');
      await province.fill('แก่น');
      await ui(page.getByRole('listbox').getByRole('option')).toHaveTexts(['ขอนแก่น']);
      await page.getByRole('option', { name: 'ขอนแก่น' }).click();
      await ui(province).toHaveValue('ขอนแก่น');
      await ui(fieldError(page, 'org-province')).toHaveCount(0);
      // Keyboard works too: type, arrow down, Enter.
      await province.fill('สุรา');
      await province.press('ArrowDown');
      await province.press('Enter');
      await ui(province).toHaveValue('สุราษฎร์ธานี');
      await province.fill('ขอนแก่น');
      await province.blur();
      await ui(province).toHaveValue('ขอนแก่น');

      await page.getByLabel('ประเภทองค์กรปกครองส่วนท้องถิ่น').selectOption({ label: 'เทศบาลตำบล' });
      await page.getByLabel('อำเภอ').fill('เมืองขอนแก่น');
      await page.getByLabel('โทรศัพท์').fill('abc');
      await page.getByLabel('รหัสหนังสือ').fill('ขก ๘๘๘๐๑');
      await page.getByLabel('รหัสหนังสือ').blur();
      await page.getByLabel('โทรศัพท์').blur();
      await ui(fieldError(page, 'org-phone')).toHaveText(/หมายเลขโทรศัพท์/);
      await page.getByLabel('โทรศัพท์').fill('๐๔๓-๒๐๐๑๒๓ ต่อ ๑๐๑');
      await ui(page.getByText('ที่ ขก ๘๘๘๐๑/๑๒๓')).toBeVisible();
      await page.getByLabel('แบบอักษรของเอกสาร').selectOption('TH Sarabun New');
      await screenshot(page, 'setup-step1-filled-th');
      await page.getByRole('button', { name: 'ถัดไป' }).click();

      // Step 2: the usual units of a เทศบาลตำบล, ticked, with their sections.
      await ui(page.getByRole('heading', { name: /ขั้นที่ 2 จาก 2/ })).toBeVisible();
      await ui(page.getByRole('checkbox', { name: 'กองคลัง' })).toBeChecked();
      await ui(page.getByRole('checkbox', { name: 'ฝ่ายพัฒนารายได้' })).toBeChecked();
      await page.getByRole('checkbox', { name: 'กองสวัสดิการสังคม' }).uncheck();
      await page.getByRole('checkbox', { name: 'ฝ่ายปกครอง' }).uncheck();
      // Add a unit; a twin is refused; add a section to กองช่าง.
      await page.getByLabel('ชื่อสำนัก/กองที่จะเพิ่ม').fill('กองพัสดุ');
      await page.getByRole('button', { name: 'เพิ่มสำนัก/กอง' }).click();
      await ui(page.getByRole('checkbox', { name: 'กองพัสดุ' })).toBeChecked();
      await page.getByLabel('ชื่อสำนัก/กองที่จะเพิ่ม').fill('กองคลัง');
      await page.getByRole('button', { name: 'เพิ่มสำนัก/กอง' }).click();
      await ui(page.getByText('ซ้ำกับรายการที่มีอยู่แล้ว: กองคลัง')).toBeVisible();
      await page.getByLabel('ชื่อสำนัก/กองที่จะเพิ่ม').fill('');
      const kongChang = page.locator('.unit-checklist > li').filter({ has: page.getByRole('checkbox', { name: 'กองช่าง', exact: true }) });
      await kongChang.getByRole('button', { name: 'เพิ่มฝ่าย' }).click();
      await kongChang.getByLabel('ชื่อฝ่ายหรืองานในกองช่าง').fill('ฝ่ายการโยธา');
      await kongChang.getByRole('button', { name: 'เพิ่มฝ่าย' }).click();
      await ui(page.getByRole('checkbox', { name: 'ฝ่ายการโยธา' })).toBeChecked();
      await screenshot(page, 'setup-step2-th');

      // Back keeps what was typed; forward again keeps the unit choices.
      await page.getByRole('button', { name: 'ย้อนกลับ' }).click();
      await ui(page.getByLabel('ชื่อหน่วยงาน')).toHaveValue('เทศบาลตำบลบ้านทดสอบ');
      await page.getByRole('button', { name: 'ถัดไป' }).click();
      await ui(page.getByRole('checkbox', { name: 'กองพัสดุ' })).toBeChecked();
      await ui(page.getByRole('checkbox', { name: 'กองสวัสดิการสังคม' })).toBeUnchecked();

      await page.getByRole('button', { name: 'เสร็จสิ้นการตั้งค่า' }).click();

      // The shell: the organisation's name in the top bar, the home screen, the units made.
      await ui(page.getByTestId('org-name')).toHaveText('เทศบาลตำบลบ้านทดสอบ');
      await ui(page.locator('main[data-screen="home"]')).toBeVisible();
      await screenshot(page, 'home-after-setup-th');
      await openScreen(page, 'สำนัก / กอง', 'units');
      await ui(rowOf(page, 'กองพัสดุ')).toBeVisible();
      await ui(rowOf(page, 'ฝ่ายการโยธา')).toBeVisible();
      await ui(rowOf(page, 'กองสวัสดิการสังคม')).toHaveCount(0);

      const org = service(app.ctx, 'organization.get', {});
      expect(org).toEqual({
        name: 'เทศบาลตำบลบ้านทดสอบ',
        type: 'subdistrict_municipality',
        district: 'เมืองขอนแก่น',
        province: 'ขอนแก่น',
        phone: '๐๔๓-๒๐๐๑๒๓ ต่อ ๑๐๑',
        docNumberPrefix: 'ขก ๘๘๘๐๑',
        thaiDigits: true,
        documentFont: 'TH Sarabun New',
      });
      const units = service(app.ctx, 'units.list', {});
      const names = units.map((u) => u.name);
      expect(names).toContain('กองพัสดุ');
      expect(names).not.toContain('กองสวัสดิการสังคม');
      expect(names).not.toContain('ฝ่ายปกครอง');
      const kongChangId = units.find((u) => u.name === 'กองช่าง')!.id;
      expect(units.find((u) => u.name === 'ฝ่ายการโยธา')!.parentId).toBe(kongChangId);
    } finally {
      await app.close();
    }
  });
});
