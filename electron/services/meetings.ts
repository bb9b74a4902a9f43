/**
 * Meetings: CRUD with numbering per year (ครั้งที่ n/yyyy), people snapshots, the link to the
 * previous meeting; the minutes and covering-memo exports (data blocks resolved from live data
 * at export time); adopting the measures of a plan year; the bundle part.
 */
import * as q from '../../db/queries/meetings';
import { listMeasures } from '../../db/queries/measures';
import { getPerson, listPeople, listUnits } from '../../db/queries/office';
import { allFrameworks, getFrameworkByYear } from '../../db/queries/results';
import type { Sqlite } from '../../db/query';
import { AppError, type FieldIssue } from '../../shared/api/errors';
import {
  MEETING_TEMPLATES,
  type Attendee,
  type DocxFile,
  type Meeting,
  type MeetingData,
  type meetingsApi,
  type MeetingWarning,
  type MemoSigner,
} from '../../shared/api/meetings';
import type { Organization } from '../../shared/api/office';
import type { Bundle } from '../../shared/bundle';
import { personFullName, suggestAgency } from '../../shared/documents/memo';
import { buildMinutesMemoModel, buildMinutesModel, minutesFileName, type CirculationEntry, type PreviousMeetingRef } from '../../shared/documents/minutes';
import type { Analysis, FrameworkDefinition } from '../../shared/ita/types';
import { resolveDataBlock, type BlockMeasure, type BlockSource } from '../../shared/meetings/blocks';
import { agendaIsEmpty, dataBlocksOf, meetingIssues, numberYearOf, templateAgenda, templateCommittee } from '../../shared/meetings/templates';
import type { Handlers } from './dispatch';
import { renderDocx } from './docx/render';
import { writeDocxFile } from './files';
import { measuresHandlers } from './measures';
import { getGaruda, requireOrganization } from './memos';
import { analysisOrNull, ensureFrameworks } from './results';

const nowIso = () => new Date().toISOString();
const ALL_UNITS = 'ทุกสำนัก/กอง';

type MeetingPeople = Pick<Meeting, 'chair' | 'recorder' | 'checker' | 'certifier' | 'attendees' | 'cover'>;

/** A meeting whose links to people not in `ids` (deleted since) are dropped; the names and positions as recorded stay. */
function linkedOnlyTo<M extends MeetingPeople>(ids: ReadonlySet<number>, m: M): M {
  const live = <T extends { personId: number | null }>(s: T): T => (s.personId !== null && !ids.has(s.personId) ? { ...s, personId: null } : s);
  return {
    ...m,
    chair: live(m.chair),
    recorder: live(m.recorder),
    checker: live(m.checker),
    certifier: m.certifier ? live(m.certifier) : null,
    attendees: m.attendees.map(live),
    cover: { ...m.cover, signer: live(m.cover.signer) },
  };
}

const livePersonIds = (db: Sqlite): Set<number> => new Set(listPeople(db).map((p) => p.id));

/** Links to people deleted since are dropped; the names and positions as recorded stay. */
function withLivePeople(db: Sqlite, m: Meeting): Meeting {
  return linkedOnlyTo(livePersonIds(db), m);
}

export function requireMeeting(db: Sqlite, id: number): Meeting {
  const m = q.getMeeting(db, id);
  if (!m) throw new AppError('not_found', { params: { id } });
  return withLivePeople(db, m);
}

/** A signer picked from the people list: the person's name and position fill what was left empty. */
function resolveSigner(db: Sqlite, s: MemoSigner, at: string, issues: FieldIssue[]): MemoSigner {
  if (s.personId === null) return s;
  const person = getPerson(db, s.personId);
  if (!person) {
    issues.push({ path: `${at}.personId`, key: 'validation.unknownReference', params: { value: s.personId } });
    return s;
  }
  return { personId: person.id, name: s.name || personFullName(person), position: s.position || person.position };
}

/** Checks a meeting, takes the snapshots and its number; throws `validation` (or `conflict` for a taken number). */
function resolveMeeting(db: Sqlite, input: MeetingData, existing: Meeting | null): Omit<q.MeetingRecord, 'createdAt' | 'updatedAt'> {
  const issues: FieldIssue[] = [];
  const attendees: Attendee[] = input.attendees.map((a, i) => {
    const s = resolveSigner(db, { personId: a.personId, name: a.name, position: a.position }, `attendees.${i}`, issues);
    return { ...a, name: s.name, position: s.position };
  });
  const chair = resolveSigner(db, input.chair, 'chair', issues);
  const recorder = resolveSigner(db, input.recorder, 'recorder', issues);
  const checker = resolveSigner(db, input.checker, 'checker', issues);
  const certifier = input.certifier ? resolveSigner(db, input.certifier, 'certifier', issues) : null;
  const coverSigner = resolveSigner(db, input.cover.signer, 'cover.signer', issues);
  issues.push(...meetingIssues({ ...input, attendees }));
  if (input.previousMeetingId !== null) {
    const previous = q.getMeeting(db, input.previousMeetingId);
    if (!previous) issues.push({ path: 'previousMeetingId', key: 'validation.unknownReference', params: { value: input.previousMeetingId } });
    else if (previous.id === existing?.id || previous.date > input.date) issues.push({ path: 'previousMeetingId', key: 'validation.previousMeetingLater' });
  }
  if (issues.length) throw new AppError('validation', { issues });

  const numberYear = numberYearOf(input.date);
  let number = input.number;
  if (number === null) number = existing && existing.numberYear === numberYear ? existing.number : q.maxMeetingNumber(db, numberYear) + 1;
  const taken = q.meetingWithNumber(db, numberYear, number);
  if (taken !== undefined && taken !== existing?.id) throw new AppError('conflict', { issues: [{ path: 'number', key: 'validation.meetingNumberTaken', params: { number, year: numberYear } }] });
  return { ...input, attendees, chair, recorder, checker, certifier, cover: { ...input.cover, signer: coverSigner }, number, numberYear };
}

// ---------------------------------------------------------------------------------------------
// Live data for the blocks

/** Reads the database once per year asked: the blocks of one export see one consistent state. */
export function blockSource(db: Sqlite, org: Organization): BlockSource {
  ensureFrameworks(db);
  const units = listUnits(db);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const topLevel = units.filter((u) => u.parentId === null).map((u) => u.id);
  // A measure of every unit prints as the reference writes it: ทุกสำนัก/กอง.
  const namesOf = (ids: number[]) => (topLevel.length >= 3 && topLevel.every((id) => ids.includes(id)) ? [ALL_UNITS] : ids.map((id) => unitNames.get(id) ?? ''));
  const frameworks = allFrameworks(db);
  const measures = new Map<number, BlockMeasure[]>();
  const analyses = new Map<string, Analysis | null>();
  return {
    org,
    analysis: (fiscalYear, options = {}) => {
      const key = `${fiscalYear}/${options.eiThreshold ?? ''}`;
      if (!analyses.has(key)) analyses.set(key, analysisOrNull(db, fiscalYear, options));
      return analyses.get(key)!;
    },
    measures: (fiscalYear) => {
      if (!measures.has(fiscalYear)) measures.set(fiscalYear, listMeasures(db, fiscalYear).map((m) => ({ ...m, unitNames: namesOf(m.unitIds) })));
      return measures.get(fiscalYear)!;
    },
    framework: (fiscalYear) => getFrameworkByYear(db, fiscalYear) ?? null,
    previousFramework: (fiscalYear): FrameworkDefinition | null =>
      frameworks.filter((f) => f.fiscalYear < fiscalYear).sort((a, b) => b.fiscalYear - a.fiscalYear)[0] ?? null,
  };
}

function previousRef(db: Sqlite, m: Meeting): PreviousMeetingRef | null {
  if (m.previousMeetingId === null) return null;
  const p = q.getMeeting(db, m.previousMeetingId);
  return p ? { number: p.number, numberYear: p.numberYear, date: p.date, committee: p.committee } : null;
}

export function meetingWarnings(db: Sqlite, m: Pick<Meeting, 'agenda'>): MeetingWarning[] {
  const warnings: MeetingWarning[] = [];
  if (agendaIsEmpty(m.agenda)) warnings.push({ path: 'agenda', key: 'validation.emptyAgenda' });
  const src = blockSource(db, requireOrganization(db));
  for (const { path: at, entry } of dataBlocksOf(m.agenda)) {
    const missing = resolveDataBlock(entry, src).missing;
    if (missing) warnings.push({ path: at, key: missing.key, params: missing.params });
  }
  return warnings;
}

/** The minutes .docx of a stored meeting; an empty agenda is refused. */
export async function minutesDocx(db: Sqlite, m: Meeting): Promise<Buffer> {
  if (agendaIsEmpty(m.agenda)) throw new AppError('validation', { issues: [{ path: 'agenda', key: 'validation.emptyAgenda' }] });
  const org = requireOrganization(db);
  const src = blockSource(db, org);
  return renderDocx(buildMinutesModel({ meeting: m, org, previous: previousRef(db, m), resolve: (entry) => resolveDataBlock(entry, src) }));
}

/** Unit heads of the top-level units, in the office's order, for the circulation list. */
export function circulationList(db: Sqlite): CirculationEntry[] {
  const units = listUnits(db);
  const people = listPeople(db);
  return units
    .filter((u) => u.parentId === null)
    .map((u) => {
      const inUnit = new Set([u.id, ...units.filter((s) => s.parentId === u.id).map((s) => s.id)]);
      const head = people.find((p) => p.role === 'unit_head' && p.unitId !== null && inUnit.has(p.unitId));
      return { unit: u.name, head: head ? personFullName(head) : '' };
    });
}

export async function minutesMemoDocx(db: Sqlite, m: Meeting): Promise<Buffer> {
  const org = requireOrganization(db);
  const people = listPeople(db);
  const chief = people.find((p) => p.role === 'chief_executive');
  const recorder = m.recorder.personId !== null ? people.find((p) => p.id === m.recorder.personId) : undefined;
  const unitName = recorder?.unitId ? (listUnits(db).find((u) => u.id === recorder.unitId)?.name ?? null) : null;
  return renderDocx(
    buildMinutesMemoModel({
      meeting: m,
      org,
      garuda: getGaruda(db),
      agency: suggestAgency(org, unitName),
      chiefTitle: chief?.position || `นายก${org.name}`,
      circulation: circulationList(db),
    }),
  );
}

export async function exportMinutesToFile(db: Sqlite, id: number, file: string): Promise<string> {
  return writeDocxFile(file, await minutesDocx(db, requireMeeting(db, id)));
}

export async function exportMinutesMemoToFile(db: Sqlite, id: number, file: string): Promise<string> {
  return writeDocxFile(file, await minutesMemoDocx(db, requireMeeting(db, id)));
}

async function docxFile(bytes: Promise<Buffer>, m: Meeting, kind: 'minutes' | 'memo'): Promise<DocxFile> {
  return { fileName: minutesFileName(m, kind), base64: (await bytes).toString('base64') };
}

function saveMeeting(db: Sqlite, input: MeetingData, existing: Meeting | null): Meeting {
  return db.transaction(() => {
    requireOrganization(db);
    const now = nowIso();
    const record = { ...resolveMeeting(db, input, existing), createdAt: existing?.createdAt ?? now, updatedAt: now };
    if (existing) {
      q.updateMeeting(db, existing.id, record);
      return requireMeeting(db, existing.id);
    }
    return requireMeeting(db, q.insertMeeting(db, record));
  })();
}

export const meetingsHandlers: Pick<Handlers, keyof typeof meetingsApi> = {
  'meetings.list': ({ year }, { db }) => q.listMeetings(db, year),
  'meetings.get': ({ id }, { db }) => requireMeeting(db, id),
  'meetings.templates': () => [...MEETING_TEMPLATES],
  'meetings.template': ({ template, date }, { db }) => {
    const org = requireOrganization(db);
    const numberYear = numberYearOf(date);
    return { template, committee: templateCommittee(template, org.name), agenda: templateAgenda(template, date), number: q.maxMeetingNumber(db, numberYear) + 1, numberYear };
  },
  'meetings.create': (input, { db }) => saveMeeting(db, input, null),
  'meetings.update': ({ id, ...input }, { db }) => saveMeeting(db, input, requireMeeting(db, id)),
  'meetings.delete': ({ id }, { db }) => {
    requireMeeting(db, id);
    const linking = q.meetingsLinkingTo(db, id);
    if (linking.length) throw new AppError('in_use', { params: { meetings: linking.length } });
    q.deleteMeeting(db, id);
  },
  'meetings.check': ({ id }, { db }) => meetingWarnings(db, requireMeeting(db, id)),
  'meetings.checkDraft': ({ agenda }, { db }) => meetingWarnings(db, { agenda }),
  'meetings.exportMinutes': ({ id }, { db }) => {
    const m = requireMeeting(db, id);
    return docxFile(minutesDocx(db, m), m, 'minutes');
  },
  'meetings.exportMemo': ({ id }, { db }) => {
    const m = requireMeeting(db, id);
    return docxFile(minutesMemoDocx(db, m), m, 'memo');
  },
  'meetings.adoptMeasures': async ({ id, fiscalYear }, ctx) => {
    requireMeeting(ctx.db, id);
    const ids = listMeasures(ctx.db, fiscalYear).map((m) => m.id);
    if (ids.length === 0) throw new AppError('validation', { issues: [{ path: 'fiscalYear', key: 'validation.noMeasuresInYear', params: { year: fiscalYear } }] });
    const source = `meeting:${id}`;
    const approved = await measuresHandlers['measures.setApproval']({ ids, approved: true, source }, ctx);
    return { fiscalYear, approved: approved.length, source };
  },
};

// ---------------------------------------------------------------------------------------------
// Bundle

export function exportMeetings(db: Sqlite): Pick<Bundle, 'meetings'> {
  const ids = livePersonIds(db);
  return { meetings: q.listAllMeetings(db).map((m) => linkedOnlyTo(ids, m)) };
}

/** Inserts a validated bundle's meetings (after the people), then their links to earlier meetings. */
export function importMeetings(db: Sqlite, bundle: Pick<Bundle, 'meetings'>): void {
  const ids = livePersonIds(db);
  for (const m of bundle.meetings) q.insertMeeting(db, { ...linkedOnlyTo(ids, m), previousMeetingId: null });
  for (const m of bundle.meetings) if (m.previousMeetingId !== null) q.updateMeeting(db, m.id, { ...q.getMeeting(db, m.id)!, previousMeetingId: m.previousMeetingId });
}
