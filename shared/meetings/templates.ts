/**
 * Meeting templates and the pure rules of a meeting: the standard agenda, numbering per year,
 * ordering attendees by rank, the checks that need no database (end after start, the same
 * attendee twice, an empty agenda). Used by the services, the UI and the tests.
 */
import type { AgendaEntry, AgendaItem, Attendee, MeetingData, MeetingTemplate, Resolution } from '../api/meetings';
import type { FieldIssue } from '../api/errors';
import { PERSON_ROLES, type PersonRole } from '../domain/office';
import { fiscalYearOf } from '../domain/fiscalYear';
import { toBuddhistYear } from '../domain/thaiFormat';

/** The five standard items of an agenda (ระเบียบวาระที่ ๑ … ๕). */
export const STANDARD_AGENDA = [
  'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ',
  'รับรองรายงานการประชุมครั้งที่แล้ว',
  'เรื่องเสนอเพื่อทราบ',
  'เรื่องเสนอเพื่อพิจารณา',
  'เรื่องอื่น ๆ',
] as const;

/** The words of the quick picks, as printed after มติที่ประชุม. */
export const RESOLUTION_TEXT: Record<Exclude<Resolution['kind'], 'custom' | 'none'>, string> = {
  acknowledged: 'รับทราบ',
  approved: 'เห็นชอบ',
  unanimous: 'เห็นชอบอย่างเป็นเอกฉันท์',
};

/** The Buddhist-era year a meeting number counts in: the calendar year of its date (ครั้งที่ ๑/๒๕๖๖). */
export const numberYearOf = (date: string): number => toBuddhistYear(Number(date.slice(0, 4)));

/** The assessment year a meeting on this date analyses: the fiscal year before the current one. */
export const assessmentYearOf = (date: string): number => fiscalYearOf(date) - 1;

const item = (title: string, entries: AgendaEntry[] = [], resolution: Resolution = { kind: 'none', text: '' }, subItems: AgendaItem['subItems'] = []): AgendaItem => ({
  title,
  entries,
  resolution,
  subItems,
});
const acknowledged: Resolution = { kind: 'acknowledged', text: '' };
const unanimous: Resolution = { kind: 'unanimous', text: '' };
const data = (block: Extract<AgendaEntry, { kind: 'data' }>['block'], fiscalYear: number, threshold?: number): AgendaEntry =>
  threshold === undefined ? { kind: 'data', block, fiscalYear } : { kind: 'data', block, fiscalYear, threshold };

const COMMITTEE: Record<MeetingTemplate, (orgName: string) => string> = {
  analysis: (org) => `การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ของ${org}`,
  workingGroup: (org) => `คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ของ${org}`,
  followUp: (org) => `การติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ของ${org}`,
  blank: (org) => `การประชุม${org}`,
};

/**
 * The agenda of a template for a meeting on `date`: the standard five items, with the data blocks
 * the template usually tables (the analysis meeting: scores, weak indicators, zero-score OIT items,
 * the measures of the next year, the OIT changes and the calendar of the new year).
 */
export function templateAgenda(template: MeetingTemplate, date: string): AgendaItem[] {
  const year = assessmentYearOf(date);
  const plan = year + 1;
  const [chair, previous, information, consideration, other] = STANDARD_AGENDA;
  const adopt = item(previous, [{ kind: 'previousMinutes' }], { kind: 'approved', text: '' });
  switch (template) {
    case 'analysis':
      return [
        item(chair, [data('scores', year)], acknowledged),
        adopt,
        item(information, [], { kind: 'none', text: '' }, [
          { title: 'ตัวชี้วัด OIT ที่มีการเพิ่มเติมและเปลี่ยนแปลง', entries: [data('oitChanges', plan)], resolution: acknowledged },
          { title: 'ปฏิทินการประเมิน ITA', entries: [data('calendar', plan)], resolution: acknowledged },
        ]),
        item(consideration, [], { kind: 'none', text: '' }, [
          { title: 'ตัวชี้วัดที่ควรพัฒนา', entries: [data('weakIndicators', year, 90)], resolution: unanimous },
          { title: 'ตัวชี้วัดที่ควรปรับปรุง', entries: [data('zeroOit', year)], resolution: unanimous },
          { title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', entries: [data('measures', plan)], resolution: unanimous },
        ]),
        item(other),
      ];
    case 'workingGroup':
      return [
        item(chair, [], acknowledged),
        adopt,
        item(information, [data('calendar', plan), data('oitChanges', plan)], acknowledged),
        item(consideration, [data('zeroOit', year)], { kind: 'approved', text: '' }),
        item(other),
      ];
    case 'followUp':
      return [item(chair, [], acknowledged), adopt, item(information, [data('measures', fiscalYearOf(date))], acknowledged), item(consideration), item(other)];
    case 'blank':
      return STANDARD_AGENDA.map((title) => item(title));
  }
}

export const templateCommittee = (template: MeetingTemplate, orgName: string): string => COMMITTEE[template](orgName);

const RANK: Record<PersonRole, number> = Object.fromEntries(PERSON_ROLES.map((r, i) => [r, i])) as Record<PersonRole, number>;

/**
 * Attendees by rank within each attendance group (present, absent, others): chief executive,
 * deputies, permanent secretary … staff; outsiders last; ties keep their order.
 */
export function sortByRank<A extends Pick<Attendee, 'personId' | 'attendance'>>(attendees: A[], roleOf: (personId: number) => PersonRole | undefined): A[] {
  const group = { present: 0, absent: 1, other: 2 } as const;
  const rank = (a: A) => (a.personId === null ? 99 : (RANK[roleOf(a.personId) ?? 'staff'] ?? 98));
  return attendees
    .map((a, i) => ({ a, i }))
    .sort((x, y) => group[x.a.attendance] - group[y.a.attendance] || rank(x.a) - rank(y.a) || x.i - y.i)
    .map(({ a }) => a);
}

/** Moves one element up or down; out of range leaves the list as it was. */
export function moveItem<T>(list: T[], index: number, direction: 'up' | 'down'): T[] {
  const to = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Checks of a meeting that need no database: end after start, attendees once each, a custom resolution has its text. */
export function meetingIssues(m: Pick<MeetingData, 'startTime' | 'endTime' | 'attendees' | 'agenda'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (m.endTime !== null && minutesOf(m.endTime) <= minutesOf(m.startTime)) issues.push({ path: 'endTime', key: 'validation.endBeforeStart' });
  const people = new Map<number, number>();
  const names = new Map<string, number>();
  m.attendees.forEach((a, i) => {
    if (a.personId !== null) {
      if (people.has(a.personId)) issues.push({ path: `attendees.${i}.personId`, key: 'validation.attendeeTwice', params: { value: a.name || String(a.personId), row: people.get(a.personId)! + 1 } });
      else people.set(a.personId, i);
    } else if (!a.name) issues.push({ path: `attendees.${i}.name`, key: 'validation.required' });
    const name = a.name.replace(/\s+/g, ' ').trim();
    if (name) {
      if (names.has(name) && a.personId === null) issues.push({ path: `attendees.${i}.name`, key: 'validation.attendeeTwice', params: { value: name, row: names.get(name)! + 1 } });
      else if (!names.has(name)) names.set(name, i);
    }
    if (a.attendance !== 'absent' && a.reason) issues.push({ path: `attendees.${i}.reason`, key: 'validation.reasonOnlyAbsent' });
  });
  const resolutionIssue = (r: Resolution, at: string) => {
    if (r.kind === 'custom' && !r.text) issues.push({ path: `${at}.resolution.text`, key: 'validation.required' });
  };
  m.agenda.forEach((it, i) => {
    resolutionIssue(it.resolution, `agenda.${i}`);
    it.subItems.forEach((s, j) => resolutionIssue(s.resolution, `agenda.${i}.subItems.${j}`));
  });
  return issues;
}

/** An agenda with nothing to print: no item at all. Export refuses it (`meetings.emptyAgenda`). */
export const agendaIsEmpty = (agenda: AgendaItem[]): boolean => agenda.length === 0;

/** Every data block of an agenda with its path, in print order. */
export function dataBlocksOf(agenda: AgendaItem[]): { path: string; entry: Extract<AgendaEntry, { kind: 'data' }> }[] {
  const out: { path: string; entry: Extract<AgendaEntry, { kind: 'data' }> }[] = [];
  agenda.forEach((it, i) => {
    it.entries.forEach((e, k) => e.kind === 'data' && out.push({ path: `agenda.${i}.entries.${k}`, entry: e }));
    it.subItems.forEach((s, j) => s.entries.forEach((e, k) => e.kind === 'data' && out.push({ path: `agenda.${i}.subItems.${j}.entries.${k}`, entry: e })));
  });
  return out;
}

/** The input of a stored meeting, to edit and save it again. */
export function toMeetingInput(m: MeetingData & { id?: number; numberYear?: number; createdAt?: string; updatedAt?: string }): MeetingData {
  const { id: _id, numberYear: _y, createdAt: _c, updatedAt: _u, ...input } = m;
  return input;
}
