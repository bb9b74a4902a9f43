import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAutoBackup } from '../../../electron/services/backup/auto';
import { createBackup } from '../../../electron/services/backup/create';
import { localBackupDir, readState } from '../../../electron/services/backup/state';
import { closeAppContext, openAppContext, type AppContext } from '../../../electron/services/context';
import { DATABASE_FILE } from '../../../db/open';
import { addPeople, filesIn, ok, officeContext, tempDir } from './support';

/** One exit of the app: whether it made a backup (and the newest file of the local folder is then that one). */
async function exit(ctx: AppContext, at: string) {
  const result = await runAutoBackup(ctx, 'exit', new Date(at));
  if (result.local) expect(filesIn(localBackupDir(ctx.dataDir)).at(-1)).toBe(path.basename(result.local.file));
  return { skipped: result.skipped, made: Boolean(result.local), errors: result.errors };
}

/** The app closed and started again on the same data folder. */
function restart(ctx: AppContext): AppContext {
  closeAppContext(ctx);
  return openAppContext(ctx.dataDir);
}

describe('the backup on exit', () => {
  it('runs only when the database changed since the last good backup, also across restarts', async () => {
    let ctx = officeContext(3);
    expect(await exit(ctx, '2026-11-27T10:00:00Z')).toEqual({ skipped: undefined, made: true, errors: [] }); // no backup yet
    expect(await exit(ctx, '2026-11-27T10:01:00Z')).toMatchObject({ skipped: 'unchanged', made: false });

    // A change in this session.
    addPeople(ctx, 1, 'เพิ่ม');
    expect(await exit(ctx, '2026-11-27T10:02:00Z')).toMatchObject({ made: true });

    // Closed and opened again with nothing changed: the fingerprint left by the last exit says so.
    ctx = restart(ctx);
    expect(readState(ctx.dataDir).lastGood?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await exit(ctx, '2026-11-28T08:00:00Z')).toMatchObject({ skipped: 'unchanged' });
    ctx = restart(ctx);
    expect(await exit(ctx, '2026-11-28T09:00:00Z')).toMatchObject({ skipped: 'unchanged' });

    // Changed while the app was closed (the CLI, another program): same row counts, other content.
    closeAppContext(ctx);
    const other = new Database(path.join(ctx.dataDir, DATABASE_FILE));
    other.prepare("UPDATE person SET position = 'ตำแหน่งใหม่' WHERE id = (SELECT min(id) FROM person)").run();
    other.close();
    ctx = openAppContext(ctx.dataDir);
    expect(await exit(ctx, '2026-11-28T10:00:00Z')).toMatchObject({ made: true });

    // Changed by another connection while the app is open.
    const cli = new Database(path.join(ctx.dataDir, DATABASE_FILE));
    cli.prepare("UPDATE person SET position = 'อีกตำแหน่ง' WHERE id = (SELECT min(id) FROM person)").run();
    cli.close();
    expect(await exit(ctx, '2026-11-28T11:00:00Z')).toMatchObject({ made: true });
    closeAppContext(ctx);
  });

  it('counts a manual backup as the last good one, and a restore or a change after it as a change', async () => {
    const ctx = officeContext(2);
    const manual = await createBackup(ctx, tempDir('ita-usb-'));
    expect(await exit(ctx, '2026-11-27T10:00:00Z')).toMatchObject({ skipped: 'unchanged' });

    addPeople(ctx, 1, 'หลังสำรอง');
    expect(await exit(ctx, '2026-11-27T10:05:00Z')).toMatchObject({ made: true });
    expect(await exit(ctx, '2026-11-27T10:06:00Z')).toMatchObject({ skipped: 'unchanged' });

    // A restore brings other data: the next exit backs it up.
    await ok(ctx, 'backup.restore', { file: manual.file });
    expect(await exit(ctx, '2026-11-27T10:10:00Z')).toMatchObject({ made: true });
  });

  it('a write during the backup counts as a change', async () => {
    const ctx = officeContext(2);
    const running = createBackup(ctx, tempDir('ita-target-'));
    addPeople(ctx, 1, 'ระหว่างสำรอง');
    await running;
    expect(await exit(ctx, '2026-11-27T10:00:00Z')).toMatchObject({ made: true });
  });
});
