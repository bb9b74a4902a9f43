/**
 * The eight measures of the reference plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ
 * พ.ศ. ๒๕๖๖ of a municipality, ../reference/measures-plan-2566.txt), with their responsible units by
 * name, and the demo office's version of them with some progress of the 6-month report.
 */
import type { Bundle } from '../bundle';
import type { InstrumentCode } from '../ita/types';
import { STANDARD_FOLLOW_UP } from './library';
import type { MeasureCadence, MeasurePeriod } from './types';

export interface ReferenceMeasure {
  instrument: InstrumentCode;
  indicatorNo: number;
  title: string;
  methods: string[];
  units: string[];
  period: MeasurePeriod | null;
  cadence: MeasureCadence;
  oitItems: string[];
}

const COMMUNICATION = [
  'จัดทำสื่อประชาสัมพันธ์และเปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงานให้ง่ายต่อการเข้าถึงข้อมูล การแลกเปลี่ยนข้อมูลข่าวสารกันอย่างชัดเจนและต่อเนื่อง',
  'ให้อัปเดตข้อมูลทุกกระบวนการผ่านเว็บไซต์หลักให้เป็นปัจจุบันทุกกระบวนการ',
];

/** In the order of the reference plan's table; units as the reference names them. */
export const REFERENCE_PLAN_MEASURES: ReferenceMeasure[] = [
  {
    instrument: 'IIT',
    indicatorNo: 2,
    title: 'การใช้งบประมาณ',
    methods: [
      'จัดให้มีการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ แผนการจัดซื้อจัดจ้าง หรือการจัดหาพัสดุการเบิกจ่ายงบประมาณ โดยเปิดเผยและพร้อมรับการตรวจสอบจากทุกภาคส่วน ตลอดจนการจัดทำรายงานผลการใช้จ่ายงบประมาณอย่างสม่ำเสมอ',
    ],
    units: ['กองคลัง', 'สำนักปลัดเทศบาล'],
    period: null,
    cadence: 'semiannual',
    oitItems: [],
  },
  {
    instrument: 'IIT',
    indicatorNo: 4,
    title: 'การใช้ทรัพย์สินของราชการ',
    methods: ['จัดทำคู่มือ และระเบียบการใช้ทรัพย์สินของราชการ การกำกับดูแลติดตามตรวจสอบการยืม-คืน และการลงโทษอย่างเคร่งครัด'],
    units: ['สำนักปลัดเทศบาล', 'ทุกส่วนราชการ'],
    period: null,
    cadence: 'semiannual',
    oitItems: [],
  },
  {
    instrument: 'IIT',
    indicatorNo: 5,
    title: 'การแก้ไขปัญหาทุจริต',
    methods: [
      'จัดทำมาตรการป้องกันและมีระบบการติดตามตรวจสอบพฤติกรรมการทุจริตอย่างชัดเจนและเปิดเผย รวมทั้งการเปิดให้ประชาชนมีส่วนร่วมในการแสดงความคิดเห็น การติดตามตรวจสอบการทำงานของหน่วยงานได้โดยง่ายและสะดวก',
    ],
    units: ['สำนักปลัดเทศบาล'],
    period: null,
    cadence: 'semiannual',
    oitItems: [],
  },
  { instrument: 'EIT', indicatorNo: 7, title: 'ประสิทธิภาพการสื่อสาร', methods: COMMUNICATION, units: ['สำนักปลัดเทศบาล'], period: null, cadence: 'semiannual', oitItems: [] },
  { instrument: 'EIT', indicatorNo: 7, title: 'ประสิทธิภาพการสื่อสาร', methods: COMMUNICATION, units: ['สำนักปลัดเทศบาล'], period: null, cadence: 'semiannual', oitItems: [] },
  {
    instrument: 'EIT',
    indicatorNo: 8,
    title: 'การปรับปรุงการทำงาน',
    methods: [
      'สร้างกระบวนการปรึกษาหารือระหว่างผู้บริหารและบุคลากรเพื่อร่วมกันทบทวนปัญหาและอุปสรรคในการปฏิบัติงานอย่างเป็นระบบ และส่งเสริมให้ผู้รับบริการและประชาชนทั่วไปมีส่วนร่วมในการแสดงความคิดเห็นหรือให้คำแนะนำในการพัฒนาและมาตรฐานการให้บริการได้โดยสะดวก',
      'จัดทำกล่องรับฟังความคิดเห็นบริเวณด้านหน้าสำนักงานเทศบาล',
      'ให้พนักงานเทศบาลทุกคนยิ้มแย้มแจ่มใส และบริการประชาชนดูจรรยาบรรณ สร้างความเข้าใจให้ชัดเจน',
    ],
    units: ['ทุกส่วนราชการ'],
    period: null,
    cadence: 'semiannual',
    oitItems: [],
  },
  {
    instrument: 'OIT',
    indicatorNo: 9,
    title: 'การเปิดเผยข้อมูล',
    methods: [
      'ข้อ O12 รายงานผลการดำเนินงานประจำปี O20 รายงานผลการใช้จ่ายงบประมาณประจำปี O24 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี ให้มีข้อมูลครบถ้วนตามองค์ประกอบที่กำหนด คือ หัวข้อปัญหา อุปสรรค และข้อเสนอแนะของเรื่องดังกล่าว',
      'ข้อ O17 E-Service ให้เข้าถึงการให้บริการได้ ศึกษาคู่มือการประเมินโดยละเอียดและตรวจสอบข้อมูลแต่ละข้อให้มีข้อมูลที่ครบถ้วนตามที่กำหนด โดยเผยแพร่ในหัวข้อหรือตำแหน่งที่สามารถเข้าถึงและสืบค้นข้อมูลได้โดยง่าย ทุกช่วงเวลา ผ่าน URL บนเว็บไซต์หลักของหน่วยงานโดยตรง',
    ],
    units: ['สำนักปลัดเทศบาล', 'กองคลัง'],
    period: null,
    cadence: 'semiannual',
    oitItems: ['O12', 'O17', 'O20', 'O24'],
  },
  {
    instrument: 'OIT',
    indicatorNo: 10,
    title: 'การป้องกันการทุจริต',
    methods: [
      'จัดประชุมเตรียมความพร้อมเข้ารับการประเมิน ITA ก่อนจะศึกษาและวิเคราะห์ผลการประเมินของปีที่ผ่านมาเพื่อกำหนดแนวทางปรับปรุงและพัฒนา จากนั้นจัดทำแนวทางการปฏิบัติตามมาตรการภายในและให้มีการกำกับติดตามการนำไปปฏิบัติอย่างเป็นรูปธรรม ที่สำคัญต้องมีการพัฒนาทักษะความรู้ความสามารถบุคลากรผู้ดูแลเว็บไซต์ของหน่วยงาน ให้ปรับปรุงระบบให้ทันสมัย และมีการติดต่อสื่อสารผ่านเว็บไซต์ได้อย่างรวดเร็วและมีประสิทธิภาพ',
    ],
    units: ['สำนักปลัดเทศบาล'],
    period: null,
    cadence: 'semiannual',
    oitItems: [],
  },
];

/** The reference measures in the demo office (ids of sampleBundle's units), plan year 2566 from the 2565 results. */
export function sampleMeasures(): Pick<Bundle, 'measureLibrary' | 'measures' | 'progress' | 'measureExports'> {
  const unitIds: Record<string, number[]> = { กองคลัง: [2], สำนักปลัดเทศบาล: [1], ทุกส่วนราชการ: [1, 2, 3, 4, 5] };
  const at = '2023-03-20T02:00:00.000Z';
  const measures: Bundle['measures'] = REFERENCE_PLAN_MEASURES.map((m, i) => ({
    id: i + 1,
    fiscalYear: 2566,
    sourceYear: 2565,
    instrument: m.instrument,
    indicatorNo: m.indicatorNo,
    oitItems: m.oitItems,
    title: m.title,
    methods: m.methods,
    unitIds: [...new Set(m.units.flatMap((u) => unitIds[u] ?? []))],
    // The second communication measure runs January–March, as in the reference progress report.
    period: i === 4 ? { start: '2023-01', end: '2023-03' } : null,
    cadence: i === 6 ? 'quarterly' : m.cadence,
    followUp: STANDARD_FOLLOW_UP,
    libraryId: null,
    sortOrder: i,
    approved: true,
    approvalSource: 'การประชุมคณะทำงานวิเคราะห์ผลการประเมิน ITA ครั้งที่ ๑/๒๕๖๖',
    createdAt: at,
    updatedAt: at,
  }));
  const stamp = '2023-04-05T03:00:00.000Z';
  const progress: Bundle['progress'] = [
    {
      id: 1,
      measureId: 1,
      period: '6m',
      unitId: 2,
      result: 'เผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการใช้จ่ายงบประมาณรายเดือนบนเว็บไซต์หลักของหน่วยงานแล้ว\nชี้แจงแผนการใช้จ่ายงบประมาณในการประชุมพนักงานเมื่อวันที่ ๖ ธันวาคม ๒๕๖๕',
      suggestion: 'ควรจัดทำอินโฟกราฟิกสรุปการใช้จ่ายงบประมาณทุกไตรมาส',
      status: 'inProgress',
      droppedReason: '',
      updatedAt: stamp,
      evidence: [{ id: 1, kind: 'url', name: 'รายงานผลการใช้จ่ายงบประมาณ', url: 'https://www.nonsawan.go.th/budget-report', file: null, mimeType: '', size: null, sha256: null, addedAt: stamp }],
    },
    {
      id: 2,
      measureId: 1,
      period: '6m',
      unitId: 1,
      result: 'ประชาสัมพันธ์แผนการใช้จ่ายงบประมาณผ่านบอร์ดประชาสัมพันธ์และเว็บไซต์',
      suggestion: '',
      status: 'done',
      droppedReason: '',
      updatedAt: stamp,
      evidence: [],
    },
    {
      id: 3,
      measureId: 3,
      period: '6m',
      unitId: 1,
      result: 'จัดทำมาตรการป้องกันการทุจริตและเปิดช่องทางร้องเรียนการทุจริตทางเว็บไซต์และกล่องรับเรื่องร้องเรียน',
      suggestion: 'หากมีบุคลากรบรรจุ/โอน/ย้ายเข้ามาในหน่วยงาน ควรแจ้งให้ทราบถึงมาตรการดังกล่าว',
      status: 'done',
      droppedReason: '',
      updatedAt: stamp,
      evidence: [],
    },
    {
      id: 4,
      measureId: 5,
      period: '6m',
      unitId: 1,
      result: 'ปรับปรุงหน้าเว็บไซต์หลักให้ค้นหาข้อมูลได้ง่ายขึ้น และเผยแพร่ข่าวสารเป็นประจำทุกสัปดาห์',
      suggestion: '',
      status: 'done',
      droppedReason: '',
      updatedAt: stamp,
      evidence: [],
    },
    {
      id: 5,
      measureId: 7,
      period: 'q1',
      unitId: 1,
      result: 'ตรวจสอบข้อมูลข้อ O12 O20 O24 ให้มีหัวข้อปัญหา อุปสรรค และข้อเสนอแนะครบถ้วน',
      suggestion: '',
      status: 'inProgress',
      droppedReason: '',
      updatedAt: stamp,
      evidence: [],
    },
  ];
  return { measureLibrary: [], measures, progress, measureExports: [] };
}
