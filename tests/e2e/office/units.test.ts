import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot } from '../../support/e2e';
import { fieldError, openScreen, rowOf, seedOffice, service, ui } from './helpers';

afterAll(closeBrowser);

describe('units', () => {
  it('adds, refuses a twin, renames, adds a section, makes a section, reorders and deletes with reassignment', async () => {
    const app = await openApp({ setup: seedOffice });
    const { page, ctx } = app;
    const unitNamed = (name: string) => service(ctx, 'units.list', {}).find((u) => u.name === name);
    try {
      await openScreen(page, 'สำนัก / กอง', 'units');
      await ui(rowOf(page, 'ฝ่ายบริหารงานทั่วไป')).toBeVisible();
      await screenshot(page, 'units-th');

      // Add a unit.
      await page.getByRole('button', { name: 'เพิ่มสำนัก/กอง' }).click();
      const dialog = page.getByRole('dialog');
      await ui(dialog.getByRole('heading', { name: 'เพิ่มสำนัก/กอง' })).toBeVisible();
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(fieldError(dialog, 'unit-name')).toHaveText(/กรุณากรอกข้อมูล/);
      await dialog.getByLabel('ชื่อสำนัก/กอง').fill('กองการศึกษา');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(dialog).toBeHidden();
      await ui(page.getByRole('status')).toHaveText(/บันทึกแล้ว/);
      await ui(rowOf(page, 'กองการศึกษา')).toBeVisible();

      // A twin name is refused by the main process, shown under the field, and nothing is added.
      await page.getByRole('button', { name: 'เพิ่มสำนัก/กอง' }).click();
      await dialog.getByLabel('ชื่อสำนัก/กอง').fill('กองคลัง');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(fieldError(dialog, 'unit-name')).toHaveText('ซ้ำกับรายการที่มีอยู่แล้ว: กองคลัง');
      await screenshot(page, 'units-duplicate-th');
      await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
      expect(service(ctx, 'units.list', {}).filter((u) => u.name === 'กองคลัง')).toHaveLength(1);

      // Rename.
      await rowOf(page, 'กองการศึกษา').getByRole('button', { name: 'แก้ไข' }).click();
      await dialog.getByLabel('ชื่อสำนัก/กอง').fill('กองการศึกษา ศาสนาและวัฒนธรรม');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(rowOf(page, 'กองการศึกษา ศาสนาและวัฒนธรรม')).toBeVisible();
      await ui(rowOf(page, 'กองการศึกษา')).toHaveCount(0);

      // Add a section to กองช่าง: the dialog opens with กองช่าง as its parent.
      await rowOf(page, 'กองช่าง').getByRole('button', { name: 'เพิ่มฝ่าย' }).click();
      await ui(dialog.getByRole('heading', { name: 'เพิ่มฝ่าย' })).toBeVisible();
      await dialog.getByLabel('ชื่อฝ่ายหรืองาน').fill('ฝ่ายการโยธา');
      await screenshot(page, 'units-add-section-th');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(rowOf(page, 'ฝ่ายการโยธา')).toBeVisible();
      expect(unitNamed('ฝ่ายการโยธา')?.parentId).toBe(unitNamed('กองช่าง')?.id);
      // Sections show right under their unit.
      const rowNames = () => page.locator('[data-testid="units-table"] tbody th').allInnerTexts();
      const names = (await rowNames()).map((n) => n.replace('└', '').trim());
      expect(names.indexOf('ฝ่ายการโยธา')).toBe(names.indexOf('กองช่าง') + 1);

      // Make a unit a section of another.
      await rowOf(page, 'กองการศึกษา ศาสนาและวัฒนธรรม').getByRole('button', { name: 'แก้ไข' }).click();
      await dialog.getByLabel('สังกัด').selectOption({ label: 'เป็นฝ่ายภายใต้ สำนักปลัดเทศบาล' });
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await ui(dialog).toBeHidden();
      await expect.poll(() => unitNamed('กองการศึกษา ศาสนาและวัฒนธรรม')?.parentId).toBe(unitNamed('สำนักปลัดเทศบาล')?.id);
      // A unit with sections is offered no parent: sections do not nest.
      await rowOf(page, 'สำนักปลัดเทศบาล').getByRole('button', { name: 'แก้ไข' }).click();
      await ui(dialog.getByLabel('สังกัด').locator('option')).toHaveCount(1);
      await ui(dialog.getByText('มีฝ่ายอยู่ภายใต้ จึงย้ายไปเป็นฝ่ายของสำนัก/กองอื่นไม่ได้')).toBeVisible();
      await dialog.getByRole('button', { name: 'ยกเลิก' }).click();

      // Move up and down; the first unit cannot move up.
      await ui(rowOf(page, 'สำนักปลัดเทศบาล').getByRole('button', { name: 'เลื่อนขึ้น' })).toBeDisabled();
      await rowOf(page, 'กองช่าง').getByRole('button', { name: 'เลื่อนขึ้น' }).click();
      await expect.poll(async () => (await rowNames()).map((n) => n.replace('└', '').trim()).filter((n) => n === 'กองช่าง' || n === 'กองคลัง')).toEqual(['กองช่าง', 'กองคลัง']);
      await rowOf(page, 'กองช่าง').getByRole('button', { name: 'เลื่อนลง' }).click();
      await expect.poll(async () => (await rowNames()).map((n) => n.replace('└', '').trim()).filter((n) => n === 'กองช่าง' || n === 'กองคลัง')).toEqual(['กองคลัง', 'กองช่าง']);
      const topLevel = service(ctx, 'units.list', {}).filter((u) => u.parentId === null).map((u) => u.name);
      expect(topLevel).toEqual(['สำนักปลัดเทศบาล', 'กองคลัง', 'กองช่าง']);

      // A unit with sections cannot be deleted until they go.
      await rowOf(page, 'สำนักปลัดเทศบาล').getByRole('button', { name: 'ลบ' }).click();
      await ui(dialog.getByText(/ยังมีฝ่ายอยู่ภายใต้ 2 ฝ่าย/)).toBeVisible();
      await ui(dialog.getByRole('button', { name: 'ลบ' })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'ปิด' }).click();

      // Delete a unit that still has people: the dialog asks where they go, then moves them.
      const financeId = unitNamed('กองคลัง')!.id;
      await rowOf(page, 'กองคลัง').getByRole('button', { name: 'ลบ' }).click();
      await ui(dialog.getByText('ยังมีบุคลากรสังกัดอยู่ 2 คน', { exact: false })).toBeVisible();
      await dialog.getByRole('button', { name: 'ย้ายบุคลากรและลบ' }).click();
      await ui(fieldError(dialog, 'reassign-to')).toHaveText(/กรุณาเลือกส่วนราชการที่จะย้ายบุคลากรไป/);
      await dialog.getByLabel('ย้ายบุคลากรไปที่').selectOption({ label: 'กองช่าง' });
      await screenshot(page, 'units-delete-reassign-th');
      await dialog.getByRole('button', { name: 'ย้ายบุคลากรและลบ' }).click();
      await ui(dialog).toBeHidden();
      await ui(rowOf(page, 'กองคลัง')).toHaveCount(0);
      const worksId = unitNamed('กองช่าง')!.id;
      const people = service(ctx, 'people.list', {});
      expect(people.filter((p) => p.unitId === financeId)).toHaveLength(0);
      expect(people.filter((p) => p.unitId === worksId).map((p) => p.firstName)).toEqual(['สมชาย', 'สมหญิง']);
      await ui(rowOf(page, 'กองช่าง').getByRole('cell').first()).toHaveText('2');

      // An empty section: a plain confirmation.
      await rowOf(page, 'ฝ่ายการโยธา').getByRole('button', { name: 'ลบ' }).click();
      await ui(dialog.getByText('ต้องการลบ "ฝ่ายการโยธา" ใช่หรือไม่')).toBeVisible();
      await dialog.getByRole('button', { name: 'ลบ' }).click();
      await ui(rowOf(page, 'ฝ่ายการโยธา')).toHaveCount(0);
      expect(unitNamed('ฝ่ายการโยธา')).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
