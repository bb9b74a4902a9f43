import { z } from 'zod';
import { channel, noInput } from './channel';
import { isoDate, memoSigner, type DocxFile, type MemoSigner } from './memos';
import { fiscalYear } from './results';

const id = z.number().int().positive();
const optionalText = (max: number) => z.string().trim().max(max);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A time of day `HH:MM` (24 h), as printed `๑๐.๐๐ น.`. */
export const timeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

// ---------------------------------------------------------------------------------------------
// Templates, attendance, resolutions, data blocks

export const MEETING_TEMPLATES = ['analysis', 'workingGroup', 'followUp', 'blank'] as const;
export type MeetingTemplate = (typeof MEETING_TEMPLATES)[number];

/** ผู้มาประชุม · ผู้ไม่มาประชุม (with a reason) · ผู้เข้าร่วมประชุม */
export const ATTENDANCES = ['present', 'absent', 'other'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** Quick picks of มติที่ประชุม; `custom` prints the text; `none` prints nothing. */
export const RESOLUTION_KINDS = ['acknowledged', 'approved', 'unanimous', 'custom', 'none'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/**
 * Tables resolved from live data at export time:
 * - `scores`: the year's overall score, indicator scores per instrument and the NACC's recommendations;
 * - `weakIndicators`: IIT/EIT questions below a threshold (indicators below the target when no question is) with the proposed fixes (measures of the next year);
 * - `zeroOit`: OIT items at zero with the assessor's comments, the fixes and their responsible units;
 * - `measures`: the measures table of a plan year;
 * - `oitChanges`: OIT items added, dropped or renumbered in a framework year against the one before;
 * - `calendar`: the usual ITA calendar of a fiscal year.
 */
export const DATA_BLOCK_KINDS = ['scores', 'weakIndicators', 'zeroOit', 'measures', 'oitChanges', 'calendar'] as const;
export type DataBlockKind = (typeof DATA_BLOCK_KINDS)[number];

export const resolution = z.strictObject({
  kind: z.enum(RESOLUTION_KINDS),
  /** The text of a `custom` resolution (required then), or words added after a quick pick. */
  text: optionalText(4000).default(''),
});
export type Resolution = z.output<typeof resolution>;

/**
 * One thing said or shown inside an agenda item, in order:
 * `text` a paragraph; `speech` a discussion line (speaker — text); `data` a live table;
 * `previousMinutes` the adoption of the linked previous meeting's minutes (text generated at export).
 */
export const agendaEntry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: text(20_000) }),
  z.strictObject({ kind: z.literal('speech'), speaker: text(200), text: text(20_000) }),
  z.strictObject({
    kind: z.literal('data'),
    block: z.enum(DATA_BLOCK_KINDS),
    /** Assessment year (scores, weakIndicators, zeroOit), plan year (measures), framework year (oitChanges, calendar). */
    fiscalYear,
    /** weakIndicators: questions below this score are listed (85 when absent). */
    threshold: z.number().min(0).max(100).optional(),
  }),
  z.strictObject({ kind: z.literal('previousMinutes') }),
]);
export type AgendaEntry = z.output<typeof agendaEntry>;
export type DataBlockEntry = Extract<AgendaEntry, { kind: 'data' }>;

export const agendaSubItem = z.strictObject({
  title: text(500),
  entries: z.array(agendaEntry).max(200).default([]),
  resolution: resolution.default({ kind: 'none', text: '' }),
});
export type AgendaSubItem = z.output<typeof agendaSubItem>;

/** ระเบียบวาระที่ n: its entries, its sub-items (n.1, n.2 …) and its resolution. */
export const agendaItem = agendaSubItem.extend({
  subItems: z.array(agendaSubItem).max(50).default([]),
});
export type AgendaItem = z.output<typeof agendaItem>;
export type AgendaItemInput = z.input<typeof agendaItem>;

export const attendeeInput = z.strictObject({
  /** Picked from the people list (snapshot taken from the person), or `null` for an outsider typed by hand. */
  personId: id.nullable(),
  name: optionalText(200),
  position: optionalText(300),
  attendance: z.enum(ATTENDANCES),
  /** Why an absent member did not come (ติดราชการ, ลาป่วย …). */
  reason: optionalText(300).default(''),
});
export type AttendeeInput = z.input<typeof attendeeInput>;
export type Attendee = z.output<typeof attendeeInput>;

/** The covering memo: to the chief executive, or to all units with a circulation list (แจ้งเวียน). */
export const COVER_RECIPIENTS = ['chief', 'allUnits'] as const;
export const coverMemoInput = z.strictObject({
  recipient: z.enum(COVER_RECIPIENTS).default('chief'),
  date: isoDate.nullable().default(null),
  docNumber: optionalText(100).default(''),
  /** เรียน …; empty: the chief executive's position, or หัวหน้าส่วนราชการทุกส่วน. */
  salutation: optionalText(300).default(''),
  /** Body paragraphs; empty: written from the meeting. */
  paragraphs: z.array(optionalText(20_000)).max(50).default([]),
  signer: memoSigner.default({ personId: null, name: '', position: '' }),
});
export type CoverMemoInput = z.input<typeof coverMemoInput>;
export type CoverMemo = z.output<typeof coverMemoInput>;

export const meetingInput = z.strictObject({
  template: z.enum(MEETING_TEMPLATES),
  /** คณะ… or the meeting's subject line under รายงานการประชุม. */
  committee: text(500),
  /** ครั้งที่ n of the year: `null` lets the app take the next free number of the date's year. */
  number: z.number().int().min(1).max(999).nullable().default(null),
  date: isoDate,
  startTime: timeOfDay,
  /** เลิกประชุมเวลา; must be after the start (`validation.endBeforeStart`). */
  endTime: timeOfDay.nullable().default(null),
  venue: optionalText(500),
  chair: memoSigner,
  recorder: memoSigner,
  checker: memoSigner,
  /** ผู้รับรองรายงานการประชุม (usually the chair); `null` when none signs. */
  certifier: memoSigner.nullable().default(null),
  /** A ลายมือชื่อ column in the table of those present. */
  signatureColumn: z.boolean().default(false),
  /** In the order printed within each attendance group; the same person or name twice is refused. */
  attendees: z.array(attendeeInput).max(500).default([]),
  agenda: z.array(agendaItem).max(50).default([]),
  /** The meeting whose minutes agenda item 2 adopts (by link). */
  previousMeetingId: id.nullable().default(null),
  cover: coverMemoInput.default({ recipient: 'chief', date: null, docNumber: '', salutation: '', paragraphs: [], signer: { personId: null, name: '', position: '' } }),
});
export type MeetingInput = z.input<typeof meetingInput>;
export type MeetingData = z.output<typeof meetingInput>;

export interface Meeting extends Omit<MeetingData, 'number'> {
  id: number;
  number: number;
  /** The Buddhist-era year the number counts in (the year of the date). */
  numberYear: number;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingSummary {
  id: number;
  template: MeetingTemplate;
  committee: string;
  number: number;
  numberYear: number;
  date: string;
  startTime: string;
  venue: string;
  attendeeCount: number;
  agendaCount: number;
  updatedAt: string;
}

/** A reason the export will say something the user may not expect; shown before export, never blocking. */
export interface MeetingWarning {
  key: string;
  params?: Record<string, string | number>;
  /** Where: `agenda.2.subItems.0.entries.1`. */
  path: string;
}

export interface MeetingTemplateInfo {
  template: MeetingTemplate;
  committee: string;
  agenda: AgendaItem[];
}

export interface MeasureApproval {
  fiscalYear: number;
  approved: number;
  source: string;
}

export type { DocxFile, MemoSigner };

export const meetingsApi = {
  'meetings.list': channel(z.strictObject({ year: z.number().int().min(2500).max(2700).optional() }))<MeetingSummary[]>(),
  'meetings.get': channel(z.strictObject({ id }))<Meeting>(),
  /** The starting point of a new meeting: committee and agenda of a template, for a date (its year's next number). */
  'meetings.template': channel(z.strictObject({ template: z.enum(MEETING_TEMPLATES), date: isoDate }))<MeetingTemplateInfo & { number: number; numberYear: number }>(),
  'meetings.create': channel(meetingInput)<Meeting>(),
  'meetings.update': channel(meetingInput.extend({ id }))<Meeting>(),
  /** Refused (`in_use`) while a later meeting adopts its minutes by link. */
  'meetings.delete': channel(z.strictObject({ id }))<void>(),
  /** What the export will flag: data blocks whose year has no results or measures, a missing previous meeting … */
  'meetings.check': channel(z.strictObject({ id }))<MeetingWarning[]>(),
  /** The same warnings for an agenda being edited, before it is saved. */
  'meetings.checkDraft': channel(z.strictObject({ agenda: z.array(agendaItem).max(50) }))<MeetingWarning[]>(),
  /** The minutes as .docx; an empty agenda is refused (`validation`, `meetings.emptyAgenda`). */
  'meetings.exportMinutes': channel(z.strictObject({ id }))<DocxFile>(),
  /** The covering memo (บันทึกข้อความ) as .docx, with the circulation list when sent to all units. */
  'meetings.exportMemo': channel(z.strictObject({ id }))<DocxFile>(),
  /** Marks every measure of the plan year approved, with this meeting as their source (`meeting:ID`). */
  'meetings.adoptMeasures': channel(z.strictObject({ id, fiscalYear }))<MeasureApproval>(),
  'meetings.templates': channel(noInput)<MeetingTemplate[]>(),
};
