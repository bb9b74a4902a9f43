import { z } from 'zod';
import { DOCUMENT_FONTS, ORGANIZATION_TYPES, PERSON_ROLES } from '../domain/office';
import { PROVINCE_NAMES } from '../domain/provinces';
import { channel, noInput } from './channel';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
const id = z.number().int().positive();

export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const organizationInput = z.strictObject({
  name: text(200),
  type: z.enum(ORGANIZATION_TYPES),
  district: text(100),
  province: z.enum(PROVINCE_NAMES),
  phone: optionalText(50).regex(/^(?:[0-9๐-๙\s\-+(),#]|ต่อ)*$/u, 'validation.phone'),
  docNumberPrefix: text(50),
  thaiDigits: z.boolean(),
  documentFont: z.enum(DOCUMENT_FONTS),
});
export type OrganizationInput = z.infer<typeof organizationInput>;
export type Organization = OrganizationInput;

export const unitInput = z.strictObject({ name: text(150), parentId: id.nullable() });
export type UnitInput = z.infer<typeof unitInput>;
export interface Unit extends UnitInput {
  id: number;
  sortOrder: number;
  peopleCount: number;
  sectionCount: number;
}

export const personInput = z.strictObject({
  title: optionalText(40),
  firstName: text(100),
  lastName: optionalText(100),
  position: text(200),
  unitId: id.nullable(),
  role: z.enum(PERSON_ROLES),
});
export type PersonInput = z.infer<typeof personInput>;
export interface Person extends PersonInput {
  id: number;
}

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  setupDone: boolean;
  language: Language;
}

export const officeApi = {
  'app.info': channel(noInput)<AppInfo>(),
  'settings.setLanguage': channel(z.strictObject({ language: z.enum(LANGUAGES) }))<Language>(),
  'organization.get': channel(noInput)<Organization | null>(),
  'organization.save': channel(organizationInput)<Organization>(),
  'setup.complete': channel(
    z.strictObject({ organization: organizationInput, units: z.array(z.strictObject({ name: text(150), sections: z.array(text(150)).max(50) })).max(100) }),
  )<Organization>(),
  'sample.load': channel(z.strictObject({ replace: z.boolean() }))<Organization>(),
  'units.list': channel(noInput)<Unit[]>(),
  'units.create': channel(unitInput)<Unit>(),
  'units.update': channel(unitInput.extend({ id }))<Unit>(),
  'units.move': channel(z.strictObject({ id, direction: z.enum(['up', 'down']) }))<Unit[]>(),
  'units.delete': channel(z.strictObject({ id, reassignTo: id.nullable() }))<void>(),
  'people.list': channel(noInput)<Person[]>(),
  'people.create': channel(personInput)<Person>(),
  'people.update': channel(personInput.extend({ id }))<Person>(),
  'people.delete': channel(z.strictObject({ id }))<void>(),
};
