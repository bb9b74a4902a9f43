import type { Migration } from './index';

/**
 * Internal memos (บันทึกข้อความ) and the office's document assets (the Garuda image).
 * A memo keeps a snapshot of its signers' names and positions: deleting a person clears the link
 * (SET NULL) but the memo still prints as it was signed.
 */
export const migration002: Migration = {
  version: 2,
  name: 'memos',
  sql: `
    CREATE TABLE memo (
      id INTEGER PRIMARY KEY,
      fiscal_year INTEGER NOT NULL,
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      doc_number TEXT NOT NULL DEFAULT '',
      running_number INTEGER,
      unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
      agency TEXT NOT NULL,
      subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
      salutation TEXT NOT NULL,
      numbered INTEGER NOT NULL CHECK (numbered IN (0, 1)),
      sections TEXT NOT NULL CHECK (json_valid(sections)),
      closing TEXT NOT NULL DEFAULT '',
      signer_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
      signer_name TEXT NOT NULL DEFAULT '',
      signer_position TEXT NOT NULL DEFAULT '',
      comment_boxes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(comment_boxes)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX memo_fiscal_year ON memo (fiscal_year, running_number);
    CREATE INDEX memo_signer ON memo (signer_person_id);
    CREATE INDEX memo_unit ON memo (unit_id);

    CREATE TABLE document_asset (
      key TEXT PRIMARY KEY,
      mime_type TEXT NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      data BLOB NOT NULL
    ) STRICT;
  `,
};
