import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { runCli } from '../../../electron/cli';
import { DATA_DIR_ENV, defaultDataDir, resolveDataDir } from '../../../electron/dataDir';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { DATABASE_FILE } from '../../../db/open';
import { BUNDLE_FORMAT, bundleSchema } from '../../../shared/bundle';
import { sampleBundle } from '../../../shared/sampleBundle';
import { sha256, tempDir } from './helpers';

const THAI = /[\u0E00-\u0E7F]/;

/** Runs the CLI in this process, capturing what it prints. */
async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, env);
  return { code, stdout, stderr, json: () => JSON.parse(stdout), error: () => JSON.parse(stderr) };
}

function writeJson(file: string, value: unknown): string {
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('CLI', () => {
  it('info prints app version, schema version, data path, organisation and counts as JSON', async () => {
    const dataDir = path.join(tempDir(), 'office');
    const run = await cli(['info', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const info = run.json();
    expect(info).toEqual({ appVersion: packageJson.version, schemaVersion: LATEST_SCHEMA_VERSION, dataDir, organization: null, counts: expect.any(Object) });
    // One count per table of the schema, all zero in a new office.
    expect(Object.keys(info.counts)).toEqual(expect.arrayContaining(['organization', 'person', 'setting', 'unit']));
    expect(Object.values(info.counts).every((n) => n === 0)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
  });

  it('import loads a bundle all at once; info then shows the organisation and counts', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const sample = sampleBundle('0.1.0');
    const run = await cli(['import', writeJson(path.join(dir, 'in.json'), sample), '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ organization: sample.organization!.name, units: sample.units.length, people: sample.people.length });
    const info = (await cli(['info', '--data-dir', dataDir])).json();
    expect(info.organization).toBe(sample.organization!.name);
    expect(info.counts).toMatchObject({ organization: 1, person: sample.people.length, unit: sample.units.length });
  });

  it('export-data writes a valid bundle that imports back to the same data', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    await cli(['import', writeJson(path.join(dir, 'in.json'), sampleBundle('0.1.0')), '--data-dir', a]);
    const out = path.join(dir, 'out', '..', 'export.json');
    const run = await cli(['export-data', out, '--data-dir', a]);
    expect(run.code).toBe(0);
    const sample = sampleBundle('0.1.0');
    expect(run.json()).toMatchObject({ file: path.join(dir, 'export.json'), units: sample.units.length, people: sample.people.length });
    const exported = JSON.parse(fs.readFileSync(path.join(dir, 'export.json'), 'utf8'));
    expect(exported.format).toBe(BUNDLE_FORMAT);
    expect(bundleSchema.safeParse(exported).success).toBe(true);
    // No temporary file is left beside the export.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    expect((await cli(['import', path.join(dir, 'export.json'), '--data-dir', b])).code).toBe(0);
    expect((await cli(['export-data', path.join(dir, 'again.json'), '--data-dir', b])).code).toBe(0);
    const again = JSON.parse(fs.readFileSync(path.join(dir, 'again.json'), 'utf8'));
    expect({ ...again, exportedAt: 0 }).toEqual({ ...exported, exportedAt: 0 });
  });

  it('a malformed file is refused in Thai by default, exit 1, and the database is left untouched', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    await cli(['import', writeJson(path.join(dir, 'in.json'), sampleBundle('0.1.0')), '--data-dir', dataDir]);
    await cli(['info', '--data-dir', dataDir]); // the WAL is checkpointed on close: the file below is the whole database
    const db = path.join(dataDir, DATABASE_FILE);
    const before = sha256(db);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"format": "ita-desk-bundle", "version": 1, "units": [');

    const run = await cli(['import', bad, '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const error = run.error();
    expect(error.error).toBe('bundle_invalid');
    expect(error.message).toMatch(THAI);
    expect(error.issues).toEqual([{ path: bad, message: expect.stringMatching(THAI) }]);
    expect(sha256(db)).toBe(before);
  });

  it('--lang en gives the messages in English; issues name the bundle fields', async () => {
    const dir = tempDir();
    const bundle = sampleBundle('0.1.0');
    bundle.people[0]!.unitId = 404;
    bundle.organization!.name = '';
    const run = await cli(['import', writeJson(path.join(dir, 'in.json'), bundle), '--lang', 'en', '--data-dir', path.join(dir, 'data')]);
    expect(run.code).toBe(1);
    const error = run.error();
    expect(error).toMatchObject({ error: 'bundle_invalid', message: 'The data file is not valid; your existing data was not changed' });
    expect(error.message).not.toMatch(THAI);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'organization.name', message: 'Required' },
        { path: 'people.0.unitId', message: 'Refers to a record that does not exist: 404' },
      ]),
    );
    const counts = (await cli(['info', '--data-dir', path.join(dir, 'data')])).json().counts;
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('a foreign or newer bundle is refused naming format / version', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const foreign = await cli(['import', writeJson(path.join(dir, 'f.json'), { format: 'something-else', version: 1 }), '--data-dir', dataDir, '--lang', 'en']);
    expect(foreign.code).toBe(1);
    expect(foreign.error().issues).toEqual([{ path: 'format', message: 'Not an ITA Desk data file' }]);
    const newer = await cli(['import', writeJson(path.join(dir, 'n.json'), { ...sampleBundle('9'), version: 99 }), '--data-dir', dataDir]);
    expect(newer.code).toBe(1);
    expect(newer.error().issues[0]).toMatchObject({ path: 'version', message: expect.stringContaining('99') });
  });

  it('a data folder holding a file that is not a database is refused with a clear message, in both languages', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), 'garbage'.repeat(100));
    const th = await cli(['info', '--data-dir', dataDir]);
    expect(th.code).toBe(1);
    expect(th.error()).toMatchObject({ error: 'db_not_sqlite', message: expect.stringMatching(THAI) });
    expect(th.error().message).toContain(path.join(dataDir, DATABASE_FILE));
    const en = await cli(['info', '--data-dir', dataDir, '--lang', 'en']);
    expect(en.error().message).toBe(`The database file is damaged or not an SQLite database: ${path.join(dataDir, DATABASE_FILE)}`);
  });

  it('an export that cannot be written fails with data_dir_unwritable and leaves nothing behind', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    const run = await cli(['export-data', path.join(dir, 'a-file', 'out.json'), '--data-dir', path.join(dir, 'data'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.error()).toMatchObject({ error: 'data_dir_unwritable' });
    expect(fs.readdirSync(dir).sort()).toEqual(['a-file', 'data']);
  });

  it.each([
    [[], 'no command'],
    [['destroy'], 'an unknown command'],
    [['import'], 'import without a file'],
    [['export-data', '--data-dir', 'DATA'], 'export-data whose only argument is the data folder'],
  ])('exits 2 with the usage for %j (%s)', async (argv) => {
    const dataDir = tempDir();
    const run = await cli((argv as string[]).map((a) => (a === 'DATA' ? dataDir : a)), { [DATA_DIR_ENV]: dataDir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^usage: ita-desk-cli/);
  });

  it('--data-dir beats ITA_DESK_DATA_DIR, which beats the default; --data-dir=DIR works too', async () => {
    const dir = tempDir();
    const fromEnv = path.join(dir, 'env');
    const fromFlag = path.join(dir, 'flag');
    expect((await cli(['info'], { [DATA_DIR_ENV]: fromEnv })).json().dataDir).toBe(fromEnv);
    expect((await cli(['info', '--data-dir', fromFlag], { [DATA_DIR_ENV]: fromEnv })).json().dataDir).toBe(fromFlag);
    expect((await cli(['info', `--data-dir=${fromFlag}-eq`], { [DATA_DIR_ENV]: fromEnv })).json().dataDir).toBe(`${fromFlag}-eq`);
    expect(fs.readdirSync(dir).sort()).toEqual(['env', 'flag', 'flag-eq']);

    expect(resolveDataDir(['info'], {}, () => '/default')).toBe('/default');
    expect(resolveDataDir(['info'], { [DATA_DIR_ENV]: 'rel/dir' }, () => '/default')).toBe(path.resolve('rel/dir'));
    expect(resolveDataDir(['info', '--data-dir'], { [DATA_DIR_ENV]: '/env' }, () => '/default')).toBe('/env');
  });

  it('the default data folder is the one Electron uses for the app on each platform', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\somchai\\AppData\\Roaming' }, 'C:\\Users\\somchai')).toBe(path.join('C:\\Users\\somchai\\AppData\\Roaming', 'ITA Desk'));
    expect(defaultDataDir('linux', {}, '/home/somchai')).toBe('/home/somchai/.config/ITA Desk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/somchai')).toBe('/xdg/ITA Desk');
    expect(defaultDataDir('darwin', {}, '/Users/somchai')).toBe('/Users/somchai/Library/Application Support/ITA Desk');
  });

  it('runs as a real process: npx tsx electron/cli.ts info', async () => {
    const dataDir = path.join(tempDir(), 'proc');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'electron/cli.ts', 'info', '--data-dir', dataDir], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, [DATA_DIR_ENV]: '' },
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toMatchObject({ appVersion: packageJson.version, schemaVersion: LATEST_SCHEMA_VERSION, dataDir, organization: null });

    const failed = await promisify(execFile)('npx', ['tsx', 'electron/cli.ts', 'nonsense'], { cwd: path.resolve(import.meta.dirname, '../../..'), timeout: 60_000 }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });
});
