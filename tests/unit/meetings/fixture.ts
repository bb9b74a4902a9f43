/**
 * The reference minutes (../shared/reference/minutes-ita-analysis-meeting-2566.txt, เทศบาลตำบลนาข่า,
 * 6 January 2566) rebuilt from data: the office, its 14 attendees, the 2565 results (indicator
 * scores, the EIT questions below 90, the OIT items at zero with the assessor's comments, the
 * NACC's recommendations), the 2566 measures and the meeting with its four agenda items.
 */
import type { AppContext } from '../../../electron/services/context';
import { importBundle } from '../../../electron/services/bundle';
import type { AgendaItemInput, MeetingInput } from '../../../shared/api/meetings';
import type { MeasureInput } from '../../../shared/api/measures';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../../../shared/bundle';
import { sampleResults } from '../../../shared/ita/sampleResults';
import { builtinFrameworks } from '../../../shared/ita/builtinFrameworks';
import { ok } from '../foundation/helpers';

export const UNITS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองยุทธศาสตร์และงบประมาณ', 'กองสาธารณสุขและสิ่งแวดล้อม', 'กองการศึกษา', 'หน่วยตรวจสอบภายใน'] as const;

/** The 14 of ผู้มาประชุม, in the reference's order: [title, first, last, position, unit (index), role]. */
export const ATTENDEES: [string, string, string, string, number | null, Bundle['people'][number]['role']][] = [
  ['พันตำรวจเอก', 'วิช', 'มุทิสินธ์', 'นายกเทศมนตรีตำบลนาข่า', null, 'chief_executive'],
  ['นาย', 'สุรเสกข์', 'บุญฉิม', 'ปลัดเทศบาลตำบลนาข่า', 0, 'permanent_secretary'],
  ['นาง', 'ศิริรัตน์', 'ภักดีไทย', 'ผู้อำนวยการกองคลัง', 1, 'unit_head'],
  ['นาย', 'พงษ์ธนพฤทธิ', 'น้อยวัน', 'ผู้อำนวยการกองช่าง', 2, 'unit_head'],
  ['นาง', 'สุภาวดี', 'นามกุล', 'ผู้อำนวยการกองยุทธศาสตร์ฯ', 3, 'unit_head'],
  ['นาง', 'กษญา', 'ชูดำ', 'ผู้อำนวยการกองสาธารณสุขฯ', 4, 'unit_head'],
  ['นาย', 'วีระพิชญ์', 'คณาศรี', 'หัวหน้าฝ่ายบริหารงานทั่วไปรักษาการแทน ผู้อำนวยการกองการศึกษา', 5, 'unit_head'],
  ['นาย', 'เกียรติ', 'เจริญ', 'หัวหน้าฝ่ายอำนวยการ', 0, 'staff'],
  ['นางสาว', 'กัญกร', 'ภัทรธนนชัย', 'หัวหน้าฝ่ายพัฒนาชุมชน', 0, 'staff'],
  ['นางสาว', 'ณิชชาพร', 'อุปพงษ์', 'นักวิชาการตรวจสอบภายใน', 6, 'ita_admin'],
  ['นาย', 'ไพรวลัย', 'โลมาอินทร์', 'นายช่างไฟฟ้า', 2, 'staff'],
  ['นาย', 'อภิวัฒน์', 'ชาวกล้า', 'ผู้ช่วยนักจัดการงานทั่วไป', 0, 'staff'],
  ['นางสาว', 'กมลวรรณ', 'น้ำใส', 'ผู้ช่วยเจ้าพนักงานธุรการ', 0, 'staff'],
  ['นางสาว', 'ณิราภรณ์', 'พงษานิล', 'ผู้ช่วยเจ้าพนักงานธุรการ', 0, 'staff'],
];
export const fullName = (a: (typeof ATTENDEES)[number]) => `${a[0]}${a[1]} ${a[2]}`;

const RECOMMENDATIONS = {
  IIT: 'ผลคะแนน IIT พบว่า ควรพัฒนาและปรับปรุง ดังนี้\n๑. ควรพัฒนาวิธีการเผยแพร่และประชาสัมพันธ์ข้อมูลข่าวสาร การดำเนินงานต่าง ๆ ให้บุคลากรภายในหน่วยงานได้รับทราบอย่างทั่วถึง\n๒. ควรกำหนดขั้นตอนและแนวทางในการขอยืมทรัพย์สินของทางราชการไว้อย่างชัดเจน',
  EIT: 'ผลคะแนน EIT พบว่า ควรพัฒนาและปรับปรุง ดังนี้\n๑. ควรกำหนดให้บริการประชาชนผ่านช่องทางออนไลน์ (E-Service)',
  OIT: 'ผลคะแนน OIT พบว่า ควรพัฒนาและปรับปรุง ดังนี้\n๑. ควรดำเนินการตามนโยบายหรือแผนการบริหารและพัฒนาทรัพยากรบุคคลอย่างเป็นรูปธรรม',
};

export const OIT_ZEROS: Record<string, string> = {
  O26: 'ไม่มีการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
  O30: 'ไม่พบช่องทางแจ้งผ่านช่องทางออนไลน์',
  O39: 'มีการขยายระยะเวลาแต่ไม่ได้มีการปรับปรุงเนื้อหาโครงการปี 2565 เพิ่มมา',
  O40: 'เนื่องจากข้อ O39 ไม่ได้ปรับปรุงโครงการ',
  O43: 'หน่วยงานส่งข้อมูลเป็นประกาศและข่าว ทำให้ไม่พบการดำเนินการตามมาตรการข้อ O42',
};
export const EIT_WEAK: Record<string, number> = { E3: 89.43, E8: 86.67, E10: 78.33, E13: 77.5 };

/** The office, its people and the 2565 results, as one bundle. */
export function referenceBundle(): Bundle {
  const frameworks = sampleResults().frameworks;
  const f2565 = frameworks.find((f) => f.definition.fiscalYear === 2565)!;
  const def = builtinFrameworks().find((f) => f.fiscalYear === 2565)!;
  const items: Record<string, { score: number; comment: string }> = {};
  for (const item of def.items) {
    if (item.code.startsWith('O')) items[item.code] = { score: OIT_ZEROS[item.code] ? 0 : 100, comment: OIT_ZEROS[item.code] ?? '' };
    else if (item.code.startsWith('E')) items[item.code] = { score: EIT_WEAK[item.code] ?? 95, comment: '' };
    else items[item.code] = { score: 99, comment: '' };
  }
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: '2026-01-01T00:00:00.000Z',
    appVersion: '0.0.0',
    organization: {
      name: 'เทศบาลตำบลนาข่า',
      type: 'subdistrict_municipality',
      district: 'เมืองอุดรธานี',
      province: 'อุดรธานี',
      phone: '๐๔๒-๒๐๗๑๒๓',
      docNumberPrefix: 'อด ๕๒๑๐๑',
      thaiDigits: true,
      documentFont: 'TH SarabunIT๙',
    },
    units: UNITS.map((name, i) => ({ id: i + 1, name, parentId: null, sortOrder: i })),
    people: ATTENDEES.map(([title, firstName, lastName, position, unit, role], i) => ({ id: i + 1, title, firstName, lastName, position, unitId: unit === null ? null : unit + 1, role })),
    memos: [],
    garuda: null,
    frameworks,
    assessments: [
      {
        fiscalYear: 2565,
        frameworkId: f2565.id,
        overallScore: 87.67,
        indicators: { '1': 99.51, '2': 99.2, '3': 99.29, '4': 98.58, '5': 99.29, '6': 94.69, '7': 87.95, '8': 89.49, '9': 91, '10': 62.5 },
        items,
        recommendations: RECOMMENDATIONS,
        samples: { IIT: { population: 120, sample: 40 }, EIT: { population: 2000, sample: 100 } },
      },
    ],
    measureLibrary: [],
    measures: [],
    progress: [],
    measureExports: [],
    meetings: [],
  };
}

/** The four measures of agenda item ๓.๓ and the fixes of ๓.๑ and ๓.๒ (each serving its items). */
export function referenceMeasures(unitId: (name: string) => number): MeasureInput[] {
  const all = UNITS.map((u) => unitId(u));
  const m = (instrument: 'EIT' | 'OIT', indicatorNo: number, title: string, methods: string[], unitIds: number[], oitItems: string[], cadence: 'quarterly' | 'monthly' | 'semiannual' = 'quarterly'): MeasureInput => ({
    fiscalYear: 2566,
    sourceYear: 2565,
    instrument,
    indicatorNo,
    oitItems,
    title,
    methods,
    unitIds,
    period: null,
    cadence,
  });
  return [
    m('EIT', 7, 'จัดทำสื่อประชาสัมพันธ์ และเปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงาน', ['เผยแพร่ข้อมูลบนเว็บไซต์หลัก'], [unitId('สำนักปลัด')], ['E3']),
    m('EIT', 7, 'จัดทำช่องทางการรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน', ['จัดทำช่องทางรับฟังความคิดเห็น'], [unitId('สำนักปลัด')], ['E8']),
    m('EIT', 7, 'จัดให้มีช่องทางการร้องเรียนการทุจริตของเจ้าหน้าที่ในหน่วยงาน', ['ประกาศช่องทางร้องเรียน'], [unitId('สำนักปลัด')], ['E10']),
    m('EIT', 8, 'จัดให้มีการดำเนินงานและให้บริการผ่านช่องทางออนไลน์', ['ให้บริการออนไลน์'], [unitId('กองยุทธศาสตร์และงบประมาณ')], ['E13']),
    m('OIT', 9, 'การสร้างความเสมอภาคในการให้บริการประชาชนผ่านช่องทางออนไลน์บนเว็บไซต์หลักของหน่วยงาน (E-Service)', ['กำหนดภารกิจที่สามารถให้บริการประชาชนผ่านทางช่องทางออนไลน์บนเว็บไซต์หลักของหน่วยงาน', 'ประกาศประชาสัมพันธ์ให้ประชาชนทราบถึงขั้นตอนและวิธีการขอรับบริการผ่านช่องทางออนไลน์ของหน่วยงาน'], all, ['O16', 'O18']),
    m('OIT', 9, 'การเผยแพร่ข้อมูลข่าวสารแก่บุคลากรภายในและภายนอกหน่วยงาน', ['แต่ละ สำนัก/กอง กำหนดบุคลากรผู้รับผิดชอบนำข้อมูลข่าวสารไปอัปโหลดบนเว็บไซต์หลักของหน่วยงาน', 'กำหนด วัน เวลา ในการอัปโหลดข้อมูลแต่ละด้านเพื่อให้เป็นไปในทิศทางเดียวกัน'], all, []),
    m('OIT', 9, 'การส่งเสริมความโปร่งใสในกระบวนการจัดซื้อจัดจ้าง', ['กำหนดผู้รับผิดชอบเพื่อรวบรวมข้อมูลเกี่ยวกับการจัดซื้อจัดจ้าง', 'อัปเดตข้อมูลข่าวสารเกี่ยวกับการจัดซื้อจัดจ้างลงบนเว็บไซต์หลักของหน่วยงาน', 'วิเคราะห์ สรุปผลการจัดซื้อจัดจ้างแสดงผลการดำเนินงานขององค์กร'], [unitId('กองคลัง')], ['O19', 'O20'], 'monthly'),
    m('OIT', 9, 'การดำเนินการตามนโยบายการบริหารและพัฒนาทรัพยากรบุคคลอย่างเป็นรูปธรรม', ['กำหนดนโยบายหรือแผนบริหารและพัฒนาทรัพยากรบุคคล', 'ดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล', 'รายงานสรุปผลการดำเนินงาน'], [unitId('สำนักปลัด')], ['O23', 'O24', 'O25', 'O26'], 'semiannual'),
    m('OIT', 9, 'จัดให้มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านช่องทางออนไลน์', ['ประชาสัมพันธ์ข้อมูลผ่าน Social Network'], [unitId('สำนักปลัด')], ['O30']),
    m('OIT', 10, 'จัดให้มีการทบทวนและปรับปรุงแผนปฏิบัติการป้องกันการทุจริตระหว่างปี พร้อมรายงานผู้บริหารทราบ', ['ทบทวนแผน'], [unitId('หน่วยตรวจสอบภายใน')], ['O39', 'O40']),
    m('OIT', 10, 'จัดให้มีการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานอย่างเป็นรูปธรรม', ['รายงานผู้บริหารทราบ'], [unitId('หน่วยตรวจสอบภายใน')], ['O43']),
  ];
}

const chairAsks = (text: string) => ({ kind: 'speech' as const, speaker: 'ประธานฯ', text });
const room = (text: string) => ({ kind: 'speech' as const, speaker: 'ที่ประชุม', text });

/** The four agenda items of the reference, with their discussion lines, tables and resolutions. */
export function referenceAgenda(): AgendaItemInput[] {
  return [
    { title: 'เรื่องแจ้งให้ที่ประชุมทราบ', entries: [{ kind: 'data', block: 'scores', fiscalYear: 2565 }], resolution: { kind: 'acknowledged' } },
    { title: 'เรื่องรับรองรายงานการประชุมครั้งที่ผ่านมา', entries: [{ kind: 'previousMinutes' }], resolution: { kind: 'acknowledged' } },
    {
      title: 'เรื่องเพื่อพิจารณา',
      resolution: { kind: 'none' },
      subItems: [
        {
          title: 'ตัวชี้วัดที่ควรพัฒนา',
          entries: [
            { kind: 'text', text: 'แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT) ตัวชี้วัดที่มีคะแนนต่ำกว่า ๙๐ คะแนน' },
            { kind: 'data', block: 'weakIndicators', fiscalYear: 2565, threshold: 90 },
            chairAsks('กระผมขอถามต่อที่ประชุมว่ามีท่านใดอยากจะเสนอวิธีแก้ไขปรับปรุงเพิ่มเติมหรือไม่ครับ'),
            { kind: 'speech', speaker: 'ผอ.กองยุทธฯ', text: 'ขออนุญาตเพิ่มเติมในส่วนการให้บริการประชาชนค่ะ เห็นควรให้มีฝ่ายประชาสัมพันธ์ มีน้ำดื่มหรือมุมหนังสือ เพื่อสร้างความประทับใจให้ผู้มารับบริการค่ะ' },
            chairAsks('มีท่านใดเห็นเป็นอย่างอื่นหรือไม่ครับ'),
            room('(ไม่มีผู้เห็นเป็นอย่างอื่น)'),
            chairAsks('เมื่อไม่มีผู้เห็นเป็นอย่างอื่น กระผมขอมติที่ประชุมครับ'),
          ],
          resolution: { kind: 'unanimous' },
        },
        {
          title: 'ตัวชี้วัดที่ควรปรับปรุง',
          entries: [
            chairAsks('ขอเชิญท่านร่วมกันพิจารณาและแสดงความคิดเห็นตามเอกสารที่ฝ่ายเลขานุฯ ได้นำเสนอต่อที่ประชุมครับ'),
            { kind: 'data', block: 'zeroOit', fiscalYear: 2565 },
            room('(ผู้เข้าร่วมประชุมร่วมกันพิจารณาและแสดงความคิดเห็น)'),
            chairAsks('มีท่านใดเห็นเป็นอย่างอื่นหรือไม่ครับ'),
            room('(ไม่มีผู้เห็นเป็นอย่างอื่น)'),
          ],
          resolution: { kind: 'unanimous' },
        },
        {
          title: 'มาตรการในการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลนาข่า',
          entries: [
            chairAsks('ขอเชิญท่านร่วมกันพิจารณาและแสดงความคิดเห็นตามเอกสารที่ฝ่ายเลขานุฯ ได้นำเสนอต่อที่ประชุมครับ'),
            { kind: 'data', block: 'measures', fiscalYear: 2566 },
            room('(ไม่มีผู้เห็นเป็นอย่างอื่น)'),
          ],
          resolution: { kind: 'unanimous' },
        },
        {
          title: 'ตัวชี้วัด OIT ที่มีการเพิ่มเติมและเปลี่ยนแปลง',
          entries: [
            chairAsks('ขอเชิญท่านร่วมกันพิจารณาตามเอกสารที่ฝ่ายเลขานุฯ ได้นำเสนอต่อที่ประชุมครับ'),
            { kind: 'data', block: 'oitChanges', fiscalYear: 2566 },
            chairAsks('กระผมขอให้ทุกท่านดำเนินการให้เป็นไปตามตัวชี้วัดที่สำนักงาน ป.ป.ช. ได้มีการเพิ่มเติมและเปลี่ยนแปลงนะครับ'),
          ],
          resolution: { kind: 'acknowledged' },
        },
      ],
    },
    { title: 'เรื่องอื่น ๆ' },
  ];
}

export function referenceMeeting(personId: (i: number) => number): MeetingInput {
  const signer = (i: number, position?: string) => ({ personId: personId(i), name: '', position: position ?? '' });
  return {
    template: 'analysis',
    committee: 'การยกระดับผลคะแนน ITA ของเทศบาลตำบลนาข่า',
    date: '2023-01-06',
    startTime: '10:00',
    endTime: '12:15',
    venue: 'ศูนย์ผลิตและจำหน่ายหัตถกรรมพื้นบ้านนาข่า เทศบาลตำบลนาข่า อำเภอเมือง จังหวัดอุดรธานี',
    chair: signer(0),
    recorder: signer(9, 'นักวิชาการตรวจสอบภายในปฏิบัติการ'),
    checker: signer(1),
    certifier: signer(0),
    signatureColumn: true,
    attendees: ATTENDEES.map((_a, i) => ({ personId: personId(i), name: '', position: '', attendance: 'present' })),
    agenda: referenceAgenda(),
  };
}

/** An office loaded with the reference data; returns the ids of its people (in ATTENDEES order) and units. */
export async function loadReference(ctx: AppContext, options: { measures?: boolean } = {}) {
  importBundle(ctx, referenceBundle());
  const units = await ok(ctx, 'units.list', {});
  const unitId = (name: string) => units.find((u) => u.name === name)!.id;
  const people = await ok(ctx, 'people.list', {});
  const personId = (i: number) => people.find((p) => p.firstName === ATTENDEES[i]![1])!.id;
  if (options.measures !== false) await ok(ctx, 'measures.createMany', { measures: referenceMeasures(unitId) });
  return { unitId, personId };
}
