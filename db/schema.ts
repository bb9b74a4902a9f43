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

export interface FrameworkRow {
  id: Generated<number>;
  fiscal_year: number;
  name: string;
  builtin: number;
  /** JSON: the FrameworkDefinition without fiscalYear and name. */
  definition: string;
  updated_at: string;
}

export interface AssessmentRow {
  id: Generated<number>;
  fiscal_year: number;
  framework_id: number;
  overall_score: number | null;
  iit_population: number | null;
  iit_sample: number | null;
  eit_population: number | null;
  eit_sample: number | null;
  updated_at: string;
}

export interface AssessmentIndicatorRow {
  assessment_id: number;
  indicator_no: number;
  score: number;
}

export interface AssessmentItemRow {
  assessment_id: number;
  code: string;
  score: number | null;
  comment: string;
}

export interface AssessmentRecommendationRow {
  assessment_id: number;
  instrument: string;
  text: string;
}

export interface MeasureLibraryRow {
  id: Generated<number>;
  key: string | null;
  instrument: string;
  indicator_no: number | null;
  title: string;
  /** JSON: string[] */
  methods: string;
  /** JSON: string[] */
  oit_items: string;
  cadence: string;
  follow_up: string;
  builtin: number;
  updated_at: string;
}

export interface MeasureRow {
  id: Generated<number>;
  fiscal_year: number;
  source_year: number | null;
  instrument: string;
  indicator_no: number | null;
  /** JSON: string[] */
  oit_items: string;
  title: string;
  /** JSON: string[] */
  methods: string;
  period_start: string | null;
  period_end: string | null;
  cadence: string;
  follow_up: string;
  library_id: number | null;
  sort_order: number;
  approved: number;
  approval_source: string;
  created_at: string;
  updated_at: string;
}

export interface MeasureUnitRow {
  measure_id: number;
  unit_id: number;
  position: number;
}

export interface ProgressEntryRow {
  id: Generated<number>;
  measure_id: number;
  period: string;
  unit_id: number;
  result: string;
  suggestion: string;
  status: string;
  dropped_reason: string;
  updated_at: string;
}

export interface EvidenceRow {
  id: Generated<number>;
  entry_id: number;
  kind: string;
  name: string;
  url: string | null;
  /** Path relative to `<dataDir>/evidence/`. */
  file: string | null;
  mime_type: string;
  size: number | null;
  sha256: string | null;
  added_at: string;
}

export interface MeasureExportRow {
  kind: string;
  fiscal_year: number;
  period: string;
  /** JSON: PlanOptions | ProgressReportOptions */
  options: string;
  exported_at: string | null;
  updated_at: string;
}

export interface MeetingRow {
  id: Generated<number>;
  template: string;
  committee: string;
  number: number;
  number_year: number;
  date: string;
  start_time: string;
  end_time: string | null;
  venue: string;
  chair_person_id: number | null;
  chair_name: string;
  chair_position: string;
  recorder_person_id: number | null;
  recorder_name: string;
  recorder_position: string;
  checker_person_id: number | null;
  checker_name: string;
  checker_position: string;
  has_certifier: number;
  certifier_person_id: number | null;
  certifier_name: string;
  certifier_position: string;
  signature_column: number;
  /** JSON: AgendaItem[] */
  agenda: string;
  previous_meeting_id: number | null;
  /** JSON: CoverMemo */
  cover: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingAttendeeRow {
  meeting_id: number;
  position: number;
  person_id: number | null;
  name: string;
  position_title: string;
  attendance: string;
  reason: string;
}

export interface Schema {
  setting: SettingRow;
  meeting: MeetingRow;
  meeting_attendee: MeetingAttendeeRow;
  organization: OrganizationRow;
  unit: UnitRow;
  person: PersonRow;
  memo: MemoRow;
  document_asset: DocumentAssetRow;
  framework: FrameworkRow;
  assessment: AssessmentRow;
  assessment_indicator: AssessmentIndicatorRow;
  assessment_item: AssessmentItemRow;
  assessment_recommendation: AssessmentRecommendationRow;
  measure_library: MeasureLibraryRow;
  measure: MeasureRow;
  measure_unit: MeasureUnitRow;
  progress_entry: ProgressEntryRow;
  evidence: EvidenceRow;
  measure_export: MeasureExportRow;
}
