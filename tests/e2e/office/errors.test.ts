import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot } from '../../support/e2e';
import { openScreen, rowOf, seedOffice, ui } from './helpers';

afterAll(closeBrowser);

describe('errors', () => {
  it('shows a broken screen as a translated message with "copy error", never the stack, and recovers', async () => {
    const app = await openApp({ setup: seedOffice });
    const { page } = app;
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      // The service answers something the screen cannot draw.
      await page.route('**/api/units.list', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: 'not a list' }) }));
      await openScreen(page, 'สำนัก / กอง', 'units');
      const panel = page.getByTestId('error-panel');
      await ui(panel.getByRole('heading', { name: 'ขออภัย หน้านี้แสดงผลไม่ได้' })).toBeVisible();
      await ui(panel.getByText('เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลของท่านไม่สูญหาย กรุณาลองอีกครั้ง')).toBeVisible();
      expect(await page.locator('body').innerText()).not.toMatch(/TypeError|at \w+ \(/);
      // The shell around it still works.
      await ui(page.getByTestId('org-name')).toHaveText('เทศบาลตำบลทดสอบ');
      await screenshot(page, 'error-panel-th');

      await panel.getByRole('button', { name: 'คัดลอกข้อความผิดพลาด' }).click();
      await ui(panel.getByText('คัดลอกข้อความแล้ว', { exact: false })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^ITA Desk error: TypeError/);
      expect(copied).toContain('#units');

      await page.unroute('**/api/units.list');
      await panel.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
      await ui(rowOf(page, 'กองคลัง')).toBeVisible();
    } finally {
      await app.close();
    }
  });

  it('shows a failed call as its translated code, and an unreachable service as such', async () => {
    const app = await openApp({ setup: seedOffice });
    const { page } = app;
    try {
      await page.route('**/api/people.list', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'db_newer', params: { found: 9, supported: 3 } } }) }));
      await openScreen(page, 'บุคลากร', 'people');
      await ui(page.getByRole('alert')).toHaveText(/ฐานข้อมูลนี้สร้างโดย ITA Desk รุ่นใหม่กว่า \(รุ่นฐานข้อมูล 9 แต่โปรแกรมนี้รองรับถึง 3\)/);
      await page.route('**/api/units.list', (route) => route.abort());
      await openScreen(page, 'สำนัก / กอง', 'units');
      await ui(page.getByRole('alert')).toHaveText('ติดต่อส่วนบริการของโปรแกรมไม่ได้');
    } finally {
      await app.close();
    }
  });
});
