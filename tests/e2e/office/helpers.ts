import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { api, type ChannelName, type InputOf, type OutputOf } from '../../../shared/api/contract';
import { handlers } from '../../../electron/services/handlers';
import type { AppContext } from '../../../electron/services/context';
import { importBundle } from '../../../electron/services/bundle';
import { sampleBundle } from '../../../shared/sampleBundle';
import { docxText } from '../../support/documents';

const WAIT = { timeout: 10_000, interval: 100 };
const quick = { timeout: 1_000 };

/**
 * Retrying assertions on locators (playwright-core has no `expect`): each polls until it holds or
 * ten seconds pass, like Playwright Test's web-first assertions.
 */
export function ui(locator: Locator) {
  const poll = <T>(read: () => Promise<T>) => expect.poll(() => read().catch(() => undefined), WAIT);
  return {
    toBeVisible: () => locator.waitFor({ state: 'visible', timeout: WAIT.timeout }),
    toBeHidden: () => locator.waitFor({ state: 'hidden', timeout: WAIT.timeout }),
    toHaveCount: (n: number) => poll(() => locator.count()).toBe(n),
    toHaveText: (text: string | RegExp) =>
      typeof text === 'string' ? poll(() => locator.innerText(quick).then((t) => t.trim())).toBe(text) : poll(() => locator.innerText(quick)).toMatch(text),
    toHaveTexts: (texts: string[]) => poll(() => locator.allInnerTexts().then((all) => all.map((t) => t.trim()))).toEqual(texts),
    toHaveValue: (value: string) => poll(() => locator.inputValue(quick)).toBe(value),
    toBeChecked: () => poll(() => locator.isChecked(quick)).toBe(true),
    toBeUnchecked: () => poll(() => locator.isChecked(quick)).toBe(false),
    toBeDisabled: () => poll(() => locator.isDisabled(quick)).toBe(true),
    toBeEnabled: () => poll(() => locator.isEnabled(quick)).toBe(true),
    toBeFocused: () => poll(() => locator.evaluate((el) => el === document.activeElement, undefined, quick)).toBe(true),
  };
}

/**
 * Calls a service directly, as the main process would after validation: for seeding a data folder
 * before the page opens, and for checking what the UI wrote.
 */
export function service<C extends ChannelName>(ctx: AppContext, channel: C, input: InputOf<C>): OutputOf<C> {
  const parsed = (api[channel].input as { parse: (v: unknown) => unknown }).parse(input);
  const out = (handlers[channel] as (i: unknown, c: AppContext) => unknown)(parsed, ctx);
  if (out instanceof Promise) throw new Error(`${channel} is async; seed it another way`);
  return out as OutputOf<C>;
}

/** A small office set up through the services: two units (one with a section) and three people. */
export function seedOffice(ctx: AppContext): void {
  service(ctx, 'setup.complete', {
    organization: {
      name: 'เทศบาลตำบลทดสอบ',
      type: 'subdistrict_municipality',
      district: 'เมืองขอนแก่น',
      province: 'ขอนแก่น',
      phone: '043-000000',
      docNumberPrefix: 'ขก 88801',
      thaiDigits: true,
      documentFont: 'TH SarabunIT๙',
    },
    units: [
      { name: 'สำนักปลัดเทศบาล', sections: ['ฝ่ายบริหารงานทั่วไป'] },
      { name: 'กองคลัง', sections: [] },
      { name: 'กองช่าง', sections: [] },
    ],
  });
  const units = service(ctx, 'units.list', {});
  const unitId = (name: string) => units.find((u) => u.name === name)!.id;
  service(ctx, 'people.create', { title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'ผู้อำนวยการกองคลัง', unitId: unitId('กองคลัง'), role: 'unit_head' });
  service(ctx, 'people.create', { title: 'นางสาว', firstName: 'สมหญิง', lastName: 'รักงาน', position: 'นักวิชาการเงินและบัญชี', unitId: unitId('กองคลัง'), role: 'staff' });
  service(ctx, 'people.create', { title: 'นาง', firstName: 'มาลี', lastName: 'ศรีสุข', position: 'ปลัดเทศบาล', unitId: unitId('สำนักปลัดเทศบาล'), role: 'permanent_secretary' });
}

/** Opens a screen from the side navigation and waits for it. */
export async function openScreen(page: Page, label: string | RegExp, id: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label }).click();
  await page.locator(`main[data-screen="${id}"]`).waitFor();
}

/** The table row whose header cell is exactly `name` (a unit, or a person's full name). */
export function rowOf(page: Page | Locator, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The validation message under a form field (`<id>-error`). */
export function fieldError(page: Page | Locator, id: string): Locator {
  return page.locator(`#${id}-error`);
}

/** Seeds a data folder with the demo office ("ข้อมูลตัวอย่าง"). */
export const seedSample = (ctx: AppContext) => importBundle(ctx, sampleBundle(ctx.appVersion));

/** All text of the main part of the .docx that `click` downloads. */
export async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await click();
  const saved = await (await download).path();
  return docxText(fs.readFileSync(saved));
}
