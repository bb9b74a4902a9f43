import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBridge, type Bridge } from '../../electron/bridge';
import { closeAppContext, openAppContext, type AppContext } from '../../electron/services/context';

/**
 * One end-to-end session: the built renderer (dist/renderer, made by `vite build` in `npm test`)
 * served by the localhost bridge from a fresh data folder, driven in Debian's Chromium.
 */
export interface E2e {
  page: Page;
  ctx: AppContext;
  bridge: Bridge;
  dataDir: string;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
export const RENDERER_DIR = path.resolve('dist/renderer');
export const ARTIFACTS = path.resolve('test-artifacts');

let browser: Browser | undefined;

export async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export function freshDataDir(prefix = 'ita-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts the app on a fresh (or given) data folder and opens it in a new browser context. */
export async function openApp(options: { dataDir?: string; setup?: (ctx: AppContext) => void } = {}): Promise<E2e> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('dist/renderer is missing: run `vite build` first (npm test does)');
  const dataDir = options.dataDir ?? freshDataDir();
  const ctx = openAppContext(dataDir);
  options.setup?.(ctx);
  const bridge = await startBridge(ctx, { staticDir: RENDERER_DIR });
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 860 }, locale: 'th-TH', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(bridge.url);
  return {
    page,
    ctx,
    bridge,
    dataDir,
    close: async () => {
      await context.close();
      await bridge.close();
      closeAppContext(ctx);
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

/** Saves a screenshot under test-artifacts/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
