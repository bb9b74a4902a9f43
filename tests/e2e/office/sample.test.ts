import { afterAll, describe, expect, it } from 'vitest';
import { sampleBundle } from '../../../shared/sampleBundle';
import { closeBrowser, openApp, screenshot } from '../../support/e2e';
import { openScreen, rowOf, service, ui } from './helpers';

afterAll(closeBrowser);

describe('sample data', () => {
  it('opens the demo office from the first screen, and can load it again over the data from Settings', async () => {
    const app = await openApp();
    const { page, ctx } = app;
    const sample = sampleBundle('test');
    try {
      await page.getByRole('button', { name: 'เปิดข้อมูลตัวอย่าง' }).click();
      await ui(page.getByTestId('org-name')).toHaveText(sample.organization!.name);
      await ui(page.getByTestId('stat-people')).toHaveText(new RegExp(String(sample.people.length)));
      await screenshot(page, 'home-sample-th');

      await openScreen(page, 'สำนัก / กอง', 'units');
      await ui(rowOf(page, 'งานการเจ้าหน้าที่')).toBeVisible();
      await screenshot(page, 'units-sample-th');
      await openScreen(page, 'บุคลากร', 'people');
      await ui(page.locator('[data-testid="people-table"] tbody tr')).toHaveCount(sample.people.length);
      await ui(rowOf(page, 'นางสาวกมลชนก บุญมี')).toBeVisible();
      await screenshot(page, 'people-sample-th');

      // Change something, then load the sample again from Settings: it asks, then replaces.
      service(ctx, 'units.create', { name: 'กองทดลอง', parentId: null });
      await openScreen(page, 'ตั้งค่า', 'settings');
      await page.getByRole('button', { name: 'เปิดข้อมูลตัวอย่าง…' }).click();
      const dialog = page.getByRole('dialog');
      await ui(dialog.getByText('ข้อมูลปัจจุบันทั้งหมด', { exact: false })).toBeVisible();
      await screenshot(page, 'settings-sample-confirm-th');
      await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
      expect(service(ctx, 'units.list', {}).some((u) => u.name === 'กองทดลอง')).toBe(true);
      await page.getByRole('button', { name: 'เปิดข้อมูลตัวอย่าง…' }).click();
      await dialog.getByRole('button', { name: 'แทนที่ข้อมูลทั้งหมด' }).click();
      await ui(page.getByRole('status')).toHaveText(/เปิดข้อมูลตัวอย่างแล้ว/);
      expect(service(ctx, 'units.list', {}).some((u) => u.name === 'กองทดลอง')).toBe(false);
      expect(service(ctx, 'units.list', {})).toHaveLength(sample.units.length);
    } finally {
      await app.close();
    }
  });
});
