import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../electron/services/bundle';
import { getOrganization, putOrganization } from '../../db/queries/office';
import { sampleBundle } from '../../shared/sampleBundle';
import { closeBrowser, freshDataDir, openApp, screenshot } from '../support/e2e';

const WAIT = { timeout: 20_000 };
const OLD_NAME = 'องค์การบริหารส่วนตำบลโนนสวรรค์';
const NEW_NAME = 'องค์การบริหารส่วนตำบลโนนสวรรค์ใหม่';

afterAll(async () => {
  await closeBrowser();
});

describe('backup and restore in the app', () => {
  it('backs up, changes data, restores the old data, then undoes the restore', async () => {
    const app = await openApp({ setup: (ctx) => importBundle(ctx, sampleBundle(ctx.appVersion)) });
    const { page, ctx } = app;
    const target = freshDataDir('ita-e2e-usb-');
    try {
      // The home screen says there is no backup yet.
      await page.getByTestId('backup-overdue').waitFor(WAIT);
      const backupTodo = page.locator('ul.todo li').filter({ hasText: 'สำรองข้อมูลเป็นแฟ้มสำรอง (.itadesk)' });
      await backupTodo.waitFor(WAIT);
      expect(await backupTodo.getAttribute('class')).not.toBe('done');

      await page.getByRole('navigation').getByRole('link', { name: 'สำรองและกู้คืนข้อมูล' }).click();
      await page.locator('main[data-screen="backup"]').waitFor(WAIT);
      await page.getByLabel('โฟลเดอร์ปลายทาง').fill(target);
      await page.getByTestId('backup-start').click();
      await page.getByTestId('backup-done').waitFor(WAIT);
      const written = fs.readdirSync(target).filter((n) => n.endsWith('.itadesk'));
      expect(written).toHaveLength(1);

      // Change the data after the backup.
      putOrganization(ctx.db, { ...getOrganization(ctx.db)!, name: NEW_NAME });
      await page.reload();
      await page.getByTestId('org-name').filter({ hasText: NEW_NAME }).waitFor(WAIT);

      // Restore: list the folder, preview what the backup holds, confirm.
      await page.locator('main[data-screen="backup"]').waitFor(WAIT);
      await page.getByLabel('โฟลเดอร์ที่จะค้นหา').fill(target);
      await page.getByTestId('backup-list-show').click();
      await page.getByTestId('backup-list').getByRole('row').filter({ hasText: written[0]! }).getByRole('button', { name: 'กู้คืน…' }).click();
      const preview = page.getByTestId('restore-preview');
      await preview.getByTestId('preview-organization').filter({ hasText: OLD_NAME }).waitFor(WAIT);
      await screenshot(page, 'backup-restore-preview');
      await preview.getByTestId('restore-confirm').click();
      await preview.waitFor({ state: 'hidden', ...WAIT });
      await page.getByTestId('org-name').filter({ hasText: new RegExp(`^${OLD_NAME}$`) }).waitFor(WAIT);
      expect(getOrganization(ctx.db)?.name).toBe(OLD_NAME);

      // Undo the restore: the changed data is back.
      await page.getByTestId('undo-restore').click();
      await page.getByTestId('org-name').filter({ hasText: NEW_NAME }).waitFor(WAIT);
      await page.getByTestId('undo-card').waitFor({ state: 'hidden', ...WAIT });
      expect(getOrganization(ctx.db)?.name).toBe(NEW_NAME);
      await screenshot(page, 'backup-after-undo');

      // The home screen now shows the last good backup instead of the warning.
      await page.getByRole('navigation').getByRole('link', { name: 'หน้าแรก' }).click();
      await page.getByTestId('backup-notice').filter({ hasText: 'สำรองข้อมูลครั้งล่าสุดที่สมบูรณ์' }).waitFor(WAIT);
      expect(await page.getByTestId('backup-overdue').count()).toBe(0);
      // … and its to-do "back up" is done.
      await page.locator('ul.todo li.done').filter({ hasText: 'สำรองข้อมูลเป็นแฟ้มสำรอง (.itadesk)' }).waitFor(WAIT);
      await screenshot(page, 'backup-home-notice');
    } finally {
      await app.close();
      fs.rmSync(target, { recursive: true, force: true });
    }
  });

  it('refuses a damaged backup with a clear message and keeps the data', async () => {
    const app = await openApp({ setup: (ctx) => importBundle(ctx, sampleBundle(ctx.appVersion)) });
    const { page, ctx } = app;
    const dir = freshDataDir('ita-e2e-bad-');
    try {
      const bad = path.join(dir, 'broken.itadesk');
      fs.writeFileSync(bad, 'SQLite format 3\0 but not really');
      await page.getByRole('navigation').getByRole('link', { name: 'สำรองและกู้คืนข้อมูล' }).click();
      await page.getByLabel('หรือระบุแฟ้มสำรองโดยตรง').fill(bad);
      await page.getByTestId('backup-file-open').click();
      const error = page.getByTestId('backup-list-error');
      await error.filter({ hasText: 'ไม่ใช่แฟ้มสำรองข้อมูล' }).waitFor(WAIT);
      expect(await page.getByTestId('restore-preview').isVisible()).toBe(false);
      expect(getOrganization(ctx.db)?.name).toBe(OLD_NAME);
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
