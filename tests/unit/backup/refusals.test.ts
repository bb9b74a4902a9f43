import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/services/backup/create';
import { nodeTargetFs, type TargetFs } from '../../../electron/services/backup/io';
import { scratchDir } from '../../../electron/services/backup/state';
import { verifyBackupFile } from '../../../electron/services/backup/verify';
import type { AppContext } from '../../../electron/services/context';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { migrate } from '../../../db/open';
import { translate } from '../../../shared/i18n';
import { call, craftBackup, filesIn, liveFingerprint, officeContext, ok, peopleCount, sqliteFile, tempDir } from './support';

/** Restore and inspect of `file` are both refused with `code` (and reason key); the live data is unchanged byte for byte. */
async function expectRefused(ctx: AppContext, file: string, code: string, reason?: string) {
  const before = liveFingerprint(ctx);
  const people = peopleCount(ctx);
  for (const channel of ['backup.verify', 'backup.inspect', 'backup.restore'] as const) {
    const result = await call(ctx, channel, { file });
    expect(result.ok, channel).toBe(false);
    if (result.ok) return;
    expect(result.error.code, channel).toBe(code);
    if (reason) expect(result.error.issues?.[0]?.key, channel).toBe(`backup.reason.${reason}`);
    // Every refusal has a real message in both languages.
    for (const lang of ['th', 'en'] as const) {
      expect(translate(lang, `error.${code}`, result.error.params)).not.toMatch(/^error\./);
      if (reason) expect(translate(lang, `backup.reason.${reason}`)).not.toMatch(/^backup\./);
    }
  }
  expect(liveFingerprint(ctx)).toBe(before);
  expect(peopleCount(ctx)).toBe(people);
  expect((await ok(ctx, 'backup.status', {})).undo).toBeNull();
  expect(filesIn(scratchDir(ctx.dataDir))).toEqual([]);
}

async function goodBackup(ctx: AppContext): Promise<string> {
  return (await createBackup(ctx, tempDir('ita-good-'))).file;
}

function flipByte(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = bytes[offset]! ^ 0x5a;
  fs.writeFileSync(file, bytes);
}

describe('bad backup files are refused and the current data stays as it was', () => {
  it('a truncated file', async () => {
    const ctx = officeContext(200);
    const file = await goodBackup(ctx);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    await expectRefused(ctx, file, 'backup_invalid', 'truncated');
  });

  it('a file cut one byte short (a copy that stopped at the very end)', async () => {
    const ctx = officeContext();
    const file = await goodBackup(ctx);
    fs.truncateSync(file, fs.statSync(file).size - 1);
    await expectRefused(ctx, file, 'backup_invalid', 'truncated');
  });

  it('a flipped byte in the database, in the manifest and in the header', async () => {
    const ctx = officeContext(200);
    const inDatabase = await goodBackup(ctx);
    flipByte(inDatabase, 64 + Math.floor((fs.statSync(inDatabase).size - 64) / 3));
    await expectRefused(ctx, inDatabase, 'backup_invalid', 'hashMismatch');
    const inManifest = await goodBackup(ctx);
    flipByte(inManifest, fs.statSync(inManifest).size - 48 - 20);
    await expectRefused(ctx, inManifest, 'backup_invalid', 'manifest');
    const inHeader = await goodBackup(ctx);
    flipByte(inHeader, 3);
    await expectRefused(ctx, inHeader, 'backup_invalid', 'notBackup');
  });

  it('a file that is not SQLite at all, plain or inside a well-formed container', async () => {
    const ctx = officeContext();
    const text = path.join(tempDir(), 'letter.itadesk');
    fs.writeFileSync(text, 'เรียน นายกเทศมนตรี '.repeat(500));
    await expectRefused(ctx, text, 'backup_invalid', 'notBackup');
    const wrapped = await craftBackup(text, { schemaVersion: LATEST_SCHEMA_VERSION });
    await expectRefused(ctx, wrapped, 'backup_invalid', 'notSqlite');
    const empty = path.join(tempDir(), 'empty.itadesk');
    fs.writeFileSync(empty, '');
    await expectRefused(ctx, empty, 'backup_invalid', 'notBackup');
    await expectRefused(ctx, path.join(tempDir(), 'missing.itadesk'), 'backup_invalid', 'notFound');
    await expectRefused(ctx, tempDir('ita-a-folder-'), 'backup_invalid', 'notFound');
  });

  it('a foreign SQLite database, raw or inside a container', async () => {
    const ctx = officeContext();
    const foreign = sqliteFile((db) => db.exec("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipe (name) VALUES ('ต้มยำ')"));
    await expectRefused(ctx, foreign, 'backup_invalid', 'rawSqlite');
    await expectRefused(ctx, await craftBackup(foreign), 'backup_invalid', 'foreign');
    // A foreign database that even claims a schema version.
    const versioned = sqliteFile((db) => db.exec('CREATE TABLE recipe (id INTEGER PRIMARY KEY); PRAGMA user_version = 1'));
    await expectRefused(ctx, await craftBackup(versioned), 'backup_invalid', 'foreign');
  });

  it('a backup from a newer schema: refused with "update the app"', async () => {
    const ctx = officeContext();
    const newer = sqliteFile((db) => {
      migrate(db);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    });
    await expectRefused(ctx, await craftBackup(newer), 'backup_newer');
    // Even when its manifest claims the current schema, the database inside is what counts.
    await expectRefused(ctx, await craftBackup(newer, { schemaVersion: LATEST_SCHEMA_VERSION }), 'backup_newer');
    const result = await call(ctx, 'backup.verify', { file: await craftBackup(newer) });
    expect(result.ok ? null : result.error.params).toEqual({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
  });

  it('a manifest that does not match its database (counts, organisation, schema)', async () => {
    const ctx = officeContext(20);
    const source = sqliteFile((db) => {
      migrate(db);
      db.exec("INSERT INTO organization VALUES (1, 'อบต.จริง', 'sao', 'เมือง', 'ขอนแก่น', '', 'ขก', 0, 'TH SarabunIT๙')");
    });
    await expectRefused(ctx, await craftBackup(source, { counts: { person: 999 } }), 'backup_invalid', 'manifestMismatch');
    await expectRefused(ctx, await craftBackup(source, { organization: 'อบต.อื่น' }), 'backup_invalid', 'manifestMismatch');
    if (LATEST_SCHEMA_VERSION > 1) await expectRefused(ctx, await craftBackup(source, { schemaVersion: 1 }), 'backup_invalid', 'manifestMismatch');
  });

  it('a database that fails the integrity check', async () => {
    const ctx = officeContext();
    const broken = sqliteFile((db) => {
      migrate(db);
      const insert = db.prepare("INSERT INTO person (first_name, position, role) VALUES (?, 'ตำแหน่ง', 'staff')");
      db.transaction(() => {
        for (let i = 0; i < 3000; i++) insert.run(`คน${i}`);
      })();
    });
    // Damage a page in the middle of the file (inside a table b-tree), then package it with a correct hash.
    const bytes = fs.readFileSync(broken);
    const page = 4096;
    const middle = Math.floor(bytes.length / page / 2) * page;
    bytes.fill(0x7f, middle + 8, middle + 200);
    fs.writeFileSync(broken, bytes);
    const file = await craftBackup(broken, { schemaVersion: LATEST_SCHEMA_VERSION, organization: null, counts: {} });
    const result = await call(ctx, 'backup.verify', { file });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['backup.reason.integrity', 'backup.reason.notSqlite', 'backup.reason.manifestMismatch']).toContain(result.error.issues?.[0]?.key);
    await expectRefused(ctx, file, 'backup_invalid');
  });

  it('the CLI verify exits 0 only for a good backup, with a JSON report', async () => {
    const ctx = officeContext();
    const good = await goodBackup(ctx);
    const run = (file: string) => {
      try {
        return { code: 0, out: execFileSync('npx', ['tsx', 'electron/cli.ts', 'verify', file, '--lang', 'en'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { code: e.status, out: e.stdout, err: e.stderr };
      }
    };
    const ok = run(good);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ ok: true, checks: { sha256: 'ok', integrity: 'ok' } });
    fs.truncateSync(good, 1000);
    const bad = run(good);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.err!)).toMatchObject({ error: 'backup_invalid', issues: [{ message: expect.stringContaining('incomplete') }] });
  });
});

/** A target file layer that fails with `code` once `limit` bytes were written (a full or failing drive). */
function failingFs(code: string, limit: number, at: 'write' | 'fsync' | 'rename' = 'write'): TargetFs {
  let written = 0;
  const fail = () => Promise.reject(Object.assign(new Error(`${code}: injected`), { code }));
  return {
    ...nodeTargetFs,
    write: async (fd, data) => {
      if (at === 'write' && written + data.length > limit) {
        await nodeTargetFs.write(fd, data.subarray(0, Math.max(0, limit - written)));
        written = limit;
        return fail();
      }
      written += data.length;
      return nodeTargetFs.write(fd, data);
    },
    fsync: (fd) => (at === 'fsync' ? fail() : nodeTargetFs.fsync(fd)),
    rename: (a, b) => (at === 'rename' ? fail() : nodeTargetFs.rename(a, b)),
  };
}

describe('a backup target that fails mid-write', () => {
  async function expectCleanFailure(ctx: AppContext, target: string, run: () => Promise<unknown>, reason: string) {
    const before = liveFingerprint(ctx);
    const people = peopleCount(ctx);
    await expect(run()).rejects.toMatchObject({ code: 'backup_failed', details: { issues: [{ key: `backup.reason.${reason}` }] } });
    // No file that looks like a backup, and none that verifies; no stray temporary files.
    const left = filesIn(target);
    expect(left.filter((n) => n.endsWith('.itadesk'))).toEqual([]);
    for (const name of left) await expect(verifyBackupFile(path.join(target, name))).rejects.toBeTruthy();
    expect(filesIn(scratchDir(ctx.dataDir))).toEqual([]);
    expect(liveFingerprint(ctx)).toBe(before);
    expect(peopleCount(ctx)).toBe(people);
    // The next backup to a working target succeeds.
    await createBackup(ctx, tempDir('ita-after-'));
  }

  it('temporary files left by a cut-short backup are removed once stale, and never look like backups', async () => {
    const ctx = officeContext();
    const target = tempDir('ita-stale-');
    const stale = path.join(target, '.ita-desk-20260101-000000.itadesk.tmp');
    const young = path.join(target, '.ita-desk-20260102-000000.itadesk.tmp');
    fs.writeFileSync(stale, 'half a backup');
    fs.writeFileSync(young, 'a backup still being written elsewhere');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(stale, old, old);
    expect((await ok(ctx, 'backup.list', { dir: target })).map((l) => l.name)).toEqual([]);
    await createBackup(ctx, target);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(young)).toBe(true);
  });

  it('a full disk (ENOSPC) part-way through the database', async () => {
    const ctx = officeContext(2000);
    const target = tempDir('ita-full-');
    await expectCleanFailure(ctx, target, () => createBackup(ctx, target, { targetFs: failingFs('ENOSPC', 100_000) }), 'noSpace');
  });

  it('an I/O error (EIO) while writing, and when flushing', async () => {
    const ctx = officeContext(2000);
    const target = tempDir('ita-eio-');
    await expectCleanFailure(ctx, target, () => createBackup(ctx, target, { targetFs: failingFs('EIO', 300_000) }), 'io');
    await expectCleanFailure(ctx, target, () => createBackup(ctx, target, { targetFs: failingFs('EIO', 0, 'fsync') }), 'io');
  });

  it('the target folder removed during the copy (a pulled drive)', async () => {
    const ctx = officeContext(2000);
    const parent = tempDir('ita-pulled-');
    const target = path.join(parent, 'usb');
    fs.mkdirSync(target);
    let writes = 0;
    const pulling: TargetFs = {
      ...nodeTargetFs,
      write: async (fd, data) => {
        if (++writes === 2) fs.rmSync(target, { recursive: true, force: true });
        return nodeTargetFs.write(fd, data);
      },
    };
    await expectCleanFailure(ctx, target, () => createBackup(ctx, target, { targetFs: pulling }), 'targetGone');
    expect(fs.existsSync(target)).toBe(false);
  });

  const canMount = process.platform === 'linux' && process.getuid?.() === 0 && (() => {
    const probe = fs.mkdtempSync('/tmp/ita-mount-probe-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
      execFileSync('umount', [probe], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    } finally {
      fs.rmSync(probe, { recursive: true, force: true });
    }
  })();

  it.runIf(canMount)('a real tiny file system that fills up (tmpfs of 256 KiB)', async () => {
    const ctx = officeContext(3000);
    const target = tempDir('ita-tiny-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', target]);
    try {
      await expectCleanFailure(ctx, target, () => createBackup(ctx, target), 'noSpace');
    } finally {
      execFileSync('umount', [target]);
    }
  });
});
