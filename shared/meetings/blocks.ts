/**
 * The data blocks of minutes, built from live data at export time: pure functions from an analysis,
 * the measures of a plan year and frameworks to document blocks (a lead paragraph and a table), or
 * a clear sentence when the year has no data yet. Layout follows the reference minutes.
 */
import type { DataBlockEntry } from '../api/meetings';
import type { Organization } from '../api/office';
import { formatNumber, formatThaiMonth, withDigits } from '../domain/thaiFormat';
import { INSTRUMENT_TITLES, MEASURE_COLUMNS, measureRows, type PlanMeasure } from '../documents/measuresPlan';
import { INDENT } from '../documents/layout';
import { cell, headerRow, paragraph, type Block, type TableCell } from '../documents/model';
import type { Analysis, FrameworkDefinition, WeakItem } from '../ita/types';

type Digits = { thaiDigits: boolean };

/** A measure as the blocks need it: what the plan prints, and what it answers. */
export type BlockMeasure = PlanMeasure;

/** Where the blocks read their data; each lookup answers `null` / `[]` when the year has none. */
export interface BlockSource {
  org: Organization;
  /** The analysis of a year; `eiThreshold`: IIT/EIT questions below it are weak (85 by default). */
  analysis: (fiscalYear: number, options?: { eiThreshold?: number }) => Analysis | null;
  measures: (fiscalYear: number) => BlockMeasure[];
  /** The framework of a year (exactly that year), and the latest one before it. */
  framework: (fiscalYear: number) => FrameworkDefinition | null;
  previousFramework: (fiscalYear: number) => FrameworkDefinition | null;
}

export interface ResolvedBlock {
  blocks: Block[];
  /** Set when the year has no data: the blocks then hold the sentence that says so. */
  missing?: { key: string; params: Record<string, string | number> };
}

const lead = (text: string): Block => paragraph([text], { align: 'thaiDistribute', firstLineIndentCm: INDENT.firstLineCm });
const notice = (text: string): Block => paragraph([{ text, bold: true }], { firstLineIndentCm: INDENT.firstLineCm });
const score = (value: number, d: Digits) => formatNumber(value, { ...d, decimals: 2 });
const year = (value: number, d: Digits) => formatNumber(value, d);
const code = (c: string, d: Digits) => withDigits(c, d);

/** Sentences of the missing cases, Thai as the document is. */
export const MISSING_TEXT = {
  noResults: (y: string) => `(ยังไม่มีผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${y} ในระบบ)`,
  noMeasures: (y: string) => `(ยังไม่มีมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${y} ในระบบ)`,
  noFramework: (y: string) => `(ยังไม่มีกรอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${y} ในระบบ)`,
};

function missing(key: 'noResults' | 'noMeasures' | 'noFramework', fiscalYear: number, d: Digits): ResolvedBlock {
  return { blocks: [notice(MISSING_TEXT[key](year(fiscalYear, d)))], missing: { key: `meetings.warning.${key}`, params: { year: fiscalYear } } };
}

/** Measures of a plan year that answer an item: those serving its code, else those of its indicator. */
function fixesFor(item: Pick<WeakItem, 'code' | 'indicatorNo' | 'instrument'>, measures: BlockMeasure[]): BlockMeasure[] {
  const serving = measures.filter((m) => m.oitItems.includes(item.code));
  return serving.length ? serving : measures.filter((m) => m.instrument === item.instrument && m.indicatorNo === item.indicatorNo);
}

const fixLines = (fixes: BlockMeasure[]) => (fixes.length ? [...new Set(fixes.map((m) => m.title))] : ['-']);
const unitsOf = (fixes: BlockMeasure[]) => {
  const names = [...new Set(fixes.flatMap((m) => m.unitNames))].filter(Boolean);
  return names.length ? names : ['-'];
};

/** The year's scores: overall and grade, then per instrument its indicators and the NACC's recommendation. */
export function scoresBlock(fiscalYear: number, src: BlockSource): ResolvedBlock {
  const d = { thaiDigits: src.org.thaiDigits };
  const a = src.analysis(fiscalYear);
  if (!a) return missing('noResults', fiscalYear, d);
  const blocks: Block[] = [];
  if (a.score !== null)
    blocks.push(lead(`${src.org.name} ได้รับผลการประเมินคะแนน ITA ภาพรวม ประจำปีงบประมาณ พ.ศ. ${year(fiscalYear, d)} เท่ากับ ${score(a.score, d)} คะแนน${a.grade ? ` อยู่ในระดับ ${a.grade}` : ''}`));
  const rows: TableCell[][] = [];
  for (const instrument of a.instruments) {
    rows.push([cell([INSTRUMENT_TITLES[instrument.code]], { bold: true, colSpan: 2 })]);
    const indicators = a.indicators.filter((i) => i.instrument === instrument.code);
    const recommendation = instrument.recommendation.split('\n').map((l) => l.trim()).filter(Boolean);
    rows.push([
      cell(indicators.map((i) => `${formatNumber(i.no, d)}. ${i.name} ${i.score === null ? '-' : `${score(i.score, d)} คะแนน`}`)),
      cell(recommendation.length ? recommendation.map((l) => withDigits(l, d)) : ['-']),
    ]);
  }
  blocks.push({ kind: 'table', columns: [{ weight: 1 }, { weight: 1.4 }], headerRows: [headerRow(['ตัวชี้วัดของการประเมิน ITA', 'ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ'])], rows });
  return { blocks };
}

/**
 * IIT/EIT questions below the threshold with their score and the fix (measures of the next year);
 * when no question is below it, the indicators below the target.
 */
export function weakIndicatorsBlock(entry: Pick<DataBlockEntry, 'fiscalYear' | 'threshold'>, src: BlockSource): ResolvedBlock {
  const d = { thaiDigits: src.org.thaiDigits };
  const threshold = entry.threshold ?? 85;
  const a = src.analysis(entry.fiscalYear, { eiThreshold: threshold });
  if (!a) return missing('noResults', entry.fiscalYear, d);
  const measures = src.measures(entry.fiscalYear + 1);
  const instrumentOf = new Map(a.indicators.map((i) => [i.no, i.instrument]));
  const rows: TableCell[][] = a.weakItems
    .filter((w) => w.instrument !== 'OIT')
    .map((w) => [cell([`ตัวชี้วัด ${code(w.code, d)} ${w.name}`]), cell([`คะแนน: ${score(w.score, d)}`], { align: 'center' }), cell(fixLines(fixesFor(w, measures)))]);
  let title = `ตัวชี้วัดที่มีคะแนนต่ำกว่า ${formatNumber(threshold, d)} คะแนน`;
  if (rows.length === 0) {
    const below = a.indicators.filter((i) => i.belowTarget);
    title = `ตัวชี้วัดที่มีคะแนนต่ำกว่า ${formatNumber(a.options.target, d)} คะแนน`;
    for (const i of below)
      rows.push([
        cell([`ตัวชี้วัดที่ ${formatNumber(i.no, d)} ${i.name}`]),
        cell([`คะแนน: ${i.score === null ? '-' : score(i.score, d)}`], { align: 'center' }),
        cell(fixLines(measures.filter((m) => m.indicatorNo === i.no && m.instrument === (instrumentOf.get(i.no) ?? m.instrument)))),
      ]);
  }
  if (rows.length === 0) return { blocks: [lead(`ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ${year(entry.fiscalYear, d)} ไม่มี${title}`)] };
  return {
    blocks: [
      lead(`${title} (ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ${year(entry.fiscalYear, d)})`),
      { kind: 'table', columns: [{ weight: 2.2 }, { weight: 1.05 }, { weight: 2 }], headerRows: [headerRow(['ประเด็นการประเมิน', 'คะแนน', 'วิธีแก้ไข/ปรับปรุง'])], rows },
    ],
  };
}

/** OIT items at zero, grouped by sub-indicator, with the assessor's comments, the fixes and the responsible units. */
export function zeroOitBlock(fiscalYear: number, src: BlockSource): ResolvedBlock {
  const d = { thaiDigits: src.org.thaiDigits };
  const a = src.analysis(fiscalYear);
  if (!a) return missing('noResults', fiscalYear, d);
  const measures = src.measures(fiscalYear + 1);
  const items = a.weakItems.filter((w) => w.instrument === 'OIT');
  if (items.length === 0) return { blocks: [lead(`ผลการประเมิน OIT ประจำปีงบประมาณ พ.ศ. ${year(fiscalYear, d)} ไม่มีข้อที่ได้คะแนน ${formatNumber(0, d)}`)] };
  let group: string | null | undefined;
  const rows = items.map((w) => {
    const first = w.subIndicator !== group;
    group = w.subIndicator;
    const fixes = fixesFor(w, measures);
    return [
      cell(first && w.subIndicator ? [`ตัวชี้วัดย่อยที่ ${withDigits(w.subIndicator, d)} ${w.subIndicatorName ?? ''}`.trim()] : ['']),
      cell([`ข้อ ${code(w.code, d)} ${w.name}`]),
      cell([`คะแนน: ${score(w.score, d)}`, ...(w.comment ? [`ความคิดเห็น: ${withDigits(w.comment, d)}`] : [])]),
      cell([...fixLines(fixes), ...(fixes.length ? [`ผู้รับผิดชอบ: ${unitsOf(fixes).join(', ')}`] : [])]),
    ];
  });
  return {
    blocks: [
      {
        kind: 'table',
        columns: [{ weight: 1.2 }, { weight: 1.6 }, { weight: 1.8 }, { weight: 2.2 }],
        headerRows: [headerRow(['ตัวชี้วัด', 'ประเด็นการประเมิน', 'คะแนน/ความคิดเห็นของสำนักงาน ป.ป.ช.', 'วิธีแก้ไข/ปรับปรุง และผู้รับผิดชอบ'])],
        rows,
      },
    ],
  };
}

/** The measures table of a plan year, as the plan prints it. */
export function measuresBlock(fiscalYear: number, src: BlockSource): ResolvedBlock {
  const d = { thaiDigits: src.org.thaiDigits };
  const measures = src.measures(fiscalYear);
  if (measures.length === 0) return missing('noMeasures', fiscalYear, d);
  return {
    blocks: [
      lead(`มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${year(fiscalYear, d)}`),
      // Five columns on a portrait page: a point smaller than the other tables, as the reference sets it.
      { kind: 'table', size: 13, columns: [{ weight: 2 }, { weight: 2.9 }, { weight: 1.8 }, { weight: 1.1 }, { weight: 1.6 }], headerRows: [headerRow(MEASURE_COLUMNS)], rows: measureRows(fiscalYear, measures, d) },
    ],
  };
}

export interface OitChange {
  change: 'added' | 'removed' | 'renumbered';
  code: string;
  previousCode: string | null;
  name: string;
}

/** OIT items of a framework against the one before, matched by name (codes are renumbered between years). */
export function oitChanges(now: FrameworkDefinition, before: FrameworkDefinition): OitChange[] {
  const oit = (f: FrameworkDefinition) => {
    const indicators = new Set(f.indicators.filter((i) => i.instrument === 'OIT').map((i) => i.no));
    return f.items.filter((i) => indicators.has(i.indicatorNo));
  };
  const earlier = new Map(oit(before).map((i) => [i.name, i.code]));
  const current = new Set(oit(now).map((i) => i.name));
  const out: OitChange[] = [];
  for (const item of oit(now)) {
    const was = earlier.get(item.name);
    if (was === undefined) out.push({ change: 'added', code: item.code, previousCode: null, name: item.name });
    else if (was !== item.code) out.push({ change: 'renumbered', code: item.code, previousCode: was, name: item.name });
  }
  for (const item of oit(before)) if (!current.has(item.name)) out.push({ change: 'removed', code: item.code, previousCode: item.code, name: item.name });
  return out;
}

export function oitChangesBlock(fiscalYear: number, src: BlockSource): ResolvedBlock {
  const d = { thaiDigits: src.org.thaiDigits };
  const now = src.framework(fiscalYear);
  const before = src.previousFramework(fiscalYear);
  if (!now || !before) return missing('noFramework', now ? fiscalYear - 1 : fiscalYear, d);
  const changes = oitChanges(now, before);
  const listed = changes.filter((c) => c.change !== 'renumbered');
  const renumbered = changes.length - listed.length;
  const blocks: Block[] = [
    lead(
      `ตัวชี้วัด OIT ประจำปีงบประมาณ พ.ศ. ${year(now.fiscalYear, d)} ที่มีการเพิ่มเติมและเปลี่ยนแปลงจากปี พ.ศ. ${year(before.fiscalYear, d)}` +
        (renumbered ? ` (นอกจากนี้มีข้อที่เปลี่ยนลำดับเลขข้อ ${formatNumber(renumbered, d)} ข้อ)` : ''),
    ),
  ];
  if (listed.length === 0) blocks.push(lead('- ไม่มีข้อที่เพิ่มเติมหรือยกเลิก -'));
  else
    blocks.push({
      kind: 'table',
      columns: [{ weight: 0.5 }, { weight: 4 }, { weight: 1.2 }],
      headerRows: [headerRow(['ที่', 'ข้อมูล', 'การเปลี่ยนแปลง'])],
      rows: listed.map((c, i) => [
        cell([formatNumber(i + 1, d)], { align: 'center' }),
        cell([`${code(c.code, d)} ${c.name}`]),
        cell([c.change === 'added' ? 'เพิ่มใหม่' : 'ยกเลิก'], { align: 'center' }),
      ]),
    });
  return { blocks };
}

/** The usual steps of the ITA year and their months (the NACC fixes the exact dates each year). */
export const CALENDAR_STEPS: { step: string; from: number; to: number }[] = [
  { step: 'หน่วยงานลงทะเบียนและนำเข้าข้อมูลผู้มีส่วนได้ส่วนเสียในระบบ ITAS', from: 3, to: 4 },
  { step: 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) และภายนอก (EIT)', from: 4, to: 6 },
  { step: 'หน่วยงานตอบแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) และผู้บริหารอนุมัติคำตอบ', from: 4, to: 5 },
  { step: 'ผู้ประเมินตรวจให้คะแนน OIT', from: 6, to: 7 },
  { step: 'หน่วยงานอุทธรณ์ผลคะแนน OIT', from: 7, to: 7 },
  { step: 'ยืนยันผลคะแนนและประกาศผลการประเมิน', from: 8, to: 9 },
];

export function calendarBlock(fiscalYear: number, src: BlockSource): ResolvedBlock {
  const d = { thaiDigits: src.org.thaiDigits };
  const gregorian = fiscalYear - 543;
  const month = (m: number) => formatThaiMonth(`${gregorian}-${String(m).padStart(2, '0')}`, { ...d, long: true });
  return {
    blocks: [
      lead(`ปฏิทินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${year(fiscalYear, d)} (โดยประมาณ ตามที่สำนักงาน ป.ป.ช. กำหนดในแต่ละปี)`),
      {
        kind: 'table',
        columns: [{ weight: 0.5 }, { weight: 3.6 }, { weight: 1.8 }],
        headerRows: [headerRow(['ที่', 'ขั้นตอน', 'ช่วงเวลา'])],
        rows: CALENDAR_STEPS.map((s, i) => [
          cell([formatNumber(i + 1, d)], { align: 'center' }),
          cell([s.step]),
          cell([s.from === s.to ? month(s.from) : `${month(s.from)} – ${month(s.to)}`], { align: 'center' }),
        ]),
      },
    ],
  };
}

/** The blocks of one data entry. */
export function resolveDataBlock(entry: DataBlockEntry, src: BlockSource): ResolvedBlock {
  switch (entry.block) {
    case 'scores':
      return scoresBlock(entry.fiscalYear, src);
    case 'weakIndicators':
      return weakIndicatorsBlock(entry, src);
    case 'zeroOit':
      return zeroOitBlock(entry.fiscalYear, src);
    case 'measures':
      return measuresBlock(entry.fiscalYear, src);
    case 'oitChanges':
      return oitChangesBlock(entry.fiscalYear, src);
    case 'calendar':
      return calendarBlock(entry.fiscalYear, src);
  }
}
