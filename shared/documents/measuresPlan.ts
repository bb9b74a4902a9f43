/**
 * The measures plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. …) as a document
 * model: background, populations and sample rules, the analysis of the assessment year (ranked
 * indicators, highest and lowest, the indicator chart, the issues per instrument), the measures
 * table in a landscape section, and the reporting procedure. Pure: the chart arrives as PNG bytes.
 */
import type { PlanOptions, MemoSigner } from '../api/measures';
import type { Organization } from '../api/office';
import { formatNumber, formatThaiMonth, withDigits } from '../domain/thaiFormat';
import type { Analysis, InstrumentCode } from '../ita/types';
import { minimumSample } from '../ita/rules';
import type { MeasureCadence, MeasurePeriod } from '../measures/types';
import { FONT_SIZE, INDENT, textWidthCm } from './layout';
import { cell, headerRow, paragraph, type Block, type DocumentModel, type TableCell } from './model';

/** What the plan prints of a measure. */
export interface PlanMeasure {
  title: string;
  instrument: InstrumentCode;
  indicatorNo: number | null;
  methods: string[];
  unitNames: string[];
  period: MeasurePeriod | null;
  cadence: MeasureCadence;
  followUp: string;
  oitItems: string[];
}

export interface PlanChart {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export interface PlanData {
  org: Organization;
  options: PlanOptions;
  /** The analysis of the assessment year; `null` when its results are not recorded. */
  analysis: Analysis | null;
  measures: PlanMeasure[];
  chart: PlanChart | null;
}

export const INSTRUMENT_TITLES: Record<InstrumentCode, string> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
  OIT: 'แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)',
};

export const MEASURE_COLUMNS = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล'] as const;

const CADENCE_TEXT: Record<MeasureCadence, string> = {
  monthly: 'ติดตามผลทุกเดือน',
  quarterly: 'ติดตามผลรายไตรมาส',
  semiannual: 'รายงานผลรอบ ๖ เดือน และ ๑๒ เดือน',
};

type Digits = { thaiDigits: boolean };

/** ระยะเวลาดำเนินการ: `ปีงบประมาณ ๒๕๖๖` or `ม.ค. ๖๖ – มี.ค. ๖๖`. */
export function periodText(fiscalYear: number, period: MeasurePeriod | null, digits: Digits): string {
  if (!period) return `ปีงบประมาณ ${formatNumber(fiscalYear, digits)}`;
  const start = formatThaiMonth(period.start, digits);
  return period.start === period.end ? start : `${start} – ${formatThaiMonth(period.end, digits)}`;
}

/** วิธีการดำเนินการ: one step as is, several numbered ๑) ๒) … */
export function methodLines(methods: string[], digits: Digits): string[] {
  return methods.length <= 1 ? methods : methods.map((m, i) => `${formatNumber(i + 1, digits)}) ${m}`);
}

/** ผู้รับผิดชอบ: one unit as is, several each on a line after a dash (as the reference plan prints them). */
export const unitLines = (names: string[]): string[] => (names.length <= 1 ? names : names.map((n) => `-${n}`));

/** การติดตามผล: the measure's text (or the cadence's), and the OIT items it serves. */
export function followUpLines(m: Pick<PlanMeasure, 'followUp' | 'cadence' | 'oitItems'>, digits: Digits): string[] {
  const lines = [m.followUp.trim() || CADENCE_TEXT[m.cadence]];
  if (m.oitItems.length) lines.push(`(ข้อ ${withDigits(m.oitItems.join(', '), digits)})`);
  return lines;
}

const body = (text: string, digits: Digits): Block => paragraph([withDigits(text, digits)], { align: 'thaiDistribute', firstLineIndentCm: INDENT.firstLineCm });
const orgLine = (org: Organization) => `${org.name} อำเภอ${org.district} ${org.province === 'กรุงเทพมหานคร' ? 'กรุงเทพมหานคร' : `จังหวัด${org.province}`}`;

/** Rows of the measures table, numbered ๑ ๒ … in plan order. */
export function measureRows(fiscalYear: number, measures: PlanMeasure[], digits: Digits): TableCell[][] {
  return measures.map((m, i) => [
    cell([`${formatNumber(i + 1, digits)} ${m.title}`]),
    cell(methodLines(m.methods, digits)),
    cell(unitLines(m.unitNames)),
    cell([periodText(fiscalYear, m.period, digits)], { align: 'center' }),
    cell(followUpLines(m, digits)),
  ]);
}

/** Default paragraphs of the plan, from the organisation and the analysis: what the user edits before export. */
export function defaultPlanOptions(fiscalYear: number, org: Organization, analysis: Analysis | null, assessmentYear = fiscalYear - 1): PlanOptions {
  const d = { thaiDigits: org.thaiDigits };
  const n = (v: number) => formatNumber(v, d);
  const score = analysis?.score != null ? `${formatNumber(analysis.score, { ...d, decimals: 2 })} คะแนน อยู่ในระดับ ${analysis.grade}` : '';
  const sample = (code: 'IIT' | 'EIT') => {
    const s = analysis?.samples.find((x) => x.instrument === code);
    if (!s || s.population === null) return [];
    const min = minimumSample(s.population);
    return [`ในปีงบประมาณ พ.ศ. ${n(assessmentYear)} ${org.name}มีผู้มีส่วนได้ส่วนเสีย${code === 'IIT' ? 'ภายใน' : 'ภายนอก'} ${formatNumber(s.population, { ...d, grouping: true })} คน กลุ่มตัวอย่างขั้นต่ำ ${n(min)} ตัวอย่าง${s.sample !== null ? ` เก็บข้อมูลได้ ${formatNumber(s.sample, { ...d, grouping: true })} ตัวอย่าง` : ''}`];
  };
  const remarks = analysis
    ? analysis.instruments.map((i, k) => {
        const weak = i.belowTarget.map((x) => x.name).join(' ');
        const items = analysis.weakItems.filter((w) => w.instrument === i.code).map((w) => w.code);
        const base = `${n(k + 1)}. การประเมินตาม${INSTRUMENT_TITLES[i.code]} ได้คะแนน ${i.score === null ? '-' : formatNumber(i.score, { ...d, decimals: 2 })} คะแนน`;
        const extra = [weak && `ตัวชี้วัดที่ต่ำกว่าค่าเป้าหมาย ได้แก่ ${weak}`, items.length ? `ข้อที่ควรพัฒนาเพิ่มเติม ได้แก่ ${withDigits(items.join(' '), d)}` : '', i.recommendation].filter(Boolean);
        return [base, ...extra].join(' ');
      })
    : [];
  // The issues table: indicators below the target, or the lowest of each instrument when none is.
  const issues = analysis
    ? analysis.instruments.flatMap((i) => {
        const own = analysis.indicators.filter((x) => x.instrument === i.code && x.score !== null);
        const below = own.filter((x) => x.belowTarget);
        const lowest = own.length ? [own.reduce((a, b) => ((b.score as number) < (a.score as number) ? b : a))] : [];
        return (below.length ? below : lowest).map((x) => ({ indicatorNo: x.no, text: i.recommendation }));
      })
    : [];
  return {
    fiscalYear,
    assessmentYear,
    title: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)}`,
    background: [
      `การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) เป็นเครื่องมือที่สำนักงาน ป.ป.ช. ใช้ประเมินหน่วยงานภาครัฐทั่วประเทศ ผ่านระบบเทคโนโลยีสารสนเทศรองรับการประเมิน (ITAS) ซึ่งช่วยให้การประเมินทำได้อย่างรวดเร็วและเป็นมาตรฐานเดียวกัน และนำผลการประเมินไปสู่การปรับปรุงหน่วยงานและการวางแผนป้องกันการทุจริต โดยมีรายละเอียด ดังนี้`,
    ],
    populations: {
      IIT: [
        'ผู้มีส่วนได้ส่วนเสียภายใน หมายถึง บุคลากรในหน่วยงาน ตั้งแต่ระดับผู้บริหาร ผู้อำนวยการ/หัวหน้า ข้าราชการ/พนักงาน ไปจนถึงลูกจ้าง/พนักงานจ้าง ที่ทำงานให้กับหน่วยงานมาเป็นระยะเวลาไม่น้อยกว่า ๑ ปี',
        'กำหนดขนาดกลุ่มตัวอย่างขั้นต่ำ ร้อยละ ๑๐ ของจำนวนผู้มีส่วนได้ส่วนเสียภายใน แต่ต้องไม่น้อยกว่า ๓๐ ตัวอย่าง กรณีมีผู้มีส่วนได้ส่วนเสียภายในน้อยกว่า ๓๐ คน ให้เก็บข้อมูลจากทั้งหมด กรณีมีมากกว่า ๑,๐๐๐ คน ให้เก็บข้อมูลไม่น้อยกว่า ๑๐๐ ตัวอย่าง',
        ...sample('IIT'),
      ].map((t) => withDigits(t, d)),
      EIT: [
        `ผู้มีส่วนได้ส่วนเสียภายนอก หมายถึง บุคคล นิติบุคคล บริษัทเอกชน หรือหน่วยงานของรัฐอื่นที่มารับบริการหรือมาติดต่อตามภารกิจของหน่วยงานในปีงบประมาณ พ.ศ. ${n(assessmentYear)}`,
        'กำหนดขนาดกลุ่มตัวอย่างขั้นต่ำ ร้อยละ ๑๐ ของจำนวนผู้มีส่วนได้ส่วนเสียภายนอก แต่ต้องไม่น้อยกว่า ๓๐ ตัวอย่าง กรณีมีมากกว่า ๑,๐๐๐ คน ให้เก็บข้อมูลไม่น้อยกว่า ๑๐๐ ตัวอย่าง',
        ...sample('EIT'),
      ].map((t) => withDigits(t, d)),
      OIT: ['มีวัตถุประสงค์เพื่อประเมินระดับการเปิดเผยข้อมูลต่อสาธารณะของหน่วยงาน เพื่อให้ประชาชนสามารถเข้าถึงได้ ประกอบด้วยตัวชี้วัดการเปิดเผยข้อมูล และตัวชี้วัดการป้องกันการทุจริต'],
    },
    analysisIntro: [analysis ? `จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ${n(assessmentYear)} ของ${org.name} พบว่า มีผลคะแนน ${score} ดังนี้` : `ยังไม่มีผลการประเมินของปีงบประมาณ พ.ศ. ${n(assessmentYear)} ในระบบ`],
    analysisRemarks: remarks,
    issues,
    includeChart: analysis !== null,
    measuresIntro: [
      `จากการประชุมเพื่อวิเคราะห์ผลการประเมินและยกระดับการดำเนินงาน ITA ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)} ผู้บริหาร หัวหน้าส่วนราชการ และเจ้าหน้าที่ที่เกี่ยวข้องได้ร่วมกันพิจารณาผลการประเมินในปีที่ผ่านมา เพื่อกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสในการดำเนินงาน จากการประเมิน ๓ แบบวัด คือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) จึงมีข้อเสนอแนะเพื่อการปรับปรุงการดำเนินงานให้มีผลการประเมินที่ดียิ่งขึ้นในปีถัดไป ดังต่อไปนี้`,
    ],
    reporting: [
      `กำหนดให้รายงานผลการดำเนินงานดังกล่าวในการประชุมพนักงานและในที่ประชุมหัวหน้าส่วนราชการ และให้ดำเนินการจัดทำข้อมูลให้แล้วเสร็จครบถ้วนตามแต่ละตัวชี้วัดภายในกรอบระยะเวลาที่สำนักงาน ป.ป.ช. กำหนด หากมีปัญหาอุปสรรคใด ๆ ในการดำเนินการ ให้รีบรายงานผู้บังคับบัญชาทราบตามลำดับชั้น เพื่อให้มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${n(fiscalYear)} เป็นไปด้วยความเรียบร้อยและมีประสิทธิภาพ`,
    ],
    signers: [],
  };
}

const signatureOf = (s: MemoSigner): Block => ({ kind: 'signature', name: s.name, position: s.position ? s.position.split('\n').map((l) => l.trim()).filter(Boolean) : [] });

export function buildMeasuresPlanModel({ org, options, analysis, measures, chart }: PlanData): DocumentModel {
  const d = { thaiDigits: org.thaiDigits };
  const n = (v: number) => formatNumber(v, d);
  const score = (v: number | null) => (v === null ? '-' : formatNumber(v, { ...d, decimals: 2 }));
  const heading = (number: string, text: string): Block => ({ kind: 'heading', level: 2, number, text });
  const sub = (number: string, text: string): Block => ({ kind: 'heading', level: 3, number, text });

  const front: Block[] = [
    { kind: 'heading', level: 1, text: options.title },
    paragraph([orgLine(org)], { align: 'center', bold: true, size: FONT_SIZE.heading }),
    paragraph(['*****'], { align: 'center', spaceAfterPt: 6 }),
    heading(`${n(1)}.`, 'รายละเอียดการประเมิน'),
    ...options.background.map((t) => body(t, d)),
    heading(`${n(2)}.`, 'ประชากร กลุ่มตัวอย่าง และการเก็บรวบรวมข้อมูล'),
    ...(['IIT', 'EIT', 'OIT'] as const).flatMap((code, i) => [
      sub(`${n(2)}.${n(i + 1)}`, code === 'OIT' ? 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)' : `ผู้มีส่วนได้ส่วนเสีย${code === 'IIT' ? 'ภายใน (IIT)' : 'ภายนอก (EIT)'}`),
      ...options.populations[code].map((t) => body(t, d)),
    ]),
    heading(`${n(3)}.`, `การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. ${n(options.assessmentYear)}`),
    ...options.analysisIntro.map((t) => body(t, d)),
  ];

  if (analysis) {
    if (options.includeChart && chart) {
      const widthCm = Math.min(15, textWidthCm('portrait'));
      front.push({ kind: 'image', data: chart.png, mimeType: 'image/png', widthCm, heightCm: (widthCm * chart.heightPx) / chart.widthPx, align: 'center' });
    }
    front.push(paragraph(['คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย'], { bold: true, keepNext: true, spaceBeforePt: 6 }));
    front.push({
      kind: 'table',
      columns: [{ weight: 1 }, { weight: 5 }, { weight: 1.5 }],
      headerRows: [headerRow(['อันดับ', 'ตัวชี้วัด', 'คะแนน'])],
      rows: analysis.ranking.map((i) => [cell([n(i.rank ?? 0)], { align: 'center' }), cell([i.name]), cell([score(i.score)], { align: 'center' })]),
      size: FONT_SIZE.body,
    });
    const names = (list: typeof analysis.highest) => list.map((i) => i.name).join(' ');
    if (analysis.highest.length) front.push(paragraph([`คะแนนสูงสุด ${score(analysis.highest[0]!.score)} คะแนน (${names(analysis.highest)})`], { spaceBeforePt: 6 }));
    if (analysis.lowest.length) front.push(paragraph([`คะแนนต่ำสุด ${score(analysis.lowest[0]!.score)} คะแนน (${names(analysis.lowest)})`]));
  }
  front.push(...options.analysisRemarks.map((t) => body(t, d)));

  if (options.issues.length) {
    front.push(paragraph(['โดยวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ได้ดังนี้'], { firstLineIndentCm: INDENT.firstLineCm, keepNext: true }));
    const rows: TableCell[][] = [];
    for (const code of ['IIT', 'EIT', 'OIT'] as const) {
      const own = options.issues.filter((x) => analysis?.indicators.find((i) => i.no === x.indicatorNo)?.instrument === code);
      if (!own.length) continue;
      rows.push([cell([INSTRUMENT_TITLES[code]], { bold: true, colSpan: 3 })]);
      own.forEach((x, k) => {
        const indicator = analysis!.indicators.find((i) => i.no === x.indicatorNo)!;
        rows.push([cell([`${n(k + 1)} ${indicator.name}`]), cell([score(indicator.score)], { align: 'center' }), cell(x.text.split('\n').filter((l) => l.trim()))]);
      });
    }
    front.push({ kind: 'table', columns: [{ weight: 2.2 }, { weight: 1 }, { weight: 5 }], headerRows: [headerRow(['ตัวชี้วัดของการประเมิน ITA', 'คะแนน', 'ประเด็นที่ต้องแก้ไข/ปรับปรุง'])], rows });
  }
  front.push(heading(`${n(4)}.`, `ข้อเสนอแนะในการพัฒนาคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${n(options.fiscalYear)}`));
  front.push(...options.measuresIntro.map((t) => body(t, d)));

  const table: Block[] = measures.length
    ? [
        {
          kind: 'table',
          columns: [{ weight: 3 }, { weight: 6 }, { weight: 2.2 }, { weight: 2 }, { weight: 3 }],
          headerRows: [headerRow(MEASURE_COLUMNS)],
          rows: measureRows(options.fiscalYear, measures, d),
        },
      ]
    : [paragraph([`ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. ${n(options.fiscalYear)}`], { align: 'center' })];

  const end: Block[] = [heading(`${n(5)}.`, 'ขั้นตอนการรายงานผล'), ...options.reporting.map((t) => body(t, d)), ...options.signers.map(signatureOf)];

  return {
    title: options.title,
    font: org.documentFont,
    thaiDigits: org.thaiDigits,
    pageNumbers: true,
    sections: [
      { orientation: 'portrait', blocks: front },
      { orientation: 'landscape', blocks: table },
      { orientation: 'portrait', blocks: end },
    ],
  };
}

export function planFileName(fiscalYear: number): string {
  return `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ${fiscalYear}.docx`;
}
