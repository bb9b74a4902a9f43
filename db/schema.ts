import type { Generated } from 'kysely';

/** Row types of the tables, as Kysely sees them. Names match the SQL of the migrations. */
export interface SettingRow {
  key: string;
  value: string;
}

export interface OrganizationRow {
  id: number;
  name: string;
  type: string;
  district: string;
  province: string;
  phone: string;
  doc_number_prefix: string;
  thai_digits: number;
  document_font: string;
}

export interface UnitRow {
  id: Generated<number>;
  name: string;
  parent_id: number | null;
  sort_order: number;
}

export interface PersonRow {
  id: Generated<number>;
  title: string;
  first_name: string;
  last_name: string;
  position: string;
  unit_id: number | null;
  role: string;
}

export interface MemoRow {
  id: Generated<number>;
  fiscal_year: number;
  date: string;
  doc_number: string;
  running_number: number | null;
  unit_id: number | null;
  agency: string;
  subject: string;
  salutation: string;
  numbered: number;
  /** JSON: MemoSection[] */
  sections: string;
  closing: string;
  signer_person_id: number | null;
  signer_name: string;
  signer_position: string;
  /** JSON: CommentBox[] */
  comment_boxes: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentAssetRow {
  key: string;
  mime_type: string;
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Schema {
  setting: SettingRow;
  organization: OrganizationRow;
  unit: UnitRow;
  person: PersonRow;
  memo: MemoRow;
  document_asset: DocumentAssetRow;
}
