import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot } from '../../support/e2e';
import { fieldError, openScreen, rowOf, seedOffice, service, ui } from './helpers';

afterAll(closeBrowser);

describe('language', () => {
  it('switches to English at once, remembers it after a reload, and switches back', async () => {
    const app = await openApp({ setup: seedOffice });
    const { page, ctx } = app;
    const langSwitch = page.getByRole('group', { name: /ภาษา|Language/ });
    try {
      // Thai by default.
      await ui(page.getByRole('heading', { name: 'หน้าแรก', level: 1 })).toBeVisible();
      expect(await page.locator('html').getAttribute('lang')).toBe('th');
      await screenshot(page, 'home-th');
      await openScreen(page, 'ตั้งค่า', 'settings');
      await screenshot(page, 'settings-th');

      await langSwitch.getByRole('button', { name: 'English' }).click();
      await ui(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await ui(langSwitch.getByRole('button', { name: 'English' })).toHaveText('English');
      expect(await langSwitch.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => service(ctx, 'app.info', {}).language).toBe('en');
      await screenshot(page, 'settings-en');

      // Every screen in English.
      await openScreen(page, 'Home', 'home');
      await ui(page.getByText('What to do next')).toBeVisible();
      await screenshot(page, 'home-en');
      await openScreen(page, 'Units', 'units');
      await ui(page.getByRole('columnheader', { name: 'Unit name' })).toBeVisible();
      await screenshot(page, 'units-en');
      await rowOf(page, 'กองคลัง').getByRole('button', { name: 'Delete' }).click();
      await ui(page.getByRole('dialog').getByText('2 person(s) still belong to this unit', { exact: false })).toBeVisible();
      await screenshot(page, 'units-delete-reassign-en');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await openScreen(page, 'People', 'people');
      await ui(page.getByRole('cell', { name: 'Unit head' })).toBeVisible();
      await screenshot(page, 'people-en');
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
      await ui(fieldError(page, 'person-first')).toHaveText('Required');
      await screenshot(page, 'people-form-errors-en');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

      // Remembered after a reload (the choice lives in the office database, not in the page).
      await page.reload();
      await ui(page.getByRole('navigation').getByRole('link', { name: 'People' })).toBeVisible();
      await ui(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();

      // And back to Thai, remembered too.
      await langSwitch.getByRole('button', { name: 'ไทย' }).click();
      await ui(page.getByRole('heading', { name: 'บุคลากร', level: 1 })).toBeVisible();
      await page.reload();
      await ui(page.getByRole('heading', { name: 'บุคลากร', level: 1 })).toBeVisible();
      expect(service(ctx, 'app.info', {}).language).toBe('th');
    } finally {
      await app.close();
    }
  });

  it('shows the setup wizard and its messages in English', async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'English' }).click();
      await ui(page.getByRole('heading', { name: 'Set up your office' })).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();
      await ui(fieldError(page, 'org-name')).toHaveText('Required');
      await ui(fieldError(page, 'org-province')).toHaveText('Choose a value from the list');
      // Provinces are found by their English names and shown with them.
      await page.getByRole('combobox', { name: 'Province' }).fill('chiang m');
      await ui(page.getByRole('listbox').getByRole('option')).toHaveTexts(['เชียงใหม่ (Chiang Mai)']);
      await screenshot(page, 'setup-step1-en');
      await page.getByRole('listbox').getByRole('option').first().click();
      await ui(page.getByRole('combobox', { name: 'Province' })).toHaveValue('เชียงใหม่ (Chiang Mai)');
      await ui(fieldError(page, 'org-province')).toHaveCount(0);
      await page.getByLabel('Name of the office').fill('องค์การบริหารส่วนจังหวัดทดสอบ');
      await page.getByLabel('Type of local government').selectOption('pao');
      await page.getByLabel('District').fill('เมืองเชียงใหม่');
      await page.getByLabel('Document number prefix').fill('ชม 51000');
      await page.getByRole('button', { name: 'Next' }).click();
      await ui(page.getByRole('checkbox', { name: 'กองพัสดุและทรัพย์สิน' })).toBeChecked();
      await screenshot(page, 'setup-step2-en');
      await page.getByRole('button', { name: 'Finish setup' }).click();
      await ui(page.getByTestId('org-name')).toHaveText('องค์การบริหารส่วนจังหวัดทดสอบ');
      expect(service(app.ctx, 'organization.get', {})?.province).toBe('เชียงใหม่');
    } finally {
      await app.close();
    }
  });
});
