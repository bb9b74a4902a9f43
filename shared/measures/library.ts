/**
 * The built-in measure library: standard measures per indicator of the 2563–2566 framework, taken
 * from real measures plans and progress reports of local offices (see ../reference/). The office
 * edits, deletes and extends them; "restore" puts these back as shipped, matched by `key`.
 */
import type { MeasureCadence } from './types';
import type { InstrumentCode } from '../ita/types';

export interface BuiltinLibraryMeasure {
  key: string;
  instrument: InstrumentCode;
  indicatorNo: number | null;
  title: string;
  methods: string[];
  oitItems: string[];
  cadence: MeasureCadence;
  followUp: string;
}

/** The follow-up line of the reference plan. */
export const STANDARD_FOLLOW_UP = 'รายงานผลการดำเนินการในการประชุมพนักงานและในที่ประชุมหัวหน้าส่วนราชการ';

export const BUILTIN_LIBRARY: BuiltinLibraryMeasure[] = [
  {
    key: 'iit-1-duty',
    instrument: 'IIT',
    indicatorNo: 1,
    title: 'การปฏิบัติหน้าที่',
    methods: [
      'จัดทำประกาศมาตรฐานการปฏิบัติงานและขั้นตอนการให้บริการอย่างชัดเจน และเผยแพร่ให้บุคลากรทราบ',
      'กำชับให้บุคลากรปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนด โดยให้บริการแก่ผู้มาติดต่ออย่างเท่าเทียม',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'iit-2-budget',
    instrument: 'IIT',
    indicatorNo: 2,
    title: 'การใช้งบประมาณ',
    methods: [
      'จัดให้มีการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ แผนการจัดซื้อจัดจ้าง หรือการจัดหาพัสดุ การเบิกจ่ายงบประมาณ โดยเปิดเผยและพร้อมรับการตรวจสอบจากทุกภาคส่วน',
      'จัดทำรายงานผลการใช้จ่ายงบประมาณอย่างสม่ำเสมอ',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'iit-3-power',
    instrument: 'IIT',
    indicatorNo: 3,
    title: 'การใช้อำนาจ',
    methods: [
      'นำผลการประเมินการปฏิบัติงาน และการคัดเลือกเพื่อการพัฒนาทรัพยากรบุคคลมากำหนดนโยบายหรือแผนการบริหารทรัพยากรบุคคล และดำเนินการตามแผนที่กำหนดไว้',
      'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลให้ผู้บังคับบัญชาทราบ',
      'ประเมินความเสี่ยงการทุจริตที่อาจเกิดจากการใช้อำนาจ และกำหนดมาตรการจัดการความเสี่ยง',
      'เผยแพร่ช่องทางการร้องเรียนในกรณีที่ผู้บังคับบัญชาสั่งให้กระทำในสิ่งที่ไม่ถูกต้องหรือกระทำการทุจริตให้บุคลากรภายในได้รับทราบอย่างทั่วถึง',
      'จัดทำรายละเอียดของตำแหน่งงาน (job description) และเกณฑ์การประเมินผลการปฏิบัติงานอย่างชัดเจนและเปิดเผย',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'iit-4-assets',
    instrument: 'IIT',
    indicatorNo: 4,
    title: 'การใช้ทรัพย์สินของราชการ',
    methods: ['จัดทำคู่มือและระเบียบการใช้ทรัพย์สินของราชการ', 'กำกับดูแล ติดตามตรวจสอบการยืม-คืน และการลงโทษอย่างเคร่งครัด'],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'iit-5-corruption',
    instrument: 'IIT',
    indicatorNo: 5,
    title: 'การแก้ไขปัญหาการทุจริต',
    methods: [
      'จัดทำมาตรการป้องกันและมีระบบการติดตามตรวจสอบพฤติกรรมการทุจริตอย่างชัดเจนและเปิดเผย',
      'เปิดให้ประชาชนมีส่วนร่วมในการแสดงความคิดเห็น และติดตามตรวจสอบการทำงานของหน่วยงานได้โดยง่ายและสะดวก',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'eit-6-quality',
    instrument: 'EIT',
    indicatorNo: 6,
    title: 'คุณภาพการดำเนินงาน',
    methods: [
      'จัดทำคู่มือการให้บริการประชาชนในงานด้านต่าง ๆ ให้เป็นปัจจุบัน',
      'ส่งบุคลากรเข้ารับการอบรมเพื่อเพิ่มพูนความรู้ นำมาใช้ในการปฏิบัติหน้าที่ได้อย่างมีประสิทธิภาพ',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'eit-7-communication',
    instrument: 'EIT',
    indicatorNo: 7,
    title: 'ประสิทธิภาพการสื่อสาร',
    methods: [
      'จัดทำสื่อประชาสัมพันธ์และเปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงานให้ง่ายต่อการเข้าถึงข้อมูล การแลกเปลี่ยนข้อมูลข่าวสารกันอย่างชัดเจนและต่อเนื่อง',
      'ปรับปรุงข้อมูลทุกกระบวนการผ่านเว็บไซต์หลักให้เป็นปัจจุบัน',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'eit-8-improvement',
    instrument: 'EIT',
    indicatorNo: 8,
    title: 'การปรับปรุงการทำงาน',
    methods: [
      'สร้างกระบวนการปรึกษาหารือระหว่างผู้บริหารและบุคลากรเพื่อร่วมกันทบทวนปัญหาและอุปสรรคในการปฏิบัติงานอย่างเป็นระบบ',
      'ส่งเสริมให้ผู้รับบริการและประชาชนทั่วไปมีส่วนร่วมในการแสดงความคิดเห็นหรือให้คำแนะนำในการพัฒนาและมาตรฐานการให้บริการได้โดยสะดวก',
      'จัดทำกล่องรับฟังความคิดเห็นบริเวณด้านหน้าสำนักงาน',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'eit-8-satisfaction',
    instrument: 'EIT',
    indicatorNo: 8,
    title: 'รายงานผลการสำรวจความพึงพอใจและเผยแพร่ผลงานการปรับปรุง',
    methods: [
      'รายงานผลการสำรวจความพึงพอใจในการให้บริการ เปรียบเทียบกับปีก่อนหน้า เพื่อให้เห็นถึงการปรับปรุงพัฒนาอย่างชัดเจน',
      'เผยแพร่ผลงานการปรับปรุงให้ประชาชนรับทราบในรูปแบบต่าง ๆ เช่น แผ่นพับ อินโฟกราฟิก ป้ายประชาสัมพันธ์ เครือข่ายสังคมออนไลน์',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'oit-9-disclosure',
    instrument: 'OIT',
    indicatorNo: 9,
    title: 'การเปิดเผยข้อมูล',
    methods: [
      'มอบหมายเจ้าหน้าที่ผู้รับผิดชอบแต่ละข้อศึกษาคู่มือการประเมินโดยละเอียด และตรวจสอบข้อมูลแต่ละข้อให้ครบถ้วนตามองค์ประกอบที่กำหนด',
      'เผยแพร่ข้อมูลในหัวข้อหรือตำแหน่งที่เข้าถึงและสืบค้นได้โดยง่าย ผ่าน URL บนเว็บไซต์หลักของหน่วยงานโดยตรง',
      'ปรับปรุงช่องทางการให้บริการผ่านระบบ e-Service ให้ใช้งานได้ทุกช่วงเวลา',
    ],
    oitItems: [],
    cadence: 'quarterly',
    followUp: STANDARD_FOLLOW_UP,
  },
  {
    key: 'oit-10-prevention',
    instrument: 'OIT',
    indicatorNo: 10,
    title: 'การป้องกันการทุจริต',
    methods: [
      'จัดประชุมเตรียมความพร้อมเข้ารับการประเมิน ITA ศึกษาและวิเคราะห์ผลการประเมินของปีที่ผ่านมาเพื่อกำหนดแนวทางปรับปรุงและพัฒนา',
      'จัดทำแนวทางการปฏิบัติตามมาตรการภายในและกำกับติดตามการนำไปปฏิบัติอย่างเป็นรูปธรรม',
      'พัฒนาทักษะความรู้ความสามารถของบุคลากรผู้ดูแลเว็บไซต์ของหน่วยงาน',
    ],
    oitItems: [],
    cadence: 'semiannual',
    followUp: STANDARD_FOLLOW_UP,
  },
];
