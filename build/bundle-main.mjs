// Bundles the Electron main process, preload and CLI into dist/electron (CommonJS for Electron).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, external: ['electron', 'better-sqlite3', '@resvg/resvg-js'], logLevel: 'info' };
await build({ ...common, entryPoints: { main: 'electron/main.ts', cli: 'electron/cli.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } });
// The sandboxed preload may only require 'electron', so everything else is bundled in.
await build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' }, external: ['electron'] });
