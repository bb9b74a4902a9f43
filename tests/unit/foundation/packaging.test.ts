import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('packaging (electron-builder)', () => {
  it('the configuration passes electron-builder’s own schema and says what the installers need', async () => {
    const config = await getConfig(ROOT, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({ appId: 'th.go.itadesk', productName: 'ITA Desk', asar: true });
    // getConfig gives the patterns as one filter set; only the build output, package.json and the native module go in.
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files).toEqual(expect.arrayContaining(['dist/**', 'package.json', '!node_modules/**', 'node_modules/better-sqlite3/build/Release/better_sqlite3.node']));
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/better-sqlite3/build/Release/*.node']));
    // Every module left out of the bundles (bundle-main.mjs `external`) is shipped: the app would not start otherwise.
    const bundler = fs.readFileSync(path.join(ROOT, 'build/bundle-main.mjs'), 'utf8');
    const externals = [...new Set([...bundler.matchAll(/external:\s*\[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((n) => n[1]!)))].filter((n) => n !== 'electron');
    expect(externals).toContain('better-sqlite3');
    for (const name of externals) {
      const scope = name.startsWith('@') ? name.split('/')[0]! : name;
      expect(files.some((f) => f.startsWith(`node_modules/${name}/`) || f.startsWith(`node_modules/${scope}/`)), `${name} is external in bundle-main.mjs but not in electron-builder.yml files`).toBe(true);
    }
    // Windows: a per-user installer that never asks for administrator rights, and a portable exe.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.win).toMatchObject({ icon: 'build/icon.ico', requestedExecutionLevel: 'asInvoker' });
    expect((config.win!.target as { target: string }[]).map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect((config.linux!.target as { target: string }[]).map((t) => t.target)).toEqual(['AppImage']);
    // The app starts from what `npm run build` makes, and only that goes in.
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(fs.readFileSync(path.join(ROOT, 'build/bundle-main.mjs'), 'utf8')).toMatch(/cli:\s*'electron\/cli\.ts'/);
  }, 60_000);

  it('the icons are real images: a 512×512 PNG and a Windows .ico up to 256 px', () => {
    const png = fs.readFileSync(path.join(ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 512, height: 512 });

    const ico = fs.readFileSync(path.join(ROOT, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_v, i) => {
      const entry = 6 + 16 * i;
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const { width, height } = pngSize(image);
      expect(width).toBe(ico[entry] || 256);
      expect(height).toBe(width);
      return width;
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('the command-line wrappers run the app’s own executable as Node on the bundled CLI', () => {
    const cmd = fs.readFileSync(path.join(ROOT, 'build/cli/ita-desk-cli.cmd'), 'utf8');
    expect(cmd).toContain('set ELECTRON_RUN_AS_NODE=1');
    expect(cmd).toContain('"%~dp0..\\ITA Desk.exe" "%~dp0app.asar\\dist\\electron\\cli.cjs" %*');
    const sh = fs.readFileSync(path.join(ROOT, 'build/cli/ita-desk-cli'), 'utf8');
    expect(sh).toContain('ELECTRON_RUN_AS_NODE=1 exec "$here/../ita-desk" "$here/app.asar/dist/electron/cli.cjs" "$@"');
    expect(fs.statSync(path.join(ROOT, 'build/cli/ita-desk-cli')).mode & 0o111).not.toBe(0);
  });
});
