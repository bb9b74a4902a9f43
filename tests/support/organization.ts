import type { Organization } from '../../shared/api/office';

/** The test office: a subdistrict municipality in Khon Kaen that writes Thai digits in TH SarabunIT๙. */
export const TEST_ORGANIZATION: Organization = {
  name: 'เทศบาลตำบลทดสอบ',
  type: 'subdistrict_municipality',
  district: 'เมืองขอนแก่น',
  province: 'ขอนแก่น',
  phone: '043-123456',
  docNumberPrefix: 'ขก ๘๘๘๐๑',
  thaiDigits: true,
  documentFont: 'TH SarabunIT๙',
};
