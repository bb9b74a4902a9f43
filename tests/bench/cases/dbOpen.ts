import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { DATABASE_FILE, openDatabase } from '../../../db/open';
import { repeat, time } from '../stats';
import type { BenchCase } from '../types';

/** Opening the office database: a new one (create + all migrations) and an existing one. */
export const dbOpen: BenchCase = {
  name: 'db.open',
  description: 'open + migrate a fresh database, and reopen an existing one (WAL, FULL sync, real files)',
  async run({ runs }) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-db-'));
    try {
      let n = 0;
      const freshOpenMigrate = await repeat(runs, () => {
        const file = path.join(root, `fresh-${n++}`, DATABASE_FILE);
        return time(() => openDatabase(file).close());
      });
      const existing = path.join(root, 'existing', DATABASE_FILE);
      openDatabase(existing).close();
      const reopen = await repeat(runs, () => time(() => openDatabase(existing).close()));
      return { schemaVersion: LATEST_SCHEMA_VERSION, freshOpenMigrateMs: freshOpenMigrate, reopenMs: reopen };
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
};
