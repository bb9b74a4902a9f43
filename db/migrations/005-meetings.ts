import type { Migration } from './index';

/**
 * Meetings (รายงานการประชุม): the meeting, numbered per Buddhist-era year (ครั้งที่ n/yyyy), with
 * snapshots of its chair, recorder, checker and certifier, its agenda (JSON: items, sub-items,
 * entries, data blocks resolved from live data at export), its covering memo options, and its
 * attendees. Attendees and signers keep the name and position as recorded: deleting a person clears
 * the link (SET NULL), the minutes still print them. A meeting whose minutes a later meeting adopts
 * by link cannot be deleted (RESTRICT).
 */
export const migration005: Migration = {
  version: 5,
  name: 'meetings',
  sql: `
    CREATE TABLE meeting (
      id INTEGER PRIMARY KEY,
      template TEXT NOT NULL CHECK (template IN ('analysis', 'workingGroup', 'followUp', 'blank')),
      committee TEXT NOT NULL CHECK (length(committee) BETWEEN 1 AND 500),
      number INTEGER NOT NULL CHECK (number >= 1),
      number_year INTEGER NOT NULL CHECK (number_year BETWEEN 2400 AND 2800),
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
      end_time TEXT CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
      venue TEXT NOT NULL DEFAULT '',
      chair_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
      chair_name TEXT NOT NULL DEFAULT '',
      chair_position TEXT NOT NULL DEFAULT '',
      recorder_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
      recorder_name TEXT NOT NULL DEFAULT '',
      recorder_position TEXT NOT NULL DEFAULT '',
      checker_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
      checker_name TEXT NOT NULL DEFAULT '',
      checker_position TEXT NOT NULL DEFAULT '',
      has_certifier INTEGER NOT NULL DEFAULT 0 CHECK (has_certifier IN (0, 1)),
      certifier_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
      certifier_name TEXT NOT NULL DEFAULT '',
      certifier_position TEXT NOT NULL DEFAULT '',
      signature_column INTEGER NOT NULL DEFAULT 0 CHECK (signature_column IN (0, 1)),
      agenda TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(agenda)),
      previous_meeting_id INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
      cover TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(cover)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_time IS NULL OR end_time > start_time),
      CHECK (previous_meeting_id IS NULL OR previous_meeting_id != id),
      UNIQUE (number_year, number)
    ) STRICT;
    CREATE INDEX meeting_date ON meeting (date);
    CREATE INDEX meeting_previous ON meeting (previous_meeting_id);
    CREATE INDEX meeting_chair ON meeting (chair_person_id);
    CREATE INDEX meeting_recorder ON meeting (recorder_person_id);
    CREATE INDEX meeting_checker ON meeting (checker_person_id);
    CREATE INDEX meeting_certifier ON meeting (certifier_person_id);

    CREATE TABLE meeting_attendee (
      meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      position_title TEXT NOT NULL DEFAULT '',
      attendance TEXT NOT NULL CHECK (attendance IN ('present', 'absent', 'other')),
      reason TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (meeting_id, position)
    ) STRICT;
    CREATE INDEX meeting_attendee_person ON meeting_attendee (person_id);
  `,
};
