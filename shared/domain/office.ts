/** Kinds of Thai local government organisation that ITA Desk serves. */
export const ORGANIZATION_TYPES = ['city_municipality', 'town_municipality', 'subdistrict_municipality', 'sao', 'pao', 'other'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** Roles a person can hold in the office's ITA work (one each; `staff` for everyone else). */
export const PERSON_ROLES = ['chief_executive', 'deputy_chief_executive', 'permanent_secretary', 'deputy_permanent_secretary', 'unit_head', 'ita_admin', 'staff'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Title prefixes in common use in Thai official documents; the user may type any other. */
export const TITLE_PREFIXES = ['นาย', 'นาง', 'นางสาว', 'ว่าที่ร้อยตรี', 'ว่าที่ร้อยตรีหญิง', 'ดร.', 'จ่าเอก', 'สิบเอก'] as const;

/** Fonts an office may choose for its Word documents (all TH Sarabun family). */
export const DOCUMENT_FONTS = ['TH SarabunIT๙', 'TH Sarabun New', 'TH SarabunPSK'] as const;
export type DocumentFont = (typeof DOCUMENT_FONTS)[number];

export interface StarterUnit {
  name: string;
  sections?: string[];
}

const MUNICIPAL_UNITS: StarterUnit[] = [
  { name: 'สำนักปลัดเทศบาล', sections: ['ฝ่ายบริหารงานทั่วไป', 'ฝ่ายปกครอง'] },
  { name: 'กองคลัง', sections: ['ฝ่ายบริหารงานคลัง', 'ฝ่ายพัฒนารายได้'] },
  { name: 'กองช่าง', sections: ['ฝ่ายแบบแผนและก่อสร้าง'] },
  { name: 'กองการศึกษา' },
  { name: 'กองสาธารณสุขและสิ่งแวดล้อม' },
  { name: 'กองสวัสดิการสังคม' },
  { name: 'กองยุทธศาสตร์และงบประมาณ' },
  { name: 'กองการเจ้าหน้าที่' },
  { name: 'หน่วยตรวจสอบภายใน' },
];

const SAO_UNITS: StarterUnit[] = [
  { name: 'สำนักปลัด', sections: ['งานบริหารทั่วไป', 'งานนโยบายและแผน', 'งานการเจ้าหน้าที่'] },
  { name: 'กองคลัง' },
  { name: 'กองช่าง' },
  { name: 'กองการศึกษา ศาสนาและวัฒนธรรม' },
  { name: 'กองสาธารณสุขและสิ่งแวดล้อม' },
  { name: 'กองสวัสดิการสังคม' },
  { name: 'หน่วยตรวจสอบภายใน' },
];

const PAO_UNITS: StarterUnit[] = [
  { name: 'สำนักปลัดองค์การบริหารส่วนจังหวัด' },
  { name: 'สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด' },
  { name: 'กองคลัง' },
  { name: 'กองช่าง' },
  { name: 'กองแผนและงบประมาณ' },
  { name: 'กองการศึกษา ศาสนาและวัฒนธรรม' },
  { name: 'กองพัสดุและทรัพย์สิน' },
  { name: 'กองการเจ้าหน้าที่' },
  { name: 'กองสาธารณสุข' },
  { name: 'หน่วยตรวจสอบภายใน' },
];

/** Units a new office of each type usually has; offered as a starting list in setup. */
export function starterUnits(type: OrganizationType): StarterUnit[] {
  switch (type) {
    case 'city_municipality':
    case 'town_municipality':
    case 'subdistrict_municipality':
      return MUNICIPAL_UNITS;
    case 'sao':
      return SAO_UNITS;
    case 'pao':
      return PAO_UNITS;
    case 'other':
      return [{ name: 'สำนักปลัด' }, { name: 'กองคลัง' }, { name: 'กองช่าง' }];
  }
}
