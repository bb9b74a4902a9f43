/**
 * Minutes of a meeting (รายงานการประชุม) and their covering memo as document models: title,
 * committee, ครั้งที่ n/yyyy, date and time, venue; tables of those present (optionally a
 * signature column), absent (with reasons) and others attending; เริ่มประชุมเวลา; each agenda item
 * with its entries (paragraphs, discussion lines, data tables resolved from live data) and มติที่ประชุม;
 * เลิกประชุมเวลา; the signature blocks of the recorder, the checker and the certifier. Pure.
 */
import type { AgendaEntry, AgendaSubItem, Attendee, DataBlockEntry, Meeting, Resolution } from '../api/meetings';
import type { MemoInput, MemoSigner } from '../api/memos';
import type { Organization } from '../api/office';
import { formatNumber, formatThaiDate, formatThaiTime, formatThaiWeekdayDate } from '../domain/thaiFormat';
import type { ResolvedBlock } from '../meetings/blocks';
import { RESOLUTION_TEXT } from '../meetings/templates';
import { INDENT } from './layout';
import { buildMemoModel } from './memo';
import { cell, headerRow, paragraph, type Block, type DocumentModel, type GarudaImage } from './model';

type Digits = { thaiDigits: boolean };

export const MINUTES_LABELS = {
  title: 'รายงานการประชุม',
  present: 'ผู้มาประชุม',
  absent: 'ผู้ไม่มาประชุม',
  other: 'ผู้เข้าร่วมประชุม',
  opened: 'เริ่มประชุมเวลา',
  closed: 'เลิกประชุมเวลา',
  agenda: 'ระเบียบวาระที่',
  resolution: 'มติที่ประชุม',
  nothing: '- ไม่มี -',
  recorder: 'ผู้จดรายงานการประชุม',
  checker: 'ผู้ตรวจรายงานการประชุม',
  certifier: 'ผู้รับรองรายงานการประชุม',
} as const;

/** The linked previous meeting, as agenda item 2 cites it. */
export interface PreviousMeetingRef {
  number: number;
  numberYear: number;
  date: string;
  committee: string;
}

export interface MinutesData {
  meeting: Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>;
  org: Organization;
  previous: PreviousMeetingRef | null;
  /** Resolves a data block from live data (the service reads the database; tests pass fixtures). */
  resolve: (entry: DataBlockEntry) => ResolvedBlock;
}

/** `ครั้งที่ ๑/๒๕๖๖` */
export const meetingNumberText = (m: { number: number; numberYear: number }, d: Digits): string => `ครั้งที่ ${formatNumber(m.number, d)}/${formatNumber(m.numberYear, d)}`;

const centre = (text: string, bold = false, size?: number): Block => paragraph([{ text, bold }], { align: 'center', size, keepNext: true });
const body = (text: string): Block => paragraph([text], { align: 'thaiDistribute', firstLineIndentCm: INDENT.firstLineCm });

/** Text of agenda item 2's link: the previous meeting's number and date. */
export function previousMinutesText(previous: PreviousMeetingRef | null, d: Digits): string {
  if (!previous) return MINUTES_LABELS.nothing;
  return `ตามที่ได้มีการประชุม${previous.committee} ${meetingNumberText(previous, d)} เมื่อวันที่ ${formatThaiDate(previous.date, d)} นั้น ฝ่ายเลขานุการได้จัดทำรายงานการประชุมและแจ้งให้ที่ประชุมพิจารณารับรองรายงานการประชุมดังกล่าว`;
}

/** What follows มติที่ประชุม: `- รับทราบ -`, or the free text. */
export function resolutionText(r: Resolution): string | null {
  if (r.kind === 'none') return r.text || null;
  if (r.kind === 'custom') return r.text;
  return `- ${RESOLUTION_TEXT[r.kind]}${r.text ? ` ${r.text}` : ''} -`;
}

function attendeeTable(list: Attendee[], kind: 'present' | 'absent' | 'other', signatureColumn: boolean, d: Digits): Block {
  const withSign = kind !== 'absent' && signatureColumn;
  const last = kind === 'absent' ? ['หมายเหตุ'] : withSign ? ['ลายมือชื่อ'] : [];
  const weights = [0.5, 2.7, 3, ...(last.length ? [1.6] : [])];
  return {
    kind: 'table',
    columns: weights.map((weight) => ({ weight })),
    headerRows: [headerRow(['ที่', 'ชื่อ-สกุล', 'ตำแหน่ง', ...last])],
    rows: list.map((a, i) => [
      cell([formatNumber(i + 1, d)], { align: 'center' }),
      cell([a.name]),
      cell(a.position ? a.position.split('\n') : ['']),
      ...(kind === 'absent' ? [cell([a.reason])] : withSign ? [cell([''])] : []),
    ]),
  };
}

function entryBlocks(entry: AgendaEntry, data: MinutesData, d: Digits): Block[] {
  switch (entry.kind) {
    case 'text':
      return entry.text.split('\n').filter((l) => l.trim()).map(body);
    case 'speech':
      return entry.text
        .split('\n')
        .filter((l) => l.trim())
        .map((line, i) => paragraph(i === 0 ? [{ text: entry.speaker, bold: true }, ` - ${line}`] : [line], { align: 'thaiDistribute', firstLineIndentCm: INDENT.firstLineCm }));
    case 'data':
      return data.resolve(entry).blocks;
    case 'previousMinutes':
      return [body(previousMinutesText(data.previous, d))];
  }
}

const nothing = (): Block => paragraph([MINUTES_LABELS.nothing], { align: 'center' });

function resolutionBlock(r: Resolution): Block | null {
  const text = resolutionText(r);
  return text ? paragraph([{ text: MINUTES_LABELS.resolution, bold: true }, `\t${text}`], { tabs: [{ positionCm: 3.5, kind: 'left' }], spaceBeforePt: 6 }) : null;
}

function partBlocks(part: AgendaSubItem, data: MinutesData, d: Digits): Block[] {
  const blocks = part.entries.flatMap((e) => entryBlocks(e, data, d));
  const resolved = resolutionBlock(part.resolution);
  return resolved ? [...blocks, resolved] : blocks;
}

const signatureOf = (s: MemoSigner, role: string): Block => ({
  kind: 'signature',
  signLabel: '(ลงชื่อ)',
  role,
  name: s.name,
  position: s.position ? s.position.split('\n').map((l) => l.trim()).filter(Boolean) : [],
});

export function buildMinutesModel(data: MinutesData): DocumentModel {
  const { meeting: m, org } = data;
  const d = { thaiDigits: org.thaiDigits };
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: MINUTES_LABELS.title },
    centre(m.committee, true),
    centre(meetingNumberText(m, d), true),
    centre(`เมื่อ${formatThaiWeekdayDate(m.date, d)} เวลา ${formatThaiTime(m.startTime, d)}`),
    ...(m.venue ? [centre(`ณ ${m.venue}`)] : []),
    paragraph(['']),
  ];
  for (const kind of ['present', 'absent', 'other'] as const) {
    const list = m.attendees.filter((a) => a.attendance === kind);
    if (list.length === 0) continue;
    blocks.push(paragraph([{ text: MINUTES_LABELS[kind], bold: true }], { keepNext: true, spaceBeforePt: 6 }));
    blocks.push(attendeeTable(list, kind, m.signatureColumn, d));
  }
  blocks.push(paragraph([{ text: `${MINUTES_LABELS.opened} ${formatThaiTime(m.startTime, d)}`, bold: true }], { spaceBeforePt: 6 }));
  if (m.chair.name)
    blocks.push(body(`เมื่อถึงกำหนดเวลา ${m.chair.name}${m.chair.position ? ` ${m.chair.position.split('\n')[0]}` : ''} ทำหน้าที่เป็นประธานการประชุม กล่าวเปิดการประชุมและดำเนินการประชุมไปตามระเบียบวาระ ดังนี้`));
  m.agenda.forEach((item, i) => {
    const no = formatNumber(i + 1, d);
    blocks.push(paragraph([{ text: `${MINUTES_LABELS.agenda} ${no}\t${item.title}`, bold: true }], { tabs: [{ positionCm: 3.5, kind: 'left' }], keepNext: true, spaceBeforePt: 12 }));
    blocks.push(...item.entries.flatMap((e) => entryBlocks(e, data, d)));
    if (item.entries.length === 0 && item.subItems.length === 0) blocks.push(nothing());
    item.subItems.forEach((sub, j) => {
      blocks.push(paragraph([{ text: `${no}.${formatNumber(j + 1, d)} ${sub.title}`, bold: true }], { firstLineIndentCm: INDENT.firstLineCm - 1, keepNext: true, spaceBeforePt: 6 }));
      if (sub.entries.length === 0) blocks.push(nothing());
      blocks.push(...partBlocks(sub, data, d));
    });
    // The item's own resolution comes after its sub-items.
    const resolved = resolutionBlock(item.resolution);
    if (resolved) blocks.push(resolved);
  });
  if (m.endTime) blocks.push(paragraph([{ text: `${MINUTES_LABELS.closed} ${formatThaiTime(m.endTime, d)}`, bold: true }], { spaceBeforePt: 12, keepNext: true }));
  blocks.push(signatureOf(m.recorder, MINUTES_LABELS.recorder));
  blocks.push(signatureOf(m.checker, MINUTES_LABELS.checker));
  if (m.certifier) blocks.push(signatureOf(m.certifier, MINUTES_LABELS.certifier));
  return {
    title: `${MINUTES_LABELS.title} ${m.committee} ${meetingNumberText(m, d)}`,
    font: org.documentFont,
    thaiDigits: org.thaiDigits,
    pageNumbers: true,
    sections: [{ orientation: 'portrait', blocks }],
  };
}

/** A unit head on the circulation list (แจ้งเวียน). */
export interface CirculationEntry {
  unit: string;
  head: string;
}

export interface MinutesMemoData {
  meeting: Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>;
  org: Organization;
  garuda: GarudaImage | null;
  /** ส่วนราชการ line of the memo. */
  agency: string;
  /** เรียน … when the cover leaves it empty: the chief executive's position. */
  chiefTitle: string;
  circulation: CirculationEntry[];
}

/** The covering memo as a memo input: subject, เรียน, body from the meeting, closing, signer. */
export function minutesMemoInput({ meeting: m, org, agency, chiefTitle }: Omit<MinutesMemoData, 'garuda' | 'circulation'>): MemoInput {
  const d = { thaiDigits: org.thaiDigits };
  const toAll = m.cover.recipient === 'allUnits';
  const paragraphs = m.cover.paragraphs.filter((p) => p.trim());
  const where = m.venue ? ` ณ ${m.venue}` : '';
  return {
    date: m.cover.date ?? m.date,
    docNumber: m.cover.docNumber,
    unitId: null,
    agency,
    subject: `ส่งรายงานการประชุม${m.committee} ${meetingNumberText(m, d)}`,
    salutation: m.cover.salutation || (toAll ? 'หัวหน้าส่วนราชการทุกส่วน' : chiefTitle),
    numbered: false,
    sections: [
      {
        heading: '',
        paragraphs: paragraphs.length
          ? paragraphs
          : [
              `ตามที่${org.name}ได้จัดประชุม${m.committee} ${meetingNumberText(m, d)} เมื่อ${formatThaiWeekdayDate(m.date, d)} เวลา ${formatThaiTime(m.startTime, d)}${where} นั้น`,
              toAll
                ? 'บัดนี้ ได้จัดทำรายงานการประชุมดังกล่าวเรียบร้อยแล้ว จึงขอแจ้งเวียนรายงานการประชุมให้ทุกส่วนราชการทราบและถือปฏิบัติตามมติที่ประชุม รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้'
                : 'บัดนี้ ได้จัดทำรายงานการประชุมดังกล่าวเรียบร้อยแล้ว รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้',
            ],
      },
    ],
    closing: toAll ? 'จึงเรียนมาเพื่อโปรดทราบและถือปฏิบัติ' : 'จึงเรียนมาเพื่อโปรดทราบ',
    signer: m.cover.signer.name ? m.cover.signer : m.recorder,
    commentBoxes: [],
  };
}

/** The covering memo (the memo builder), followed by the circulation list when sent to all units. */
export function buildMinutesMemoModel(data: MinutesMemoData): DocumentModel {
  const d = { thaiDigits: data.org.thaiDigits };
  const memo = buildMemoModel(minutesMemoInput(data), data.org, data.garuda);
  if (data.meeting.cover.recipient !== 'allUnits') return memo;
  const circulation: Block[] = [
    paragraph([{ text: 'แจ้งเวียน', bold: true }], { spaceBeforePt: 12, keepNext: true }),
    {
      kind: 'table',
      columns: [{ weight: 0.5 }, { weight: 2.4 }, { weight: 2.8 }, { weight: 1.6 }, { weight: 1.2 }],
      headerRows: [headerRow(['ที่', 'ส่วนราชการ', 'ชื่อ-สกุล', 'ลงชื่อ', 'วันที่'])],
      rows: data.circulation.map((c, i) => [cell([formatNumber(i + 1, d)], { align: 'center' }), cell([c.unit]), cell([c.head]), cell(['']), cell([''])]),
    },
  ];
  const [first, ...rest] = memo.sections;
  return { ...memo, sections: [{ ...first!, blocks: [...first!.blocks, ...circulation] }, ...rest] };
}

export function minutesFileName(m: { number: number; numberYear: number; date: string }, kind: 'minutes' | 'memo'): string {
  return `${kind === 'minutes' ? 'รายงานการประชุม' : 'บันทึกส่งรายงานการประชุม'} ครั้งที่ ${m.number}-${m.numberYear} ${m.date}.docx`;
}
