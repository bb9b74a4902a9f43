import type { Migration } from './index';

/**
 * Measures of a plan year, the office's measure library, progress entries per measure × reporting
 * period × unit, their evidence (files copied into `<dataDir>/evidence/`, referenced by a relative
 * path, or URLs), and the stored options of the plan and progress report exports. A unit that owns
 * measures or progress cannot be deleted (RESTRICT): the service moves them first or refuses.
 */
export const migration004: Migration = {
  version: 4,
  name: 'measures',
  sql: `
    CREATE TABLE measure_library (
      id INTEGER PRIMARY KEY,
      key TEXT UNIQUE,
      instrument TEXT NOT NULL CHECK (instrument IN ('IIT', 'EIT', 'OIT')),
      indicator_no INTEGER,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 2000),
      methods TEXT NOT NULL CHECK (json_valid(methods)),
      oit_items TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(oit_items)),
      cadence TEXT NOT NULL CHECK (cadence IN ('monthly', 'quarterly', 'semiannual')),
      follow_up TEXT NOT NULL DEFAULT '',
      builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE measure (
      id INTEGER PRIMARY KEY,
      fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2500 AND 2700),
      source_year INTEGER CHECK (source_year BETWEEN 2500 AND 2700),
      instrument TEXT NOT NULL CHECK (instrument IN ('IIT', 'EIT', 'OIT')),
      indicator_no INTEGER,
      oit_items TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(oit_items)),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 2000),
      methods TEXT NOT NULL CHECK (json_valid(methods)),
      period_start TEXT CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
      period_end TEXT CHECK (period_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
      cadence TEXT NOT NULL CHECK (cadence IN ('monthly', 'quarterly', 'semiannual')),
      follow_up TEXT NOT NULL DEFAULT '',
      library_id INTEGER REFERENCES measure_library(id) ON DELETE SET NULL,
      sort_order INTEGER NOT NULL DEFAULT 0,
      approved INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
      approval_source TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((period_start IS NULL) = (period_end IS NULL)),
      CHECK (period_end >= period_start)
    ) STRICT;
    CREATE INDEX measure_year ON measure (fiscal_year, instrument, indicator_no, sort_order);
    CREATE INDEX measure_library_ref ON measure (library_id);

    CREATE TABLE measure_unit (
      measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      PRIMARY KEY (measure_id, unit_id)
    ) STRICT;
    CREATE INDEX measure_unit_unit ON measure_unit (unit_id);

    CREATE TABLE progress_entry (
      id INTEGER PRIMARY KEY,
      measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE RESTRICT,
      period TEXT NOT NULL,
      unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
      result TEXT NOT NULL DEFAULT '',
      suggestion TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('notStarted', 'inProgress', 'done', 'dropped')),
      dropped_reason TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      UNIQUE (measure_id, period, unit_id),
      CHECK (status != 'dropped' OR length(dropped_reason) > 0)
    ) STRICT;
    CREATE INDEX progress_entry_unit ON progress_entry (unit_id);

    CREATE TABLE evidence (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES progress_entry(id) ON DELETE RESTRICT,
      kind TEXT NOT NULL CHECK (kind IN ('file', 'url')),
      name TEXT NOT NULL,
      url TEXT,
      file TEXT,
      mime_type TEXT NOT NULL DEFAULT '',
      size INTEGER,
      sha256 TEXT,
      added_at TEXT NOT NULL,
      CHECK ((kind = 'url') = (url IS NOT NULL))
    ) STRICT;
    CREATE INDEX evidence_entry ON evidence (entry_id);

    CREATE TABLE measure_export (
      kind TEXT NOT NULL CHECK (kind IN ('plan', 'progress')),
      fiscal_year INTEGER NOT NULL,
      period TEXT NOT NULL DEFAULT '',
      options TEXT NOT NULL CHECK (json_valid(options)),
      exported_at TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (kind, fiscal_year, period)
    ) STRICT;
  `,
};
