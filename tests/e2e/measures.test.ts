import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, freshDataDir, openApp, screenshot } from '../support/e2e';
import { downloadedText, seedSample, service, ui } from './office/helpers';

const WAIT = { timeout: 30_000 };

afterAll(closeBrowser);

/** Ticks responsible units in a measure editor by name. */
async function pickUnits(page: Page, prefix: string, names: string[]): Promise<void> {
  for (const name of names) await page.getByTestId(`${prefix}-units`).getByLabel(name, { exact: true }).check();
}

/** Switches the UI language with the top bar buttons. */
async function language(page: Page, lang: 'th' | 'en'): Promise<void> {
  await page.getByRole('group', { name: /ภาษา|Language/ }).getByRole('button', { name: lang === 'th' ? 'ไทย' : 'English' }).click();
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached', ...WAIT });
}

describe('measures plan and progress', () => {
  it('goes through the wizard from the demo year to an exported plan that reads back', async () => {
    const app = await openApp({ setup: seedSample });
    const { page, ctx } = app;
    try {
      await page.goto(`${app.bridge.url}#measures`);
      await page.getByTestId('measures-screen').waitFor(WAIT);
      await page.getByTestId('open-wizard').click();

      // Step 1: the demo office's latest results (2566) make the plan of 2567.
      await page.getByTestId('wizard-year').selectOption('2566');
      await ui(page.getByTestId('plan-wizard').getByRole('heading', { level: 1 })).toHaveText(/๒๕๖๗/);
      await screenshot(page, 'measures-wizard-year');
      await page.getByTestId('wizard-next').click();

      // Step 2: the weak points with the assessors' comments; the defaults are kept.
      await page.getByTestId('wizard-summary').waitFor(WAIT);
      const points = page.locator('[data-testid^="point-"]');
      expect(await points.count()).toBeGreaterThan(0);
      await screenshot(page, 'measures-wizard-points');
      await language(page, 'en');
      await page.getByText('Weak points', { exact: true }).waitFor(WAIT);
      await screenshot(page, 'measures-wizard-points-en');
      await language(page, 'th');
      await page.getByTestId('wizard-next').click();

      // Step 3: every draft lacks a unit: "next" is refused and each draft says so.
      const drafts = page.locator('[data-testid^="draft"][data-testid$="-editor"]');
      await drafts.first().waitFor(WAIT);
      const draftCount = await drafts.count();
      expect(draftCount).toBeGreaterThan(0);
      await page.getByTestId('wizard-next').click();
      await ui(page.getByTestId('draft0-units-error')).toHaveText('มาตรการต้องมีหน่วยงานผู้รับผิดชอบอย่างน้อย ๑ หน่วยงาน');
      await ui(page.getByTestId('wizard-error')).toBeVisible();

      // The first draft: two units, an extra step moved to the top, a period that ends before it starts.
      await pickUnits(page, 'draft0', ['สำนักปลัด', 'กองคลัง']);
      await ui(page.getByTestId('draft0-units-error')).toBeHidden();
      await page.getByTestId('draft0-add-step').click();
      const steps = page.getByTestId('draft0-methods').locator('textarea');
      const last = (await steps.count()) - 1;
      await steps.nth(last).fill('ประชุมชี้แจงหัวหน้าส่วนราชการ');
      for (let i = last; i > 0; i--) await page.getByTestId('draft0-methods').getByRole('button', { name: `เลื่อนขึ้น ${i + 1}` }).click();
      await ui(steps.first()).toHaveValue('ประชุมชี้แจงหัวหน้าส่วนราชการ');
      await page.getByTestId('draft0-period-months').check();
      await page.getByTestId('draft0-period-start').selectOption('2024-03');
      await page.getByTestId('draft0-period-end').selectOption('2023-12');
      for (let i = 1; i < draftCount; i++) await pickUnits(page, `draft${i}`, ['สำนักปลัด']);
      await page.getByTestId('wizard-next').click();
      await ui(page.getByTestId('draft0-period-error')).toHaveText('เดือนสิ้นสุดต้องไม่ก่อนเดือนเริ่มต้น');
      await screenshot(page, 'measures-wizard-bad-input');
      await page.getByTestId('draft0-period-end').selectOption('2024-09');
      await ui(page.getByTestId('draft0-period-error')).toBeHidden();

      // A measure of one's own, written by hand in the wizard.
      await page.getByTestId('wizard-add-draft').click();
      const own = `draft${draftCount}`;
      await page.locator(`#${own}-title`).fill('จัดทำคู่มือการให้บริการประชาชนผ่านระบบ e-Service');
      await page.getByTestId(`${own}-step-0`).fill('สำรวจงานบริการที่ให้บริการออนไลน์ได้');
      await pickUnits(page, own, ['งานนโยบายและแผน']);
      await page.locator(`#${own}-oit`).fill('o17');
      await screenshot(page, 'measures-wizard-details');

      // Step 4: review, then save all at once.
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-review').waitFor(WAIT);
      await screenshot(page, 'measures-wizard-review');
      await page.getByTestId('wizard-save').click();
      await page.getByTestId('measures-table').waitFor(WAIT);
      await ui(page.getByTestId('measures-year')).toHaveValue('2567');
      const saved = service(ctx, 'measures.list', { fiscalYear: 2567 });
      expect(saved).toHaveLength(draftCount + 1);
      const first = saved.find((m) => m.methods[0] === 'ประชุมชี้แจงหัวหน้าส่วนราชการ')!;
      expect(first.units.map((u) => u.name)).toEqual(['สำนักปลัด', 'กองคลัง']);
      expect(first.period).toEqual({ start: '2024-03', end: '2024-09' });
      expect(saved.find((m) => m.title.startsWith('จัดทำคู่มือ'))!.oitItems).toEqual(['O17']);
      await screenshot(page, 'measures-list');

      // Filter by unit; select two and reassign from สำนักปลัด to งานบริหารทั่วไป.
      await page.getByTestId('filter-unit').selectOption(String(first.units[1]!.id));
      await ui(page.getByTestId('measures-table').locator('tbody tr')).toHaveCount(1);
      await page.getByTestId('filter-unit').selectOption('');
      await ui(page.getByTestId('measures-table').locator('tbody tr')).toHaveCount(draftCount + 1);
      const ids = saved.slice(0, 2).map((m) => m.id);
      for (const id of ids) await page.getByTestId(`select-${id}`).check();
      await page.getByTestId('reassign-apply').click();
      await ui(page.getByTestId('bulk-bar')).toHaveText(/กรุณาเลือกหน่วยงานที่จะรับผิดชอบแทน/);
      const units = service(ctx, 'units.list', {});
      await page.getByTestId('reassign-from').selectOption(String(units.find((u) => u.name === 'สำนักปลัด')!.id));
      await page.getByTestId('reassign-to').selectOption(String(units.find((u) => u.name === 'งานบริหารทั่วไป')!.id));
      await screenshot(page, 'measures-bulk-reassign');
      await page.getByTestId('reassign-apply').click();
      await ui(page.getByTestId('bulk-bar')).toBeHidden();
      const after = service(ctx, 'measures.list', { fiscalYear: 2567 });
      for (const id of ids) expect(after.find((m) => m.id === id)!.units.map((u) => u.name)).toContain('งานบริหารทั่วไป');
      for (const id of ids) expect(after.find((m) => m.id === id)!.units.map((u) => u.name)).not.toContain('สำนักปลัด');

      // Export the plan: the dialog drafts its text, the download carries every measure in order.
      await page.getByTestId('export-plan').click();
      await page.getByTestId('plan-title').waitFor(WAIT);
      await screenshot(page, 'measures-plan-export');
      const text = await downloadedText(page, () => page.getByTestId('plan-download').click());
      let at = -1;
      for (const m of after) {
        const found = text.indexOf(m.title, at + 1);
        expect(found, m.title).toBeGreaterThan(-1);
        at = found;
      }
      expect(text).toContain('ประชุมชี้แจงหัวหน้าส่วนราชการ');
      expect(text).toContain('งานนโยบายและแผน');

      // The preview shows the very file.
      await page.getByTestId('plan-preview').click();
      await page.getByTestId('docx-preview').and(page.locator('[data-state="done"]')).waitFor(WAIT);
      await screenshot(page, 'measures-plan-preview');
      await page.getByTestId('plan-export-dialog').getByRole('button', { name: 'ปิด' }).click();

      // A measure added by hand: refused without a unit, saved with one.
      await page.getByTestId('add-measure').click();
      const dialog = page.getByTestId('measure-dialog');
      await dialog.locator('#measure-title').fill('ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต');
      await dialog.getByTestId('measure-save').click();
      await ui(dialog.getByTestId('measure-units-error')).toHaveText('มาตรการต้องมีหน่วยงานผู้รับผิดชอบอย่างน้อย ๑ หน่วยงาน');
      await screenshot(page, 'measures-add-no-unit');
      await pickUnits(page, 'measure', ['หน่วยตรวจสอบภายใน']);
      await dialog.getByTestId('measure-save').click();
      await ui(dialog).toBeHidden();
      expect(service(ctx, 'measures.list', { fiscalYear: 2567 })).toHaveLength(draftCount + 2);

      // Start from last year: the demo office's measures of 2566 are added, without progress.
      const lastYear = service(ctx, 'measures.list', { fiscalYear: 2566 }).length;
      await page.getByTestId('copy-last-year').click();
      await ui(page.getByTestId('copy-dialog')).toHaveText(/ต่อท้าย/);
      await screenshot(page, 'measures-copy-last-year');
      await page.getByTestId('copy-confirm').click();
      await ui(page.getByTestId('copy-dialog')).toBeHidden();
      const copied = service(ctx, 'measures.list', { fiscalYear: 2567 });
      expect(copied).toHaveLength(draftCount + 2 + lastYear);
      expect(copied.every((m) => m.progressCount === 0)).toBe(true);

      // English screens look as complete.
      await language(page, 'en');
      await screenshot(page, 'measures-list-en');
      await page.getByTestId('tab-library').click();
      await page.getByTestId('library-table').waitFor(WAIT);
      await screenshot(page, 'measures-library-en');
      await language(page, 'th');
      await screenshot(page, 'measures-library');
    } finally {
      await app.close();
    }
  });

  it('records progress for two units, refuses bad input, shows the dashboard and exports the progress report', async () => {
    const app = await openApp({
      setup: (ctx) => {
        seedSample(ctx);
        const units = service(ctx, 'units.list', {});
        const unit = (name: string) => units.find((u) => u.name === name)!.id;
        service(ctx, 'measures.create', {
          fiscalYear: 2567,
          sourceYear: 2566,
          instrument: 'OIT',
          indicatorNo: 9,
          oitItems: ['O12', 'O20'],
          title: 'เผยแพร่รายงานผลการดำเนินงานประจำปีให้ครบองค์ประกอบ',
          methods: ['จัดทำรายงานให้มีหัวข้อปัญหา อุปสรรค และข้อเสนอแนะ', 'เผยแพร่บนเว็บไซต์หลักของหน่วยงาน'],
          unitIds: [unit('กองคลัง'), unit('งานนโยบายและแผน')],
          period: null,
          cadence: 'semiannual',
        });
      },
    });
    const { page, ctx } = app;
    try {
      const measure = service(ctx, 'measures.list', { fiscalYear: 2567 })[0]!;
      const [finance, planning] = measure.units;
      await page.goto(`${app.bridge.url}#progress`);
      await page.getByTestId('progress-screen').waitFor(WAIT);
      await page.getByTestId('progress-year').selectOption('2567');
      await page.getByTestId('progress-period').selectOption('6m');
      await page.getByTestId(`slot-${measure.id}-${finance!.id}`).waitFor(WAIT);

      // The finance division: done, with a result, a file and a link.
      await page.getByTestId(`slot-${measure.id}-${finance!.id}-record`).click();
      const dialog = page.getByTestId('progress-dialog');
      await dialog.getByTestId('status-done').check();
      await dialog.getByTestId('progress-result').fill('จัดทำรายงานผลการใช้จ่ายงบประมาณครบทุกหัวข้อ เผยแพร่เมื่อ ๑๕ มีนาคม ๒๕๖๗');
      await dialog.getByTestId('progress-suggestion').fill('ควรแจ้งเตือนก่อนครบกำหนดเผยแพร่');
      // A file over the limit is refused before it is sent; a small one is kept in the data folder.
      const dir = freshDataDir('ita-e2e-evidence-');
      const big = path.join(dir, 'scan-big.pdf');
      fs.writeFileSync(big, Buffer.alloc(26 * 1024 * 1024, 1));
      await dialog.getByTestId('evidence-file').setInputFiles(big);
      await ui(dialog.getByTestId('evidence-problem')).toHaveText(/ไฟล์หลักฐานใหญ่เกินไป \(๒๖ MB\) ขนาดสูงสุด ๒๕ MB/);
      await screenshot(page, 'progress-evidence-too-big');
      const small = path.join(dir, 'รายงานผล.pdf');
      fs.writeFileSync(small, '%PDF-1.4 evidence');
      await dialog.getByTestId('evidence-file').setInputFiles(small);
      await ui(dialog.getByTestId('evidence').locator('li')).toHaveCount(1);
      await dialog.getByTestId('evidence-url').fill('https://www.nonsawan.go.th/report-2567');
      await dialog.getByTestId('evidence-add-url').click();
      await ui(dialog.getByTestId('evidence').locator('li')).toHaveCount(2);
      await screenshot(page, 'progress-dialog');
      await dialog.getByTestId('progress-save').click();
      await ui(page.getByTestId(`slot-${measure.id}-${finance!.id}-status`)).toHaveText('ดำเนินการแล้วเสร็จ');

      // The planning section: dropped without a reason is refused, then given one.
      await page.getByTestId(`slot-${measure.id}-${planning!.id}-record`).click();
      await dialog.getByTestId('status-dropped').check();
      await dialog.getByTestId('progress-result').fill('โอนภารกิจให้กองคลัง');
      await dialog.getByTestId('progress-save').click();
      await ui(page.locator('#progress-dropped-error')).toHaveText('กรุณาระบุเหตุผลที่ยกเลิกมาตรการ');
      await screenshot(page, 'progress-dropped-without-reason');
      await dialog.getByTestId('progress-dropped').fill('ภารกิจนี้โอนไปกองคลังตามคำสั่งองค์การบริหารส่วนตำบล');
      await dialog.getByTestId('progress-save').click();
      await ui(page.getByTestId(`slot-${measure.id}-${planning!.id}-status`)).toHaveText('ยกเลิก');
      await screenshot(page, 'progress-list');

      const entries = service(ctx, 'progress.list', { fiscalYear: 2567, period: '6m' });
      expect(entries).toHaveLength(2);
      const financeEntry = entries.find((e) => e.unitId === finance!.id)!;
      expect(financeEntry.evidence.map((e) => e.kind).sort()).toEqual(['file', 'url']);
      expect(financeEntry.evidence.find((e) => e.kind === 'file')!.name).toBe('รายงานผล.pdf');

      // The dashboard of the year.
      await page.goto(`${app.bridge.url}#measures-dashboard`);
      await page.getByTestId('measures-dashboard').waitFor(WAIT);
      await page.getByTestId('dashboard-year').selectOption('2567');
      await page.getByTestId('chart-measures-units').waitFor(WAIT);
      await screenshot(page, 'measures-dashboard');
      await language(page, 'en');
      await screenshot(page, 'measures-dashboard-en');
      await page.goto(`${app.bridge.url}#progress`);
      await page.getByTestId('progress-screen').waitFor(WAIT);
      await page.getByTestId('progress-year').selectOption('2567');
      await page.getByTestId('progress-period').selectOption('6m');
      await page.getByTestId(`slot-${measure.id}-${finance!.id}`).waitFor(WAIT);
      await screenshot(page, 'progress-list-en');
      await language(page, 'th');

      // The progress report of the period, read back: both units' results and the suggestion.
      await page.getByTestId('export-progress').click();
      await page.getByTestId('report-subject').waitFor(WAIT);
      await screenshot(page, 'progress-export');
      const text = await downloadedText(page, () => page.getByTestId('progress-download').click());
      expect(text).toContain('เผยแพร่รายงานผลการดำเนินงานประจำปีให้ครบองค์ประกอบ');
      expect(text).toContain('จัดทำรายงานผลการใช้จ่ายงบประมาณครบทุกหัวข้อ');
      expect(text).toContain('ควรแจ้งเตือนก่อนครบกำหนดเผยแพร่');
      expect(text).toContain('กองคลัง');

      // A period with nothing recorded still exports; the dialog warns first.
      await page.getByTestId('progress-export-dialog').getByRole('button', { name: 'ปิด' }).click();
      await page.getByTestId('progress-period').selectOption('12m');
      await page.getByTestId('export-progress').click();
      await ui(page.getByTestId('progress-export-empty')).toBeVisible();
      await screenshot(page, 'progress-export-empty');
      const empty = await downloadedText(page, () => page.getByTestId('progress-download').click());
      expect(empty.length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
