/* global process, console */
// Makes better-sqlite3's native module match the runtime about to use it: `node` (tests, CLI,
// browser mode) or `electron` (npm start). A module built for one ABI crashes the other, so
// `npm start` and `npm test` each call this first; it does nothing when the build already fits.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const target = process.argv[2];
const marker = 'node_modules/better-sqlite3/build/ita-desk-runtime.txt';
const run = (command) => execSync(command, { stdio: 'inherit' });

if (target === 'node') {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'pipe' });
  if (probe.status !== 0) {
    console.log('native: rebuilding better-sqlite3 for Node', process.version);
    run('npm rebuild better-sqlite3');
  }
  fs.writeFileSync(marker, 'node');
} else if (target === 'electron') {
  const current = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : 'node';
  if (current !== 'electron') {
    console.log("native: rebuilding better-sqlite3 for Electron's Node");
    run('npx electron-rebuild -f -w better-sqlite3');
    fs.writeFileSync(marker, 'electron');
  }
} else {
  console.error('usage: node build/native.mjs node|electron');
  process.exit(2);
}
