/** Strings of the office setup: organisation, units, people, settings. */
export const office = {
  th: {
    orgType: {
      city_municipality: 'เทศบาลนคร', town_municipality: 'เทศบาลเมือง', subdistrict_municipality: 'เทศบาลตำบล',
      sao: 'องค์การบริหารส่วนตำบล (อบต.)', pao: 'องค์การบริหารส่วนจังหวัด (อบจ.)', other: 'อื่น ๆ',
    },
    role: {
      chief_executive: 'ผู้บริหารสูงสุด (นายก)', deputy_chief_executive: 'รองนายก', permanent_secretary: 'ปลัด',
      deputy_permanent_secretary: 'รองปลัด', unit_head: 'หัวหน้าหน่วยงาน', ita_admin: 'ผู้ดูแลระบบ ITA', staff: 'เจ้าหน้าที่',
    },
    units: { sectionsCannotNest: 'หน่วยงานที่มีฝ่ายย่อยอยู่แล้ว ไม่สามารถย้ายไปเป็นฝ่ายของหน่วยงานอื่นได้' },
  },
  en: {
    orgType: {
      city_municipality: 'City municipality (เทศบาลนคร)', town_municipality: 'Town municipality (เทศบาลเมือง)', subdistrict_municipality: 'Subdistrict municipality (เทศบาลตำบล)',
      sao: 'Subdistrict administrative organisation (อบต.)', pao: 'Provincial administrative organisation (อบจ.)', other: 'Other',
    },
    role: {
      chief_executive: 'Chief executive (mayor)', deputy_chief_executive: 'Deputy chief executive', permanent_secretary: 'Permanent secretary',
      deputy_permanent_secretary: 'Deputy permanent secretary', unit_head: 'Unit head', ita_admin: 'ITA admin', staff: 'Staff',
    },
    units: { sectionsCannotNest: 'A unit that has sections cannot itself become a section of another unit' },
  },
};
