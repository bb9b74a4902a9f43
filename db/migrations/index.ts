import { migration001 } from './001-office';
import { migration002 } from './002-memos';
import { migration003 } from './003-results';
import { migration004 } from './004-measures';
import { migration005 } from './005-meetings';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append-only: never edit a released migration, add the next number instead. */
export const MIGRATIONS: Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
