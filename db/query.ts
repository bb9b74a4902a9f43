import type BetterSqlite3 from 'better-sqlite3';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely';
import type { Schema } from './schema';

/**
 * Kysely as a typed query *builder* only: queries are compiled to SQL and run synchronously on
 * better-sqlite3, so `db.transaction()` stays synchronous and all-or-nothing.
 */
export const qb = new Kysely<Schema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export type Sqlite = BetterSqlite3.Database;

function prepare(db: Sqlite, query: Compilable<unknown>) {
  const { sql, parameters } = query.compile();
  return { statement: db.prepare(sql), parameters: parameters as unknown[] };
}

export function all<R>(db: Sqlite, query: Compilable<R>): R[] {
  const { statement, parameters } = prepare(db, query);
  return statement.all(...parameters) as R[];
}

export function first<R>(db: Sqlite, query: Compilable<R>): R | undefined {
  const { statement, parameters } = prepare(db, query);
  return statement.get(...parameters) as R | undefined;
}

export function run(db: Sqlite, query: Compilable<unknown>): { changes: number; lastInsertRowid: number } {
  const { statement, parameters } = prepare(db, query);
  const info = statement.run(...parameters);
  return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) };
}
