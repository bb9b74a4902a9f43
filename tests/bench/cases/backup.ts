import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackup } from '../../../electron/services/backup/create';
import { verifyBackupFile } from '../../../electron/services/backup/verify';
import { closeAppContext, openAppContext } from '../../../electron/services/context';
import { DATABASE_FILE } from '../../../db/open';
import { performance } from 'node:perf_hooks';
import type { BackupPhase } from '../../../shared/api/backup';
import { repeat, time } from '../stats';
import type { BenchCase } from '../types';

const TARGET_MB = Number(process.env.ITA_BENCH_BACKUP_MB ?? 100);

/**
 * Backup (online copy, journal switch, integrity and foreign-key check, hash, package, fsync,
 * rename, read-back) and full verify (hash, extract, integrity check) of a ~100 MB office
 * database, against a plain `cp` of the same database file in the same run.
 */
export const backup: BenchCase = {
  name: 'backup.100mb',
  description: `backup + full verify of a ~${TARGET_MB} MB database vs plain cp of the same file (goal: ≤ 12× cp and ≤ 1 s per 100 MB)`,
  async run({ runs, log }) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-backup-'));
    const ctx = openAppContext(path.join(root, 'data'));
    try {
      log(`building a ~${TARGET_MB} MB database`);
      const units = ctx.db.prepare('INSERT INTO unit (name, parent_id, sort_order) VALUES (?, NULL, ?)');
      const people = ctx.db.prepare("INSERT INTO person (title, first_name, last_name, position, unit_id, role) VALUES ('นาง', ?, ?, ?, ?, 'staff')");
      const filler = 'ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ';
      const file = path.join(ctx.dataDir, DATABASE_FILE);
      let batch = 0;
      while (fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0) < TARGET_MB * 1024 * 1024) {
        ctx.db.transaction(() => {
          const unitId = Number(units.run(`กอง ${batch}`, batch).lastInsertRowid);
          for (let i = 0; i < 5000; i++) people.run(`ชื่อ${batch}-${i}`, `นามสกุล${i}`, `${filler}${i}`, unitId);
        })();
        batch++;
        if (batch % 10 === 0) ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      }
      ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = fs.statSync(file).size;
      const mb = bytes / 1024 / 1024;
      log(`database: ${mb.toFixed(1)} MB`);
      const n = Math.max(1, Math.min(runs, 5));
      let k = 0;
      const fresh = () => {
        const dir = path.join(root, `t${k++}`);
        fs.mkdirSync(dir);
        return dir;
      };
      // Each series starts with the disk idle: the dirty pages a previous series left (the copies
      // of `cp` are not flushed) would otherwise be written back during the next one, and the
      // first backups would pay for the copies' writeback.
      const settle = () => execFileSync('sync');
      settle();
      const cp = await repeat(n, () => {
        const dir = fresh();
        return time(() => execFileSync('cp', [file, path.join(dir, 'copy.sqlite')]));
      });
      // For comparison only: the same copy flushed to disk, as every backup is.
      settle();
      const cpFsync = await repeat(n, () => {
        const dir = fresh();
        return time(() => {
          const copy = path.join(dir, 'copy.sqlite');
          execFileSync('cp', [file, copy]);
          const fd = fs.openSync(copy, 'r');
          fs.fsyncSync(fd);
          fs.closeSync(fd);
        });
      });
      let last = '';
      settle();
      const backupMs = await repeat(n, async () => {
        const dir = fresh();
        return time(async () => {
          last = (await createBackup(ctx, dir)).file;
        });
      });
      settle();
      const verifyMs = await repeat(n, () => time(() => verifyBackupFile(last, { workDir: path.join(root, 'verify') })));
      // Where the time goes, from one more run of each, by the phases the progress bar shows.
      const phases = (): { ms: Record<string, number>; op: { report: (phase: BackupPhase) => void }; end: () => void } => {
        const ms: Record<string, number> = {};
        let phase: string | undefined;
        let since = performance.now();
        const mark = (next?: string) => {
          const now = performance.now();
          if (phase) ms[phase] = Math.round((ms[phase] ?? 0) + now - since);
          phase = next;
          since = now;
        };
        return { ms, op: { report: (next) => next !== phase && mark(next) }, end: () => mark() };
      };
      const backupPhases = phases();
      await createBackup(ctx, fresh(), { op: backupPhases.op });
      backupPhases.end();
      const verifyPhases = phases();
      await verifyBackupFile(last, { workDir: path.join(root, 'verify'), op: verifyPhases.op });
      verifyPhases.end();
      const total = backupMs.median + verifyMs.median;
      return {
        databaseMB: Math.round(mb * 10) / 10,
        cpMs: cp,
        cpFsyncMs: cpFsync,
        backupMs,
        verifyMs,
        backupPhasesMs: backupPhases.ms,
        verifyPhasesMs: verifyPhases.ms,
        backupPlusVerifyMs: Math.round(total),
        ratioToCp: Math.round((total / cp.median) * 10) / 10,
        backupOnlyRatioToCp: Math.round((backupMs.median / cp.median) * 10) / 10,
        msPer100MB: Math.round((total / mb) * 100),
        goal: { maxRatio: 12, maxMsPer100MB: 1000 },
      };
    } finally {
      closeAppContext(ctx);
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
};
