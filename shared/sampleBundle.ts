import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle';
import { sampleResults } from './ita/sampleResults';
import { sampleMeasures } from './measures/sampleMeasures';
import { sampleMeetings } from './meetings/sampleMeeting';

const AGENCY = 'สำนักปลัด องค์การบริหารส่วนตำบลโนนสวรรค์ จังหวัดขอนแก่น โทร ๐๔๓-๒๐๐๑๒๓';

/** Two memos of the ITA cycle: a progress report with comment boxes, and a meeting invitation. */
const SAMPLE_MEMOS: Bundle['memos'] = [
  {
    id: 1,
    date: '2025-04-24',
    docNumber: 'ขก ๗๒๙๐๑/๑๒',
    unitId: 8,
    agency: AGENCY,
    subject: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
    salutation: 'นายกองค์การบริหารส่วนตำบลโนนสวรรค์',
    numbered: true,
    sections: [
      { heading: 'เรื่องเดิม', paragraphs: ['ด้วยสำนักงาน ป.ป.ช. ได้ดำเนินโครงการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และองค์การบริหารส่วนตำบลโนนสวรรค์ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เพื่อแก้ไขประเด็นที่ได้คะแนนต่ำ นั้น'] },
      { heading: 'ข้อเท็จจริง', paragraphs: ['งานการเจ้าหน้าที่ได้ติดตามผลการดำเนินการตามมาตรการจากหน่วยงานที่รับผิดชอบ ครบรอบ ๖ เดือน (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘) แล้ว รายละเอียดปรากฏตามรายงานที่แนบมาพร้อมนี้'] },
      { heading: 'ข้อกฎหมาย/ระเบียบที่เกี่ยวข้อง', paragraphs: ['มติคณะรัฐมนตรีเมื่อวันที่ ๒๓ มกราคม ๒๕๖๑ ให้หน่วยงานภาครัฐทุกหน่วยงานเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน'] },
      { heading: 'ข้อเสนอแนะ', paragraphs: ['เห็นควรเผยแพร่รายงานผลการดำเนินการบนเว็บไซต์ขององค์การบริหารส่วนตำบลเพื่อเป็นข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'] },
    ],
    closing: 'จึงเรียนมาเพื่อโปรดทราบและพิจารณา',
    signer: { personId: 5, name: 'นางสาวกมลชนก บุญมี', position: 'นักทรัพยากรบุคคลชำนาญการ' },
    commentBoxes: [
      { heading: 'ความเห็นของหัวหน้าสำนักปลัด', signer: { personId: 4, name: 'จ่าเอกอนุชา พรมมา', position: 'หัวหน้าสำนักปลัด' } },
      { heading: 'ความเห็นของรองปลัดองค์การบริหารส่วนตำบล', signer: { personId: 3, name: 'นายสมศักดิ์ ใจงาม', position: 'รองปลัดองค์การบริหารส่วนตำบลโนนสวรรค์' } },
      { heading: 'ความเห็นของปลัดองค์การบริหารส่วนตำบล', signer: { personId: 2, name: 'นางวิไลวรรณ ทองดี', position: 'ปลัดองค์การบริหารส่วนตำบลโนนสวรรค์' } },
    ],
    createdAt: '2025-04-24T02:00:00.000Z',
    updatedAt: '2025-04-24T02:00:00.000Z',
  },
  {
    id: 2,
    date: '2025-01-15',
    docNumber: 'ขก ๗๒๙๐๑/๓',
    unitId: 8,
    agency: AGENCY,
    subject: 'ขอเชิญประชุมคณะทำงานวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA)',
    salutation: 'หัวหน้าส่วนราชการทุกส่วน',
    numbered: false,
    sections: [
      {
        heading: '',
        paragraphs: [
          'ด้วยสำนักงาน ป.ป.ช. ได้แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลโนนสวรรค์ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ แล้ว จึงขอเชิญประชุมคณะทำงานเพื่อวิเคราะห์ผลการประเมินและกำหนดมาตรการ ในวันที่ ๒๒ มกราคม ๒๕๖๘ เวลา ๐๙.๓๐ น. ณ ห้องประชุมองค์การบริหารส่วนตำบลโนนสวรรค์',
        ],
      },
    ],
    closing: 'จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมโดยพร้อมเพรียงกัน',
    signer: { personId: 2, name: 'นางวิไลวรรณ ทองดี', position: 'ปลัดองค์การบริหารส่วนตำบลโนนสวรรค์' },
    commentBoxes: [],
    createdAt: '2025-01-15T02:00:00.000Z',
    updatedAt: '2025-01-15T02:00:00.000Z',
  },
];

/**
 * A realistic demo office (fictional names) for "open sample data". It is an ordinary bundle, so
 * it loads through the same import path as a user's file; later features add their records here.
 */
export function sampleBundle(appVersion: string): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: '2026-01-01T00:00:00.000Z',
    appVersion,
    organization: {
      name: 'องค์การบริหารส่วนตำบลโนนสวรรค์',
      type: 'sao',
      district: 'เมืองขอนแก่น',
      province: 'ขอนแก่น',
      phone: '๐๔๓-๒๐๐๑๒๓',
      docNumberPrefix: 'ขก ๗๒๙๐๑',
      thaiDigits: true,
      documentFont: 'TH SarabunIT๙',
    },
    units: [
      { id: 1, name: 'สำนักปลัด', parentId: null, sortOrder: 0 },
      { id: 2, name: 'กองคลัง', parentId: null, sortOrder: 1 },
      { id: 3, name: 'กองช่าง', parentId: null, sortOrder: 2 },
      { id: 4, name: 'กองการศึกษา ศาสนาและวัฒนธรรม', parentId: null, sortOrder: 3 },
      { id: 5, name: 'กองสาธารณสุขและสิ่งแวดล้อม', parentId: null, sortOrder: 4 },
      { id: 6, name: 'หน่วยตรวจสอบภายใน', parentId: null, sortOrder: 5 },
      { id: 7, name: 'งานบริหารทั่วไป', parentId: 1, sortOrder: 0 },
      { id: 8, name: 'งานการเจ้าหน้าที่', parentId: 1, sortOrder: 1 },
      { id: 9, name: 'งานนโยบายและแผน', parentId: 1, sortOrder: 2 },
    ],
    people: [
      { id: 1, title: 'นาย', firstName: 'ประเสริฐ', lastName: 'ศรีสวัสดิ์', position: 'นายกองค์การบริหารส่วนตำบลโนนสวรรค์', unitId: null, role: 'chief_executive' },
      { id: 2, title: 'นาง', firstName: 'วิไลวรรณ', lastName: 'ทองดี', position: 'ปลัดองค์การบริหารส่วนตำบลโนนสวรรค์', unitId: 1, role: 'permanent_secretary' },
      { id: 3, title: 'นาย', firstName: 'สมศักดิ์', lastName: 'ใจงาม', position: 'รองปลัดองค์การบริหารส่วนตำบลโนนสวรรค์', unitId: 1, role: 'deputy_permanent_secretary' },
      { id: 4, title: 'จ่าเอก', firstName: 'อนุชา', lastName: 'พรมมา', position: 'หัวหน้าสำนักปลัด', unitId: 1, role: 'unit_head' },
      { id: 5, title: 'นางสาว', firstName: 'กมลชนก', lastName: 'บุญมี', position: 'นักทรัพยากรบุคคลชำนาญการ', unitId: 8, role: 'ita_admin' },
      { id: 6, title: 'นาง', firstName: 'สุดารัตน์', lastName: 'แก้วมณี', position: 'ผู้อำนวยการกองคลัง', unitId: 2, role: 'unit_head' },
      { id: 7, title: 'นาย', firstName: 'ธนากร', lastName: 'สิงห์คำ', position: 'ผู้อำนวยการกองช่าง', unitId: 3, role: 'unit_head' },
      { id: 8, title: 'นางสาว', firstName: 'พิมพ์ชนก', lastName: 'ศรีบุญเรือง', position: 'ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม', unitId: 4, role: 'unit_head' },
      { id: 9, title: 'นาย', firstName: 'วีระพงษ์', lastName: 'คำภูแสน', position: 'ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม', unitId: 5, role: 'unit_head' },
      { id: 10, title: 'นาง', firstName: 'จันทร์เพ็ญ', lastName: 'มีสุข', position: 'นักวิชาการตรวจสอบภายในชำนาญการ', unitId: 6, role: 'staff' },
      { id: 11, title: 'นางสาว', firstName: 'ศิริพร', lastName: 'ภูมิสุข', position: 'นักวิเคราะห์นโยบายและแผนชำนาญการ', unitId: 9, role: 'staff' },
    ],
    memos: SAMPLE_MEMOS,
    garuda: null,
    ...sampleResults(),
    ...sampleMeasures(),
    meetings: sampleMeetings(),
  };
}
