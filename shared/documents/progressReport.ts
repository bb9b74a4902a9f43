/**
 * The progress report of a reporting period (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและ
 * ความโปร่งใส): the covering memo to the chief executive with a comment box per level (the memo
 * builder), the report's title and intro, then one landscape table per instrument with the result
 * and suggestion of each responsible unit. A period without progress says so; it never fails.
 */
import type { ProgressReportOptions } from '../api/measures';
import type { Organization, Person } from '../api/office';
import { formatNumber, formatThaiMonth, withDigits } from '../domain/thaiFormat';
import type { InstrumentCode } from '../ita/types';
import { periodRange } from '../measures/progress';
import type { ProgressStatus, ReportingPeriod } from '../measures/types';
import { FONT_SIZE, INDENT } from './layout';
import { buildMemoModel, commentHeadingFor, DEFAULT_CLOSING, signerOf, suggestAgency } from './memo';
import { INSTRUMENT_TITLES, methodLines, periodText, unitLines, type PlanMeasure } from './measuresPlan';
import { cell, headerRow, paragraph, type Block, type DocumentModel, type GarudaImage, type TableCell } from './model';

export interface ReportEntry {
  unitName: string;
  result: string;
  suggestion: string;
  status: ProgressStatus;
  droppedReason: string;
  /** Evidence as printed: file names and URLs. */
  evidence: string[];
}

export interface ReportMeasure extends PlanMeasure {
  /** The entries of the period, in the order of the measure's units. */
  entries: ReportEntry[];
}

export interface ReportData {
  org: Organization;
  options: ProgressReportOptions;
  measures: ReportMeasure[];
  garuda: GarudaImage | null;
}

export const PROGRESS_COLUMNS = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินการ', 'ข้อเสนอแนะ'] as const;

export const NO_PROGRESS_TEXT = 'ยังไม่มีรายงานผลการดำเนินการ';

const STATUS_TEXT: Record<ProgressStatus, string> = {
  notStarted: 'ยังไม่ได้ดำเนินการ',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้วเสร็จ',
  dropped: 'ยกเลิก',
};

type Digits = { thaiDigits: boolean };

/** `รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)`, `ไตรมาสที่ ๑ (…)`, `เดือนมกราคม ๒๕๖๖`. */
export function periodLabel(fiscalYear: number, period: ReportingPeriod, digits: Digits): string {
  const { start, end } = periodRange(fiscalYear, period);
  const from = formatThaiMonth(start.slice(0, 7), { ...digits, long: true });
  const to = formatThaiMonth(end.slice(0, 7), { ...digits, long: true });
  if (period.startsWith('m') && period !== '6m') return `เดือน${from}`;
  const range = `(${from} – ${to})`;
  if (period.startsWith('q')) return `ไตรมาสที่ ${formatNumber(Number(period.slice(1)), digits)} ${range}`;
  return `รอบ ${formatNumber(period === '6m' ? 6 : 12, digits)} เดือน ${range}`;
}

/** Default memo and report texts for a period, from the organisation and its people. */
export function defaultProgressReportOptions(
  fiscalYear: number,
  period: ReportingPeriod,
  org: Organization,
  people: Person[],
  units: { id: number; name: string; parentId?: number | null }[],
  today: string,
): ProgressReportOptions {
  const d = { thaiDigits: org.thaiDigits };
  const n = (v: number) => formatNumber(v, d);
  const first = (role: Person['role']) => people.find((p) => p.role === role);
  const signer = (p: Person | undefined) => (p ? signerOf(p) : { personId: null, name: '', position: '' });
  const admin = first('ita_admin');
  // The admin's unit, or the unit (กอง/สำนัก) its section belongs to: the memo's ส่วนราชการ and first reviewer.
  const own = units.find((u) => u.id === admin?.unitId);
  const unit = (own?.parentId ? units.find((u) => u.id === own.parentId) : own) ?? units[0];
  const chief = first('chief_executive');
  const chain = (['unit_head', 'deputy_permanent_secretary', 'permanent_secretary', 'chief_executive'] as const)
    .map((role) => (role === 'unit_head' ? people.find((p) => p.role === role && (p.unitId === own?.id || p.unitId === unit?.id)) : first(role)))
    .filter((p): p is Person => p !== undefined);
  const label = periodLabel(fiscalYear, period, d);
  // A report is dated soon after its period; one made much later (reprinted) is dated at the period's end.
  const range = periodRange(fiscalYear, period);
  const date = today >= range.start && today <= `${fiscalYear - 543}-12-31` ? today : range.end;
  const subject = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ${label} ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)}`;
  return {
    fiscalYear,
    period,
    memo: {
      date,
      docNumber: '',
      unitId: unit?.id ?? null,
      agency: suggestAgency(org, unit?.name ?? null),
      subject,
      salutation: chief?.position || `นายก${org.name}`,
      numbered: true,
      sections: [
        {
          heading: 'เรื่องเดิม',
          paragraphs: [
            `ด้วยสำนักงาน ป.ป.ช. ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear - 1)} และ${org.name}ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)} เพื่อแก้ไขและพัฒนาประเด็นจากผลการประเมิน นั้น`,
          ],
        },
        { heading: 'ข้อเท็จจริง', paragraphs: [`ได้ติดตามผลการดำเนินการตามมาตรการจากหน่วยงานที่รับผิดชอบ ${label} แล้ว รายละเอียดปรากฏตามรายงานที่แนบมาพร้อมนี้`] },
        { heading: 'ข้อกฎหมาย/ระเบียบที่เกี่ยวข้อง', paragraphs: [`มติคณะรัฐมนตรีเมื่อวันที่ ${n(23)} มกราคม ${n(2561)} ให้หน่วยงานภาครัฐทุกหน่วยงานเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ`] },
        {
          heading: 'ข้อเสนอแนะ',
          paragraphs: [`เพื่อให้การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ${org.name}เป็นไปด้วยความเรียบร้อยและบรรลุวัตถุประสงค์ จึงขอรายงานผลการดำเนินการ ${label} และเห็นควรเผยแพร่บนเว็บไซต์ของหน่วยงาน`],
        },
      ],
      closing: `${DEFAULT_CLOSING}สั่งการต่อไป`,
      signer: signer(admin),
      commentBoxes: chain.filter((p) => p.id !== admin?.id).map((p) => ({ heading: commentHeadingFor(p.position), signer: signer(p) })),
    },
    title: ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', `ของ${org.name}`, `ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)} ${label}`],
    intro: [
      `ตามที่${org.name}ได้วิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${n(fiscalYear - 1)} และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)} ได้ขับเคลื่อนมาตรการดังกล่าวและขอรายงานผลการดำเนินการ ${label} ดังต่อไปนี้`,
    ],
    instrumentHeadings: {
      IIT: `รายงานผลการดำเนินการตามมาตรการ/แนวทางการพัฒนา แก้ไขข้อบกพร่อง/จุดอ่อนจากผลการประเมินการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)}`,
      EIT: `รายงานผลการดำเนินการตามมาตรการ/แนวทางการพัฒนา แก้ไขข้อบกพร่อง/จุดอ่อนจากผลการประเมินการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)}`,
      OIT: `รายงานผลการดำเนินการตามมาตรการ/แนวทางการพัฒนา แก้ไขข้อบกพร่อง/จุดอ่อนจากผลการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)}`,
    },
  };
}


/** The result and suggestion cells: each unit's text (named when several units report), status, evidence. */
function resultCells(m: ReportMeasure): [TableCell, TableCell] {
  if (m.entries.length === 0) return [cell([NO_PROGRESS_TEXT]), cell([])];
  const named = m.unitNames.length > 1;
  const result: string[] = [];
  const suggestion: string[] = [];
  for (const e of m.entries) {
    const prefix = named ? `${e.unitName}: ` : '';
    const lines = e.result.split('\n').map((l) => l.trim()).filter(Boolean);
    const status = e.status === 'dropped' ? `${STATUS_TEXT.dropped} (${e.droppedReason})` : e.status === 'done' && lines.length ? '' : STATUS_TEXT[e.status];
    const texts = [...lines, ...(status ? [`[${status}]`] : [])];
    texts.forEach((t, i) => result.push(i === 0 ? `${prefix}${t}` : t));
    if (e.evidence.length) result.push(`หลักฐาน: ${e.evidence.join(', ')}`);
    const s = e.suggestion.split('\n').map((l) => l.trim()).filter(Boolean);
    s.forEach((t, i) => suggestion.push(i === 0 ? `${prefix}${t}` : t));
  }
  return [cell(result), cell(suggestion)];
}

export function buildProgressReportModel({ org, options, measures, garuda }: ReportData): DocumentModel {
  const d = { thaiDigits: org.thaiDigits };
  const memo = buildMemoModel(options.memo, org, garuda);
  const anyProgress = measures.some((m) => m.entries.length > 0);
  const head: Block[] = [
    { kind: 'pageBreak' },
    ...options.title.map((t, i): Block => paragraph([t], { align: 'center', bold: true, size: FONT_SIZE.documentTitle, keepNext: true, spaceAfterPt: i === options.title.length - 1 ? 12 : 0 })),
    ...options.intro.map((t) => paragraph([withDigits(t, d)], { align: 'thaiDistribute', firstLineIndentCm: INDENT.firstLineCm })),
  ];
  if (!anyProgress)
    head.push(
      paragraph([`${NO_PROGRESS_TEXT} ${periodLabel(options.fiscalYear, options.period, d)}: หน่วยงานที่รับผิดชอบยังไม่ได้บันทึกผลการดำเนินการของรอบนี้`], {
        align: 'thaiDistribute',
        firstLineIndentCm: INDENT.firstLineCm,
        bold: true,
        spaceBeforePt: 6,
      }),
    );
  if (measures.length === 0) head.push(paragraph([`ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. ${formatNumber(options.fiscalYear, d)}`], { align: 'center' }));

  const tables: Block[] = [];
  for (const code of ['IIT', 'EIT', 'OIT'] as InstrumentCode[]) {
    const own = measures.filter((m) => m.instrument === code);
    if (!own.length) continue;
    tables.push(paragraph([options.instrumentHeadings[code] || INSTRUMENT_TITLES[code]], { bold: true, keepNext: true, spaceBeforePt: tables.length ? 12 : 0, spaceAfterPt: 6 }));
    tables.push({
      kind: 'table',
      columns: [{ weight: 3 }, { weight: 4.2 }, { weight: 2.2 }, { weight: 2.3 }, { weight: 4.5 }, { weight: 2.6 }],
      headerRows: [headerRow(PROGRESS_COLUMNS)],
      rows: own.map((m, i) => [
        cell([`${formatNumber(i + 1, d)}. ${m.title}`]),
        cell(methodLines(m.methods, d)),
        cell(unitLines(m.unitNames)),
        cell([periodText(options.fiscalYear, m.period, d)], { align: 'center' }),
        ...resultCells(m),
      ]),
    });
  }

  return {
    title: options.memo.subject,
    font: org.documentFont,
    thaiDigits: org.thaiDigits,
    pageNumbers: true,
    garuda,
    sections: [
      { orientation: 'portrait', blocks: [...memo.sections.flatMap((s) => s.blocks), ...head] },
      ...(tables.length ? [{ orientation: 'landscape' as const, blocks: tables }] : []),
    ],
  };
}

export function progressReportFileName(fiscalYear: number, period: ReportingPeriod): string {
  return `รายงานผลการดำเนินการตามมาตรการ ${fiscalYear} ${period}.docx`;
}
