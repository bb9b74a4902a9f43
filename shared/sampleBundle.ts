import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle';

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
  };
}
