/**
 * Demo results of the sample office (fictional) for fiscal years 2564–2566: improving scores, weak
 * indicators, OIT items at zero with the assessor's comments, EIT questions below 85 and the NACC's
 * recommendations. Indicator scores are the means of their items and the overall score is the
 * weighted indicators, so the demo passes its own checks (except the 2566 IIT sample, short on purpose).
 */
import type { BundleAssessment, BundleFramework } from './bundle';
import { builtinFrameworks } from './builtinFrameworks';
import { round2, weightedOverall } from './rules';
import type { FrameworkDefinition, InstrumentCode } from './types';

interface YearSpec {
  fiscalYear: number;
  /** Mean score per IIT indicator (1–5) and EIT indicator (6–8). */
  iit: [number, number, number, number, number];
  eit: [number, number, number];
  /** OIT items at 0, with the assessor's comment. */
  oitZeros: Record<string, string>;
  /** Comments the assessor left on items that scored 100. */
  oitNotes?: Record<string, string>;
  recommendations: Partial<Record<InstrumentCode, string>>;
  samples: { IIT: [number, number]; EIT: [number, number] };
}

const IIT_OFFSETS = [1.2, -0.8, 0.5, -1.1, 0.9, -0.7];
const EIT_OFFSETS = [2.1, -1.5, 0.8, -3.2, 1.8];

const SPECS: YearSpec[] = [
  {
    fiscalYear: 2564,
    iit: [96.1, 93.4, 95.1, 91.8, 92.3],
    eit: [88.4, 85.0, 83.1],
    oitZeros: {
      O11: 'ไม่พบรายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน',
      O16: 'ไม่พบรายงานผลการสำรวจความพึงพอใจการให้บริการของปีที่ประเมิน',
      O17: 'ไม่พบช่องทางการให้บริการออนไลน์ (E-Service) บนเว็บไซต์หลักของหน่วยงาน',
      O19: 'URL ที่ตอบเป็นไฟล์ PDF ไม่ใช่หน้าเว็บไซต์หลักของหน่วยงาน',
      O26: 'ไม่พบการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
      O31: 'ไม่พบข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      O36: 'ไม่พบการประเมินความเสี่ยงการทุจริตประจำปี',
      O40: 'รายงานรอบ 6 เดือนไม่ระบุความก้าวหน้าของโครงการตามแผน',
      O43: 'หน่วยงานส่งข้อมูลเป็นประกาศและข่าว ทำให้ไม่พบการดำเนินการตามมาตรการข้อ O42',
    },
    oitNotes: { O1: 'ครบถ้วน', O7: 'มีข่าวประชาสัมพันธ์เป็นปัจจุบัน' },
    recommendations: {
      IIT: 'หน่วยงานควรพัฒนาวิธีการเผยแพร่และประชาสัมพันธ์แผนการใช้จ่ายงบประมาณประจำปี และกำหนดขั้นตอนการขอยืมทรัพย์สินของราชการให้ชัดเจน',
      EIT: 'หน่วยงานควรพัฒนาช่องทางการสื่อสารกับผู้รับบริการ และนำเทคโนโลยีมาใช้ในการให้บริการให้สะดวกรวดเร็วมากขึ้น',
      OIT: 'หน่วยงานควรศึกษาคู่มือการประเมินโดยละเอียด และตรวจสอบข้อมูลที่เผยแพร่ให้ครบถ้วนตามองค์ประกอบที่กำหนด',
    },
    samples: { IIT: [42, 35], EIT: [850, 92] },
  },
  {
    fiscalYear: 2565,
    iit: [97.8, 95.6, 96.9, 94.1, 95.0],
    eit: [91.2, 86.8, 87.3],
    oitZeros: {
      O17: 'ระบบ E-Service ไม่สามารถใช้งานได้ในวันที่ตรวจ',
      O26: 'ไม่มีการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
      O30: 'ไม่พบช่องทางแจ้งเรื่องร้องเรียนการทุจริตผ่านช่องทางออนไลน์',
      O39: 'มีการขยายระยะเวลาแต่ไม่ได้ปรับปรุงเนื้อหาโครงการของปีที่ผ่านมา',
      O40: 'เนื่องจากข้อ O39 ไม่ได้ปรับปรุงโครงการ',
    },
    recommendations: {
      IIT: 'ควรนำผลการประเมินในด้านการมอบหมายงาน การประเมินผลการปฏิบัติงาน และการคัดเลือกเพื่อการพัฒนาบุคลากรมากำหนดนโยบายการบริหารทรัพยากรบุคคล',
      EIT: 'ควรกำหนดให้บริการประชาชนผ่านช่องทางออนไลน์ (E-Service) และเผยแพร่ช่องทางร้องเรียนเจ้าหน้าที่ผ่านช่องทางออนไลน์',
      OIT: 'ควรดำเนินการตามนโยบายการบริหารทรัพยากรบุคคลอย่างเป็นรูปธรรม และรายงานความก้าวหน้าตามแผนปฏิบัติการป้องกันการทุจริต',
    },
    samples: { IIT: [45, 31], EIT: [900, 96] },
  },
  {
    fiscalYear: 2566,
    iit: [98.6, 97.2, 98.0, 96.5, 97.1],
    eit: [93.6, 90.1, 88.8],
    oitZeros: {
      O18: 'ลิงก์ E-Service นำไปยังแบบฟอร์มที่ต้องพิมพ์แล้วยื่นด้วยตนเอง ไม่ใช่การให้บริการออนไลน์',
      O33: 'ไม่พบรายงานผลตามนโยบาย No Gift Policy ของปีที่ประเมิน',
    },
    oitNotes: { O10: 'มีนโยบายคุ้มครองข้อมูลส่วนบุคคลบนเว็บไซต์หลัก' },
    recommendations: {
      IIT: 'ควรรักษามาตรฐาน และประชาสัมพันธ์แนวทางการใช้ทรัพย์สินของราชการให้บุคลากรทราบอย่างทั่วถึง',
      EIT: 'ควรนำเสนอผลงานที่แสดงการปรับปรุงการดำเนินงานของหน่วยงานในรูปแบบอินโฟกราฟิก',
      OIT: 'ควรปรับปรุงระบบ E-Service ให้ยื่นคำขอได้ทางออนไลน์ครบขั้นตอน และรายงานผลตามนโยบาย No Gift Policy',
    },
    samples: { IIT: [47, 28], EIT: [1250, 110] },
  },
];

function build(spec: YearSpec, framework: FrameworkDefinition, frameworkId: number): BundleAssessment {
  const items: BundleAssessment['items'] = {};
  const sums = new Map<number, number[]>();
  const add = (code: string, indicatorNo: number, score: number, comment = '') => {
    items[code] = { score, comment };
    sums.set(indicatorNo, [...(sums.get(indicatorNo) ?? []), score]);
  };
  const position = new Map<number, number>();
  for (const item of framework.items) {
    const n = position.get(item.indicatorNo) ?? 0;
    position.set(item.indicatorNo, n + 1);
    if (item.code.startsWith('I')) add(item.code, item.indicatorNo, round2(Math.min(100, spec.iit[item.indicatorNo - 1]! + IIT_OFFSETS[n % 6]!)));
    else if (item.code.startsWith('E')) add(item.code, item.indicatorNo, round2(Math.min(100, spec.eit[item.indicatorNo - 6]! + EIT_OFFSETS[n % 5]!)));
    else {
      const zero = spec.oitZeros[item.code];
      add(item.code, item.indicatorNo, zero ? 0 : 100, zero ?? spec.oitNotes?.[item.code] ?? '');
    }
  }
  const indicators: Record<string, number> = {};
  for (const [no, scores] of sums) indicators[String(no)] = round2(scores.reduce((a, b) => a + b, 0) / scores.length);
  const overall = weightedOverall(indicators, framework);
  return {
    fiscalYear: spec.fiscalYear,
    frameworkId,
    overallScore: overall === null ? null : round2(overall),
    indicators,
    items,
    recommendations: spec.recommendations,
    samples: {
      IIT: { population: spec.samples.IIT[0], sample: spec.samples.IIT[1] },
      EIT: { population: spec.samples.EIT[0], sample: spec.samples.EIT[1] },
    },
  };
}

/** The built-in frameworks (ids 1…) and the demo results that follow them. */
export function sampleResults(): { frameworks: BundleFramework[]; assessments: BundleAssessment[] } {
  const frameworks: BundleFramework[] = builtinFrameworks().map((definition, i) => ({ id: i + 1, builtin: true, definition }));
  const assessments = SPECS.map((spec) => {
    const framework = frameworks.find((f) => f.definition.fiscalYear === spec.fiscalYear)!;
    return build(spec, framework.definition, framework.id);
  });
  return { frameworks, assessments };
}
