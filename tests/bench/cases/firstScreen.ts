import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { startBridge } from '../../../electron/bridge';
import { closeAppContext, openAppContext } from '../../../electron/services/context';
import { CHROMIUM, CHROMIUM_ARGS } from '../../support/e2e';
import { summarize } from '../stats';
import type { BenchCase } from '../types';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The first screen a new user can act on: the setup wizard's first field. */
export const APP_FIRST_FIELD = '[data-testid="setup-wizard"] :is(input, select, textarea)';
const BLANK_FIRST_FIELD = 'input';

/**
 * Injected before any page script: notes `performance.now()` (milliseconds since the navigation
 * started) at the first frame in which an element matching the selector is visible. Plain text,
 * not a compiled function: tsx's helpers (`__name`) do not exist in the page.
 */
const watchFirstVisible = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const visible = () => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  const check = () => {
    if (window.__firstVisibleMs !== undefined) return;
    if (visible()) requestAnimationFrame(() => { if (window.__firstVisibleMs === undefined) window.__firstVisibleMs = performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** The real renderer, built with the project's Vite config into a temporary folder. */
async function buildApp(outDir: string) {
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** A blank Vite + React page with one field, built the same way: the floor to compare against. */
async function buildBlank(outDir: string) {
  // Inside node_modules/.cache so that `react` resolves from the project's node_modules.
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const src = fs.mkdtempSync(path.join(cache, 'ita-bench-blank-'));
  try {
    fs.writeFileSync(path.join(src, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8" /><title>blank</title></head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>');
    fs.writeFileSync(
      path.join(src, 'main.tsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<input aria-label=\"blank\" />);\n",
    );
    await build({ root: src, base: './', configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true } });
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
}

/** One cold load (a new browser context: empty cache) of `url`, in ms until `selector` is visible. */
async function coldLoad(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'th-TH' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: watchFirstVisible(selector) });
    await page.goto(url);
    const handle = await page.waitForFunction(() => (window as unknown as { __firstVisibleMs?: number }).__firstVisibleMs, undefined, { timeout: 30_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** From page load to the first interactive screen, in Chromium, against a blank Vite + React page. */
export const firstScreen: BenchCase = {
  name: 'renderer.firstScreen',
  description: 'navigation start → first field of the setup wizard visible (fresh data folder, built renderer, localhost bridge), vs. a blank Vite+React page',
  async run({ runs, log }) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-web-'));
    const appDir = path.join(work, 'app');
    const blankDir = path.join(work, 'blank');
    let browser: Browser | undefined;
    try {
      log('building the renderer and a blank Vite+React page');
      await buildApp(appDir);
      await buildBlank(blankDir);
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

      const loadApp = async () => {
        // A fresh data folder each time: the first-run path, setup wizard included.
        const ctx = openAppContext(path.join(work, `data-${Math.random().toString(36).slice(2)}`));
        const bridge = await startBridge(ctx, { staticDir: appDir });
        try {
          return await coldLoad(browser!, bridge.url, APP_FIRST_FIELD);
        } finally {
          await bridge.close();
          closeAppContext(ctx);
        }
      };
      const blankCtx = openAppContext(path.join(work, 'data-blank'));
      const blankBridge = await startBridge(blankCtx, { staticDir: blankDir });
      const loadBlank = () => coldLoad(browser!, blankBridge.url, BLANK_FIRST_FIELD);

      try {
        // One unmeasured load of each, then alternate, so that drift hits both alike.
        await loadApp();
        await loadBlank();
        const app: number[] = [];
        const blank: number[] = [];
        for (let i = 0; i < runs; i++) {
          app.push(await loadApp());
          blank.push(await loadBlank());
        }
        const appMs = summarize(app);
        const blankMs = summarize(blank);
        const bytes = (dir: string) => fs.readdirSync(path.join(dir, 'assets')).reduce((sum, f) => sum + fs.statSync(path.join(dir, 'assets', f)).size, 0);
        return {
          appMs,
          blankMs,
          ratio: Math.round((appMs.median / blankMs.median) * 100) / 100,
          appAssetBytes: bytes(appDir),
          blankAssetBytes: bytes(blankDir),
        };
      } finally {
        await blankBridge.close();
        closeAppContext(blankCtx);
      }
    } finally {
      await browser?.close();
      fs.rmSync(work, { recursive: true, force: true });
    }
  },
};
