import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { closeAppContext, openAppContext } from '../../../electron/services/context';
import { importBundle } from '../../../electron/services/bundle';
import { getOrganization, putOrganization } from '../../../db/queries/office';
import { sampleBundle } from '../../../shared/sampleBundle';
import { tempDir } from './support';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const orgName = (dataDir: string) => {
  const ctx = openAppContext(dataDir);
  try {
    return getOrganization(ctx.db)?.name;
  } finally {
    closeAppContext(ctx);
  }
};

describe('backup commands of the CLI', () => {
  it('backs up, verifies, restores with an undo copy, and undoes the restore', async () => {
    const dataDir = tempDir('ita-cli-data-');
    const target = tempDir('ita-cli-target-');
    const ctx = openAppContext(dataDir);
    importBundle(ctx, sampleBundle(ctx.appVersion));
    closeAppContext(ctx);

    const backup = await cli('backup', '--to', target, '--data-dir', dataDir);
    expect(backup.code).toBe(0);
    const file = JSON.parse(backup.out).file as string;
    expect(path.dirname(file)).toBe(target);

    const verify = await cli('verify', file);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.out)).toMatchObject({ ok: true, manifest: { organization: 'องค์การบริหารส่วนตำบลโนนสวรรค์' } });

    const change = openAppContext(dataDir);
    putOrganization(change.db, { ...getOrganization(change.db)!, name: 'ชื่อใหม่' });
    closeAppContext(change);

    const restore = await cli('restore', file, '--data-dir', dataDir);
    expect(restore.code).toBe(0);
    expect(fs.existsSync(JSON.parse(restore.out).undoFile)).toBe(true);
    expect(orgName(dataDir)).toBe('องค์การบริหารส่วนตำบลโนนสวรรค์');

    expect((await cli('undo-restore', '--data-dir', dataDir)).code).toBe(0);
    expect(orgName(dataDir)).toBe('ชื่อใหม่');
    const again = await cli('undo-restore', '--data-dir', dataDir, '--lang', 'en');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.err).issues[0].message).toBe('There is no data from before a restore to bring back');
  });

  it('verify needs no data folder and creates none; bad input gets usage or a translated error', async () => {
    const nowhere = path.join(tempDir(), 'no-data-here');
    const bad = path.join(tempDir(), 'x.itadesk');
    fs.writeFileSync(bad, 'nope');
    const result = await cli('verify', bad, '--data-dir', nowhere);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.err)).toMatchObject({ error: 'backup_invalid', issues: [{ message: 'ไม่ใช่แฟ้มสำรองข้อมูลของ ITA Desk' }] });
    expect(fs.existsSync(nowhere)).toBe(false);
    expect((await cli('verify')).code).toBe(2);
    expect((await cli('backup', '--data-dir', tempDir())).code).toBe(2);
    expect((await cli('restore', '--data-dir', tempDir())).code).toBe(2);
  });
});
