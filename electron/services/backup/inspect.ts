import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import type { Sqlite } from '../../../db/query';
import { getOrganization, tableCounts } from '../../../db/queries/office';
import { AppError } from '../../../shared/api/errors';
import { invalid } from './format';

/** Tables every ITA Desk database has had since schema 1: a database without them is another program's. */
const OUR_TABLES = ['setting', 'organization', 'unit', 'person'];

export interface DatabaseSummary {
  schemaVersion: number;
  organization: string | null;
  counts: Record<string, number>;
  fiscalYears: number[];
}

/** The fiscal years the data covers: every distinct `fiscal_year` value in any table that has one. */
export function fiscalYearsOf(db: Sqlite): number[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  const years = new Set<number>();
  for (const { name } of tables) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
    if (!columns.some((c) => c.name === 'fiscal_year')) continue;
    for (const row of db.prepare(`SELECT DISTINCT fiscal_year AS y FROM "${name}" WHERE fiscal_year IS NOT NULL`).all() as { y: unknown }[])
      if (typeof row.y === 'number' && Number.isInteger(row.y)) years.add(row.y);
  }
  return [...years].sort((a, b) => a - b);
}

export function summarize(db: Sqlite): DatabaseSummary {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  let organization: string | null;
  try {
    organization = getOrganization(db)?.name ?? null;
  } catch {
    organization = null;
  }
  return { schemaVersion, organization, counts: tableCounts(db), fiscalYears: fiscalYearsOf(db) };
}

/**
 * The full check of a database copy: an ITA Desk database of a schema this app knows, passing
 * `integrity_check` and `foreign_key_check`. Throws `backup_invalid` / `backup_newer` with the reason.
 */
export function checkDatabase(db: Sqlite): DatabaseSummary {
  let schemaVersion: number;
  let tables: string[];
  try {
    schemaVersion = db.pragma('user_version', { simple: true }) as number;
    tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw invalid(code === 'SQLITE_NOTADB' ? 'notSqlite' : 'integrity');
  }
  if (schemaVersion === 0 || !OUR_TABLES.every((t) => tables.includes(t))) throw invalid('foreign');
  if (schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('backup_newer', { params: { found: schemaVersion, supported: LATEST_SCHEMA_VERSION } });
  let integrity: { integrity_check: string }[];
  try {
    integrity = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
  } catch {
    throw invalid('integrity');
  }
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') throw invalid('integrity');
  if (db.prepare('PRAGMA foreign_key_check').all().length > 0) throw invalid('foreignKeys');
  return summarize(db);
}

/** Opens a database file read-only for checking; a file SQLite cannot read is refused as not SQLite. */
export function openReadOnly(file: string): Sqlite {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch {
    throw invalid('notSqlite');
  }
}

/** Throws unless the database agrees with what its manifest says about it. */
export function assertMatchesManifest(summary: DatabaseSummary, manifest: { schemaVersion: number; organization: string | null; counts: Record<string, number> }): void {
  const same =
    summary.schemaVersion === manifest.schemaVersion &&
    summary.organization === manifest.organization &&
    JSON.stringify(Object.entries(summary.counts).sort()) === JSON.stringify(Object.entries(manifest.counts).sort());
  if (!same) throw invalid('manifestMismatch');
}
