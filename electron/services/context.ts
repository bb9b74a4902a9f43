import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { DATABASE_FILE, openDatabase } from '../../db/open';
import type { Sqlite } from '../../db/query';

export const APP_VERSION: string = packageJson.version;

/** What every service works with: the open office database and where it lives. */
export interface AppContext {
  db: Sqlite;
  dataDir: string;
  appVersion: string;
}

export function openAppContext(dataDir: string): AppContext {
  const resolved = path.resolve(dataDir);
  return { db: openDatabase(path.join(resolved, DATABASE_FILE)), dataDir: resolved, appVersion: APP_VERSION };
}

export function closeAppContext(ctx: AppContext): void {
  if (ctx.db.open) ctx.db.close();
}
