import type { Selectable } from 'kysely';
import type { AgendaItem, Attendee, CoverMemo, Meeting, MeetingSummary, MeetingTemplate, MemoSigner } from '../../shared/api/meetings';
import { all, first, qb, run, type Sqlite } from '../query';
import type { MeetingAttendeeRow, MeetingRow } from '../schema';

/** A meeting as the tables store it: the input resolved (number given, snapshots taken) plus timestamps. */
export type MeetingRecord = Omit<Meeting, 'id'> & { id?: number };

const signer = (personId: number | null, name: string, position: string): MemoSigner => ({ personId, name, position });

function meetingFromRow(row: Selectable<MeetingRow>, attendees: Attendee[]): Meeting {
  return {
    id: row.id,
    template: row.template as MeetingTemplate,
    committee: row.committee,
    number: row.number,
    numberYear: row.number_year,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    venue: row.venue,
    chair: signer(row.chair_person_id, row.chair_name, row.chair_position),
    recorder: signer(row.recorder_person_id, row.recorder_name, row.recorder_position),
    checker: signer(row.checker_person_id, row.checker_name, row.checker_position),
    certifier: row.has_certifier ? signer(row.certifier_person_id, row.certifier_name, row.certifier_position) : null,
    signatureColumn: row.signature_column === 1,
    attendees,
    agenda: JSON.parse(row.agenda) as AgendaItem[],
    previousMeetingId: row.previous_meeting_id,
    cover: JSON.parse(row.cover) as CoverMemo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const attendeeFromRow = (row: Selectable<MeetingAttendeeRow>): Attendee => ({
  personId: row.person_id,
  name: row.name,
  position: row.position_title,
  attendance: row.attendance as Attendee['attendance'],
  reason: row.reason,
});

function meetingValues(m: MeetingRecord) {
  return {
    template: m.template,
    committee: m.committee,
    number: m.number,
    number_year: m.numberYear,
    date: m.date,
    start_time: m.startTime,
    end_time: m.endTime,
    venue: m.venue,
    chair_person_id: m.chair.personId,
    chair_name: m.chair.name,
    chair_position: m.chair.position,
    recorder_person_id: m.recorder.personId,
    recorder_name: m.recorder.name,
    recorder_position: m.recorder.position,
    checker_person_id: m.checker.personId,
    checker_name: m.checker.name,
    checker_position: m.checker.position,
    has_certifier: m.certifier ? 1 : 0,
    certifier_person_id: m.certifier?.personId ?? null,
    certifier_name: m.certifier?.name ?? '',
    certifier_position: m.certifier?.position ?? '',
    signature_column: m.signatureColumn ? 1 : 0,
    agenda: JSON.stringify(m.agenda),
    previous_meeting_id: m.previousMeetingId,
    cover: JSON.stringify(m.cover),
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}

function attendeesOf(db: Sqlite, meetingId: number): Attendee[] {
  return all(db, qb.selectFrom('meeting_attendee').selectAll().where('meeting_id', '=', meetingId).orderBy('position')).map(attendeeFromRow);
}

function putAttendees(db: Sqlite, meetingId: number, attendees: Attendee[]): void {
  run(db, qb.deleteFrom('meeting_attendee').where('meeting_id', '=', meetingId));
  attendees.forEach((a, position) =>
    run(
      db,
      qb.insertInto('meeting_attendee').values({ meeting_id: meetingId, position, person_id: a.personId, name: a.name, position_title: a.position, attendance: a.attendance, reason: a.reason }),
    ),
  );
}

export function getMeeting(db: Sqlite, id: number): Meeting | undefined {
  const row = first(db, qb.selectFrom('meeting').selectAll().where('id', '=', id));
  return row ? meetingFromRow(row, attendeesOf(db, id)) : undefined;
}

export function listAllMeetings(db: Sqlite): Meeting[] {
  return all(db, qb.selectFrom('meeting').selectAll().orderBy('id')).map((row) => meetingFromRow(row, attendeesOf(db, row.id)));
}

/** Newest first (date, then number). */
export function listMeetings(db: Sqlite, year?: number): MeetingSummary[] {
  let query = qb
    .selectFrom('meeting')
    .select(['id', 'template', 'committee', 'number', 'number_year', 'date', 'start_time', 'venue', 'updated_at'])
    .select((eb) => eb.fn<number>('json_array_length', [eb.ref('agenda')]).as('agenda_count'))
    .select((eb) => eb.selectFrom('meeting_attendee').select((e) => e.fn.countAll<number>().as('n')).whereRef('meeting_attendee.meeting_id', '=', 'meeting.id').as('attendee_count'))
    .orderBy('date', 'desc')
    .orderBy('number', 'desc');
  if (year !== undefined) query = query.where('number_year', '=', year);
  return all(db, query).map((r) => ({
    id: r.id,
    template: r.template as MeetingTemplate,
    committee: r.committee,
    number: r.number,
    numberYear: r.number_year,
    date: r.date,
    startTime: r.start_time,
    venue: r.venue,
    attendeeCount: Number(r.attendee_count ?? 0),
    agendaCount: Number(r.agenda_count),
    updatedAt: r.updated_at,
  }));
}

export function insertMeeting(db: Sqlite, m: MeetingRecord): number {
  const id = run(db, qb.insertInto('meeting').values({ id: m.id, ...meetingValues(m) })).lastInsertRowid;
  putAttendees(db, id, m.attendees);
  return id;
}

export function updateMeeting(db: Sqlite, id: number, m: MeetingRecord): void {
  run(db, qb.updateTable('meeting').set(meetingValues(m)).where('id', '=', id));
  putAttendees(db, id, m.attendees);
}

export function deleteMeeting(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('meeting').where('id', '=', id));
}

export function maxMeetingNumber(db: Sqlite, numberYear: number): number {
  const row = first(db, qb.selectFrom('meeting').select((eb) => eb.fn.max('number').as('n')).where('number_year', '=', numberYear));
  return Number(row?.n ?? 0);
}

export function meetingWithNumber(db: Sqlite, numberYear: number, number: number): number | undefined {
  return first(db, qb.selectFrom('meeting').select('id').where('number_year', '=', numberYear).where('number', '=', number))?.id;
}

/** Meetings whose agenda adopts the given meeting's minutes by link. */
export function meetingsLinkingTo(db: Sqlite, id: number): number[] {
  return all(db, qb.selectFrom('meeting').select('id').where('previous_meeting_id', '=', id)).map((r) => r.id);
}

/** Empties the meeting tables; called first by `clearOfficeData` (meetings point at people). */
export function clearMeetingsData(db: Sqlite): void {
  run(db, qb.deleteFrom('meeting_attendee'));
  // Linked meetings first would break RESTRICT: drop the links, then the meetings.
  run(db, qb.updateTable('meeting').set({ previous_meeting_id: null }));
  run(db, qb.deleteFrom('meeting'));
}
