import { afterAll, describe, expect, it } from 'vitest';
import { TITLE_PREFIXES } from '../../../shared/domain/office';
import { closeBrowser, openApp, screenshot } from '../../support/e2e';
import { fieldError, openScreen, rowOf, seedOffice, service, ui } from './helpers';

afterAll(closeBrowser);

describe('people', () => {
  it('adds, validates, edits, searches and deletes people', async () => {
    const app = await openApp({ setup: seedOffice });
    const { page, ctx } = app;
    const personNamed = (firstName: string) => service(ctx, 'people.list', {}).find((p) => p.firstName === firstName);
    try {
      await openScreen(page, 'บุคลากร', 'people');
      await ui(rowOf(page, 'นายสมชาย ใจดี')).toBeVisible();
      await ui(page.locator('[data-testid="people-table"] tbody tr')).toHaveCount(3);
      await screenshot(page, 'people-th');

      // Add: empty required fields are named next to them; nothing is saved.
      await page.getByRole('button', { name: 'เพิ่มบุคลากร' }).click();
      const dialog = page.getByRole('dialog');
      await ui(dialog.getByRole('heading', { name: 'เพิ่มบุคลากร' })).toBeVisible();
      await ui(dialog.locator('#title-prefixes option')).toHaveCount(TITLE_PREFIXES.length);
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(fieldError(dialog, 'person-first')).toHaveText('กรุณากรอกข้อมูล');
      await ui(fieldError(dialog, 'person-position')).toHaveText('กรุณากรอกข้อมูล');
      await ui(fieldError(dialog, 'person-last')).toHaveCount(0);
      await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('ว'.repeat(101));
      await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).blur();
      await ui(fieldError(dialog, 'person-first')).toHaveText('ยาวเกิน 100 ตัวอักษร');
      await screenshot(page, 'people-form-errors-th');

      // A title typed freely (not in the offered list), a section as the unit, the ITA admin role.
      await dialog.getByLabel('คำนำหน้า').fill('จ.ส.อ.');
      await dialog.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('วิชัย');
      await dialog.getByLabel('นามสกุล').fill('มั่นคง');
      await dialog.getByLabel('ตำแหน่ง').fill('นักวิเคราะห์นโยบายและแผนชำนาญการ');
      const sectionId = service(ctx, 'units.list', {}).find((u) => u.name === 'ฝ่ายบริหารงานทั่วไป')!.id;
      await dialog.getByLabel('สังกัด').selectOption(String(sectionId));
      await dialog.getByLabel('บทบาทในงาน ITA').selectOption({ label: 'ผู้ดูแลระบบ ITA' });
      await ui(fieldError(dialog, 'person-first')).toHaveCount(0);
      await screenshot(page, 'people-form-th');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(dialog).toBeHidden();
      await ui(page.getByRole('status')).toHaveText(/บันทึกแล้ว/);
      const added = rowOf(page, 'จ.ส.อ.วิชัย มั่นคง');
      await ui(added).toBeVisible();
      await ui(added.getByRole('cell').nth(2)).toHaveText('ฝ่ายบริหารงานทั่วไป (สำนักปลัดเทศบาล)');
      await ui(added.getByRole('cell').nth(3)).toHaveText('ผู้ดูแลระบบ ITA');
      expect(personNamed('วิชัย')).toMatchObject({ title: 'จ.ส.อ.', lastName: 'มั่นคง', unitId: sectionId, role: 'ita_admin' });

      // Edit: the form opens with the person's values; the change is saved.
      await rowOf(page, 'นายสมชาย ใจดี').getByRole('button', { name: 'แก้ไข' }).click();
      await ui(dialog.getByLabel('ตำแหน่ง')).toHaveValue('ผู้อำนวยการกองคลัง');
      await dialog.getByLabel('ตำแหน่ง').fill('');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(fieldError(dialog, 'person-position')).toHaveText('กรุณากรอกข้อมูล');
      await dialog.getByLabel('ตำแหน่ง').fill('ผู้อำนวยการกองคลัง ระดับต้น');
      await dialog.getByLabel('สังกัด').selectOption({ label: '— ไม่สังกัดสำนัก/กอง —' });
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(dialog).toBeHidden();
      await ui(rowOf(page, 'นายสมชาย ใจดี').getByRole('cell').nth(1)).toHaveText('ผู้อำนวยการกองคลัง ระดับต้น');
      expect(personNamed('สมชาย')).toMatchObject({ position: 'ผู้อำนวยการกองคลัง ระดับต้น', unitId: null });

      // Search narrows the table.
      await page.getByLabel('ค้นหา').fill('มาลี');
      await ui(page.locator('[data-testid="people-table"] tbody tr')).toHaveCount(1);
      await page.getByLabel('ค้นหา').fill('');
      await ui(page.locator('[data-testid="people-table"] tbody tr')).toHaveCount(4);

      // Delete asks first; cancel keeps the person, confirm removes them.
      await rowOf(page, 'นางสาวสมหญิง รักงาน').getByRole('button', { name: 'ลบ' }).click();
      await ui(dialog.getByText('ต้องการลบ นางสาวสมหญิง รักงาน (นักวิชาการเงินและบัญชี) ออกจากรายชื่อใช่หรือไม่')).toBeVisible();
      await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
      await ui(rowOf(page, 'นางสาวสมหญิง รักงาน')).toBeVisible();
      await rowOf(page, 'นางสาวสมหญิง รักงาน').getByRole('button', { name: 'ลบ' }).click();
      await screenshot(page, 'people-delete-th');
      await dialog.getByRole('button', { name: 'ลบ' }).click();
      await ui(rowOf(page, 'นางสาวสมหญิง รักงาน')).toHaveCount(0);
      expect(personNamed('สมหญิง')).toBeUndefined();
      expect(service(ctx, 'people.list', {})).toHaveLength(3);
    } finally {
      await app.close();
    }
  });
});
