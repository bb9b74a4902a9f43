import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { DATABASE_FILE, openDatabase } from '../../db/open';
import type { Sqlite } from '../../db/query';

export const APP_VERSION: string = packageJson.version;

/**
 * What every service works with: the open office database and where it lives. `db` is replaced
 * when a backup is restored (see services/backup/restore.ts): services read `ctx.db` at call time
 * and never keep a handle or prepared statement across calls.
 */
export interface AppContext {
  db: Sqlite;
  dataDir: string;
  appVersion: string;
  /** The system's file or folder chooser; only the Electron shell has one (browser mode types a path). */
  pickPath?: (kind: 'folder' | 'file') => Promise<string | null>;
}

export function openAppContext(dataDir: string): AppContext {
  const resolved = path.resolve(dataDir);
  return { db: openDatabase(path.join(resolved, DATABASE_FILE)), dataDir: resolved, appVersion: APP_VERSION };
}

export function closeAppContext(ctx: AppContext): void {
  if (ctx.db.open) ctx.db.close();
}
