import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/open';
import type { Sqlite } from '../../../db/query';
import { tempDir } from './helpers';

/**
 * One test per migration, each on a real SQLite file: the database is brought up through the
 * earlier migrations (each one's checks run, leaving their rows behind), then to exactly this one,
 * whose tables and rules are checked on the reopened file; the earlier rows must survive unchanged.
 * A new migration without an entry in EXPECTATIONS fails the suite. Each entry runs on the rows the
 * earlier entries left, as an office's real file would hold them.
 */
const tables = (db: Sqlite) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
const columns = (db: Sqlite, table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
const isStrict = (db: Sqlite, table: string) => (db.pragma('table_list') as { name: string; strict: number }[]).find((t) => t.name === table)?.strict === 1;

const EXPECTATIONS: Record<number, (db: Sqlite) => void> = {
  1: (db) => {
    expect(tables(db)).toEqual(['organization', 'person', 'setting', 'unit']);
    for (const table of tables(db)) expect(isStrict(db, table), `${table} is STRICT`).toBe(true);
    expect(columns(db, 'organization')).toEqual(['id', 'name', 'type', 'district', 'province', 'phone', 'doc_number_prefix', 'thai_digits', 'document_font']);
    expect(columns(db, 'unit')).toEqual(['id', 'name', 'parent_id', 'sort_order']);
    expect(columns(db, 'person')).toEqual(['id', 'title', 'first_name', 'last_name', 'position', 'unit_id', 'role']);

    const org = db.prepare(
      'INSERT INTO organization (id, name, type, district, province, doc_number_prefix, thai_digits, document_font) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    org.run(1, 'อบต.ทดสอบ', 'sao', 'เมือง', 'ขอนแก่น', 'ขก', 1, 'TH SarabunIT๙');
    // One organisation only, its name 1..200 characters, thai_digits a boolean, types enforced (STRICT).
    expect(() => org.run(2, 'อื่น', 'sao', 'เมือง', 'ขอนแก่น', 'ขก', 1, 'TH SarabunIT๙')).toThrow(/CHECK/);
    db.prepare('DELETE FROM organization').run();
    expect(() => org.run(1, '', 'sao', 'เมือง', 'ขอนแก่น', 'ขก', 1, 'f')).toThrow(/CHECK/);
    expect(() => org.run(1, 'x'.repeat(201), 'sao', 'เมือง', 'ขอนแก่น', 'ขก', 1, 'f')).toThrow(/CHECK/);
    expect(() => org.run(1, 'x', 'sao', 'เมือง', 'ขอนแก่น', 'ขก', 2, 'f')).toThrow(/CHECK/);
    expect(() => org.run(1, 'x', 'sao', 'เมือง', 'ขอนแก่น', 'ขก', 'yes', 'f')).toThrow(/cannot store TEXT/);

    const unit = db.prepare('INSERT INTO unit (id, name, parent_id) VALUES (?, ?, ?)');
    unit.run(1, 'กองคลัง', null);
    unit.run(2, 'ฝ่ายบริหารงานคลัง', 1);
    // Names are unique among siblings (top level included), not across parents.
    expect(() => unit.run(3, 'กองคลัง', null)).toThrow(/UNIQUE/);
    expect(() => unit.run(3, 'ฝ่ายบริหารงานคลัง', 1)).toThrow(/UNIQUE/);
    unit.run(3, 'กองช่าง', null);
    unit.run(4, 'ฝ่ายบริหารงานคลัง', 3);
    expect(() => unit.run(5, '', null)).toThrow(/CHECK/);
    expect(() => unit.run(5, 'x'.repeat(151), null)).toThrow(/CHECK/);
    expect(() => unit.run(5, 'ลอย', 99)).toThrow(/FOREIGN KEY/);

    const person = db.prepare('INSERT INTO person (id, first_name, position, unit_id, role) VALUES (?, ?, ?, ?, ?)');
    person.run(1, 'สมชาย', 'ผู้อำนวยการกองคลัง', 1, 'unit_head');
    expect(() => person.run(2, 'สมหญิง', 'นักวิชาการ', 99, 'staff')).toThrow(/FOREIGN KEY/);
    expect(() => person.run(2, '', 'นักวิชาการ', null, 'staff')).toThrow(/CHECK/);
    // A unit with people or sections cannot be deleted underneath them: never an orphan.
    expect(() => db.prepare('DELETE FROM unit WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM person').run();
    expect(() => db.prepare('DELETE FROM unit WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM unit WHERE id = 2').run();
    db.prepare('DELETE FROM unit WHERE id = 1').run();

    db.prepare("INSERT INTO setting (key, value) VALUES ('language', 'en')").run();
    expect(() => db.prepare("INSERT INTO setting (key, value) VALUES ('language', 'th')").run()).toThrow(/UNIQUE|PRIMARY/);
  },
  2: (db) => {
    expect(tables(db)).toEqual(['document_asset', 'memo', 'organization', 'person', 'setting', 'unit']);
    expect(isStrict(db, 'memo') && isStrict(db, 'document_asset')).toBe(true);
    db.prepare('INSERT INTO unit (id, name) VALUES (1, ?)').run('กองคลัง');
    db.prepare("INSERT INTO person (id, first_name, position, unit_id, role) VALUES (1, 'สมชาย', 'ผู้อำนวยการกองคลัง', NULL, 'unit_head')").run();
    const memo = db.prepare(
      `INSERT INTO memo (id, fiscal_year, date, unit_id, agency, subject, salutation, numbered, sections, signer_person_id, signer_name, created_at, updated_at)
       VALUES (?, 2569, ?, 1, 'กองคลัง', ?, 'เรียน', 0, ?, 1, 'นายสมชาย', 'now', 'now')`,
    );
    memo.run(1, '2026-01-15', 'เรื่องทดสอบ', '[]');
    expect(() => memo.run(2, '15/01/2026', 'x', '[]')).toThrow(/CHECK/);
    expect(() => memo.run(2, '2026-01-15', '', '[]')).toThrow(/CHECK/);
    expect(() => memo.run(2, '2026-01-15', 'x', '{not json')).toThrow(/CHECK/);
    // A memo keeps its printed signer when the person or the unit goes: the links are cleared, not the memo.
    db.prepare('DELETE FROM person WHERE id = 1').run();
    db.prepare('DELETE FROM unit WHERE id = 1').run();
    expect(db.prepare('SELECT unit_id, signer_person_id, signer_name FROM memo WHERE id = 1').get()).toEqual({ unit_id: null, signer_person_id: null, signer_name: 'นายสมชาย' });
    db.prepare("INSERT INTO document_asset (key, mime_type, width, height, data) VALUES ('garuda', 'image/png', 1, 1, x'89504e47')").run();
    expect(() => db.prepare("INSERT INTO document_asset (key, mime_type, width, height, data) VALUES ('garuda', 'image/png', 1, 1, x'00')").run()).toThrow(/UNIQUE|PRIMARY/);
  },
  3: (db) => {
    const added = ['assessment', 'assessment_indicator', 'assessment_item', 'assessment_recommendation', 'framework'];
    expect(tables(db)).toEqual(expect.arrayContaining(added));
    for (const table of added) expect(isStrict(db, table), `${table} is STRICT`).toBe(true);
    const framework = db.prepare("INSERT INTO framework (id, fiscal_year, name, builtin, definition, updated_at) VALUES (?, ?, 'ITA', 1, ?, 'now')");
    framework.run(1, 2568, '{}');
    expect(() => framework.run(2, 2568, '{}')).toThrow(/UNIQUE/); // one framework per fiscal year
    expect(() => framework.run(2, 1999, '{}')).toThrow(/CHECK/); // a Buddhist-era year, not a Christian one
    expect(() => framework.run(2, 2569, 'nope')).toThrow(/CHECK/);
    const assessment = db.prepare("INSERT INTO assessment (id, fiscal_year, framework_id, overall_score, updated_at) VALUES (?, ?, ?, ?, 'now')");
    assessment.run(1, 2568, 1, 87.5);
    expect(() => assessment.run(2, 2569, 99, 50)).toThrow(/FOREIGN KEY/);
    expect(() => assessment.run(2, 2569, 1, 100.5)).toThrow(/CHECK/);
    expect(() => assessment.run(2, 2568, 1, 50)).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO assessment_indicator (assessment_id, indicator_no, score) VALUES (1, 1, 90)').run();
    expect(() => db.prepare('INSERT INTO assessment_indicator (assessment_id, indicator_no, score) VALUES (1, 1, 80)').run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO assessment_item (assessment_id, code, score) VALUES (1, 'O1', -1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO assessment_recommendation (assessment_id, instrument, text) VALUES (1, 'XYZ', 'x')").run()).toThrow(/CHECK/);
    // Results keep their framework, and an assessment its detail rows: no orphans.
    expect(() => db.prepare('DELETE FROM framework WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM assessment WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
  },
  4: (db) => {
    const added = ['evidence', 'measure', 'measure_export', 'measure_library', 'measure_unit', 'progress_entry'];
    expect(tables(db)).toEqual(expect.arrayContaining(added));
    for (const table of added) expect(isStrict(db, table), `${table} is STRICT`).toBe(true);
    db.prepare("INSERT INTO unit (id, name) VALUES (40, 'หน่วยมาตรการ ๑'), (41, 'หน่วยมาตรการ ๒')").run();
    db.prepare("INSERT INTO measure_library (id, key, instrument, indicator_no, title, methods, cadence, builtin, updated_at) VALUES (1, 'k', 'IIT', 2, 'งบประมาณ', '[]', 'semiannual', 1, 'now')").run();
    const measure = db.prepare(
      "INSERT INTO measure (id, fiscal_year, instrument, indicator_no, title, methods, period_start, period_end, cadence, library_id, created_at, updated_at) VALUES (?, 2566, 'IIT', 2, 'งบประมาณ', '[]', ?, ?, ?, 1, 'now', 'now')",
    );
    measure.run(1, '2023-01', '2023-03', 'quarterly');
    expect(() => measure.run(2, '2023-03', '2023-01', 'quarterly')).toThrow(/CHECK/); // ends before it starts
    expect(() => measure.run(2, '2023-01', null, 'quarterly')).toThrow(/CHECK/);
    expect(() => measure.run(2, null, null, 'weekly')).toThrow(/CHECK/);
    db.prepare('INSERT INTO measure_unit (measure_id, unit_id, position) VALUES (1, 40, 0)').run();
    const entry = db.prepare("INSERT INTO progress_entry (id, measure_id, period, unit_id, status, dropped_reason, updated_at) VALUES (?, 1, ?, 40, ?, ?, 'now')");
    entry.run(1, 'q2', 'done', '');
    expect(() => entry.run(2, 'q2', 'done', '')).toThrow(/UNIQUE/);
    expect(() => entry.run(2, 'q3', 'dropped', '')).toThrow(/CHECK/); // dropped needs a reason
    db.prepare("INSERT INTO evidence (id, entry_id, kind, name, url, added_at) VALUES (1, 1, 'url', 'x', 'https://x.go.th', 'now')").run();
    expect(() => db.prepare("INSERT INTO evidence (id, entry_id, kind, name, url, added_at) VALUES (2, 1, 'file', 'x', 'https://x', 'now')").run()).toThrow(/CHECK/);
    // A unit that owns measures or reports, and a measure with reports, are not deleted from under them.
    expect(() => db.prepare('DELETE FROM unit WHERE id = 40').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM progress_entry WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM measure WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    // Deleting a library measure only clears the link.
    db.prepare('DELETE FROM measure_library WHERE id = 1').run();
    expect(db.prepare('SELECT library_id FROM measure WHERE id = 1').get()).toEqual({ library_id: null });
    db.prepare("INSERT INTO measure_export (kind, fiscal_year, period, options, updated_at) VALUES ('plan', 2566, '', '{}', 'now')").run();
    expect(() => db.prepare("INSERT INTO measure_export (kind, fiscal_year, period, options, updated_at) VALUES ('plan', 2566, '', '{}', 'now')").run()).toThrow(/UNIQUE|PRIMARY/);
  },
  5: (db) => {
    const added = ['meeting', 'meeting_attendee'];
    expect(tables(db)).toEqual(expect.arrayContaining(added));
    for (const table of added) expect(isStrict(db, table), `${table} is STRICT`).toBe(true);
    db.prepare("INSERT INTO person (id, first_name, position, role) VALUES (50, 'ประชุม', 'ปลัด', 'staff')").run();
    const meeting = db.prepare(
      "INSERT INTO meeting (id, template, committee, number, number_year, date, start_time, end_time, chair_person_id, chair_name, previous_meeting_id, created_at, updated_at) VALUES (?, 'analysis', 'คณะทำงาน', ?, 2566, '2023-01-06', '10:00', ?, 50, 'นายประชุม', ?, 'now', 'now')",
    );
    meeting.run(1, 1, '12:15', null);
    expect(() => meeting.run(2, 2, '09:00', null)).toThrow(/CHECK/); // ends before it starts
    expect(() => meeting.run(2, 1, null, null)).toThrow(/UNIQUE/); // ครั้งที่ ๑/๒๕๖๖ twice
    meeting.run(2, 2, null, 1);
    const attendee = db.prepare("INSERT INTO meeting_attendee (meeting_id, position, person_id, name, attendance) VALUES (1, ?, 50, 'นายประชุม', ?)");
    attendee.run(0, 'present');
    expect(() => attendee.run(1, 'late')).toThrow(/CHECK/);
    // A meeting adopted by a later one stays; a person deleted leaves the names as recorded.
    expect(() => db.prepare('DELETE FROM meeting WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM person WHERE id = 50').run();
    expect(db.prepare('SELECT chair_person_id, chair_name FROM meeting WHERE id = 1').get()).toEqual({ chair_person_id: null, chair_name: 'นายประชุม' });
    expect(db.prepare('SELECT person_id, name FROM meeting_attendee WHERE meeting_id = 1').get()).toEqual({ person_id: null, name: 'นายประชุม' });
  },
};

/** Every row of every table (filled by the previous migration's expectation, when there is one). */
function dump(db: Sqlite): Record<string, unknown[]> {
  return Object.fromEntries(tables(db).map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
}

function openRaw(file: string): Sqlite {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps, each with an expectation in this file', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(Object.keys(EXPECTATIONS).map(Number), 'each new migration needs its entry in EXPECTATIONS (tests/unit/foundation/migrations.test.ts)').toEqual(
      MIGRATIONS.map((m) => m.version),
    );
  });

  for (const migration of MIGRATIONS) {
    it(`${String(migration.version).padStart(3, '0')}-${migration.name}: applies on a real file, sets user_version, makes its tables and rules`, () => {
      const file = path.join(tempDir(), 'db.sqlite');
      const db = openRaw(file);
      try {
        // The way an office's file really goes: each earlier version in turn, with the rows its checks leave.
        for (const earlier of MIGRATIONS.filter((m) => m.version < migration.version)) {
          expect(migrate(db, earlier.version)).toBe(earlier.version);
          EXPECTATIONS[earlier.version]?.(db);
        }
        expect(db.pragma('user_version', { simple: true })).toBe(migration.version - 1);
        const before = dump(db);
        expect(migrate(db, migration.version)).toBe(migration.version);
        // What the earlier schema held is still there, unchanged.
        for (const [table, rows] of Object.entries(before)) expect(db.prepare(`SELECT * FROM "${table}"`).all(), table).toEqual(rows);
        expect(db.pragma('user_version', { simple: true })).toBe(migration.version);
      } finally {
        db.close();
      }
      // Reopened from disk: the migration was committed, not just held in memory.
      const reopened = openRaw(file);
      try {
        expect(reopened.pragma('user_version', { simple: true })).toBe(migration.version);
        const expectation = EXPECTATIONS[migration.version];
        if (!expectation) throw new Error(`migration ${migration.version} has no entry in EXPECTATIONS: add the checks of its tables and rules`);
        expectation(reopened);
        expect(reopened.pragma('foreign_key_check')).toEqual([]);
      } finally {
        reopened.close();
      }
    });
  }

  it('all at once gives the same schema as one at a time, and running again changes nothing', () => {
    const schema = (db: Sqlite) => db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all();
    const dir = tempDir();
    const stepwise = openRaw(path.join(dir, 'a.sqlite'));
    const atOnce = openRaw(path.join(dir, 'b.sqlite'));
    try {
      for (const m of MIGRATIONS) migrate(stepwise, m.version);
      migrate(atOnce);
      expect(schema(atOnce)).toEqual(schema(stepwise));
      migrate(atOnce);
      expect(atOnce.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(schema(atOnce)).toEqual(schema(stepwise));
    } finally {
      stepwise.close();
      atOnce.close();
    }
  });

  it('a failing migration leaves the database at its previous version (one transaction)', () => {
    const db = openRaw(path.join(tempDir(), 'db.sqlite'));
    try {
      migrate(db);
      const broken = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half_done (id INTEGER); SELECT * FROM no_such_table;' };
      MIGRATIONS.push(broken);
      try {
        expect(() => migrate(db, broken.version)).toThrow(/no_such_table/);
      } finally {
        MIGRATIONS.pop();
      }
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(tables(db)).not.toContain('half_done');
    } finally {
      db.close();
    }
  });
});
