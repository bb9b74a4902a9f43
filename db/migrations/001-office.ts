import type { Migration } from './index';

/** Settings, the organisation, its responsible units (with sections) and its people. */
export const migration001: Migration = {
  version: 1,
  name: 'office',
  sql: `
    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE organization (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      type TEXT NOT NULL,
      district TEXT NOT NULL,
      province TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      doc_number_prefix TEXT NOT NULL,
      thai_digits INTEGER NOT NULL CHECK (thai_digits IN (0, 1)),
      document_font TEXT NOT NULL
    ) STRICT;

    CREATE TABLE unit (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
      parent_id INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE UNIQUE INDEX unit_name_in_parent ON unit (ifnull(parent_id, 0), name);

    CREATE TABLE person (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL DEFAULT '',
      first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
      last_name TEXT NOT NULL DEFAULT '',
      position TEXT NOT NULL,
      unit_id INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
      role TEXT NOT NULL
    ) STRICT;
    CREATE INDEX person_unit ON person (unit_id);
  `,
};
