import type { Migration } from './index';

/**
 * ITA frameworks (one per fiscal year; the definition is a JSON document validated by the app)
 * and yearly results. Deleting a framework that results use is refused by the foreign key.
 */
export const migration003: Migration = {
  version: 3,
  name: 'results',
  sql: `
    CREATE TABLE framework (
      id INTEGER PRIMARY KEY,
      fiscal_year INTEGER NOT NULL UNIQUE CHECK (fiscal_year BETWEEN 2500 AND 2700),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
      definition TEXT NOT NULL CHECK (json_valid(definition)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE assessment (
      id INTEGER PRIMARY KEY,
      fiscal_year INTEGER NOT NULL UNIQUE CHECK (fiscal_year BETWEEN 2500 AND 2700),
      framework_id INTEGER NOT NULL REFERENCES framework(id) ON DELETE RESTRICT,
      overall_score REAL CHECK (overall_score BETWEEN 0 AND 100),
      iit_population INTEGER CHECK (iit_population >= 0),
      iit_sample INTEGER CHECK (iit_sample >= 0),
      eit_population INTEGER CHECK (eit_population >= 0),
      eit_sample INTEGER CHECK (eit_sample >= 0),
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX assessment_framework ON assessment (framework_id);

    CREATE TABLE assessment_indicator (
      assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE RESTRICT,
      indicator_no INTEGER NOT NULL,
      score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
      PRIMARY KEY (assessment_id, indicator_no)
    ) STRICT;

    CREATE TABLE assessment_item (
      assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE RESTRICT,
      code TEXT NOT NULL,
      score REAL CHECK (score BETWEEN 0 AND 100),
      comment TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (assessment_id, code)
    ) STRICT;

    CREATE TABLE assessment_recommendation (
      assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE RESTRICT,
      instrument TEXT NOT NULL CHECK (instrument IN ('IIT', 'EIT', 'OIT')),
      text TEXT NOT NULL,
      PRIMARY KEY (assessment_id, instrument)
    ) STRICT;
  `,
};
