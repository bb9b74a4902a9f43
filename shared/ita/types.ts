/**
 * Domain types of the ITA assessment: a framework (what is assessed in a fiscal year) and an
 * assessment (the results of one fiscal year). Frameworks are data per fiscal year, never code:
 * the built-in ones come from `builtinFrameworks.ts`, users copy, edit, import and export them.
 */

export const INSTRUMENT_CODES = ['IIT', 'EIT', 'OIT'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** Instruments that have a recorded population and sample (the two surveys). */
export const SURVEY_INSTRUMENTS = ['IIT', 'EIT'] as const;
export type SurveyInstrument = (typeof SURVEY_INSTRUMENTS)[number];

export const GRADES = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Grade = (typeof GRADES)[number];

/** `binary`: an item scores 0 or 100 (OIT); `percent`: any score 0–100 with two decimals (IIT/EIT questions). */
export const ITEM_SCALES = ['binary', 'percent'] as const;
export type ItemScale = (typeof ITEM_SCALES)[number];

/** A grade and the lowest score that earns it (inclusive). Bands are listed best first; the last starts at 0. */
export interface GradeBand {
  grade: Grade;
  min: number;
}

export interface FrameworkInstrument {
  code: InstrumentCode;
  /** Thai name, e.g. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน. */
  name: string;
  /** Share of the overall score in percent; the weights of a framework sum to 100. */
  weight: number;
  itemScale: ItemScale;
  /** `false` when the fact (here: mostly the weight) is not confirmed by a public source. */
  confirmed: boolean;
}

export interface FrameworkIndicator {
  /** 1…10 in the framework used 2563–2566. */
  no: number;
  name: string;
  instrument: InstrumentCode;
  confirmed: boolean;
}

export interface FrameworkSubIndicator {
  /** e.g. `9.1`. */
  code: string;
  name: string;
  indicatorNo: number;
  confirmed: boolean;
}

/** An OIT item (O1…) or an IIT/EIT question (I1…, E1…). */
export interface FrameworkItem {
  code: string;
  name: string;
  indicatorNo: number;
  /** Sub-indicator code (OIT items), `null` for survey questions. */
  subIndicator: string | null;
  confirmed: boolean;
}

/** Everything that defines a fiscal year's assessment. What is imported, exported and edited. */
export interface FrameworkDefinition {
  fiscalYear: number;
  name: string;
  /** The pass mark (85): the default target of the analysis. */
  passMark: number;
  gradeBands: GradeBand[];
  instruments: FrameworkInstrument[];
  indicators: FrameworkIndicator[];
  subIndicators: FrameworkSubIndicator[];
  items: FrameworkItem[];
  /** `false` when the framework as a whole is assumed (e.g. 2563 reuses the 2564 list). */
  confirmed: boolean;
  /** Where the facts come from and what is unconfirmed, free text. */
  notes: string;
}

export interface Framework extends FrameworkDefinition {
  id: number;
  /** Shipped with ITA Desk (may still be edited). */
  builtin: boolean;
  /** Fiscal years whose results use this framework: such a framework cannot be deleted. */
  usedBy: number[];
  updatedAt: string;
}

export interface FrameworkSummary {
  id: number;
  fiscalYear: number;
  name: string;
  builtin: boolean;
  confirmed: boolean;
  /** Number of items (OIT items and survey questions). */
  itemCount: number;
  usedBy: number[];
  updatedAt: string;
}

/** Population and sample of one survey (IIT or EIT); counts are whole people, `null` when not entered. */
export interface SurveySample {
  population: number | null;
  sample: number | null;
}

export interface AssessmentItemResult {
  score: number | null;
  /** The assessor's comment (ความคิดเห็นจากผู้ตรวจ), empty when none. */
  comment: string;
}

/** One fiscal year's results as they arrive from ITAS. Scores are 0–100 with at most two decimals. */
export interface Assessment {
  fiscalYear: number;
  frameworkId: number;
  /** The overall score as published (not computed); checked against the weighted indicators. */
  overallScore: number | null;
  /** Indicator scores keyed by the indicator number as text: `{ "1": 99.47, … "10": 100 }`. */
  indicators: Record<string, number | null>;
  /** Item results keyed by item code: `{ "O12": { score: 0, comment: "…" } }`. */
  items: Record<string, AssessmentItemResult>;
  /** The NACC's recommendations per instrument, free text. */
  recommendations: Partial<Record<InstrumentCode, string>>;
  samples: Record<SurveyInstrument, SurveySample>;
  updatedAt: string;
}

export interface AssessmentSummary {
  fiscalYear: number;
  frameworkId: number;
  frameworkYear: number;
  overallScore: number | null;
  /** Weighted from the indicator scores; `null` unless all ten are entered. */
  computedOverall: number | null;
  /** Grade and pass of the entered overall score (or the computed one when none was entered). */
  grade: Grade | null;
  passed: boolean | null;
  indicatorCount: number;
  itemCount: number;
  updatedAt: string;
}

/** Result of the minimum-sample rule for one survey. */
export interface SampleCheck {
  instrument: SurveyInstrument;
  population: number | null;
  sample: number | null;
  /** Minimum sample for the population; `null` without a population. */
  minimum: number | null;
  /** The recorded sample is below the minimum. */
  short: boolean;
}

export interface OverallCheck {
  entered: number | null;
  computed: number | null;
  /** entered − computed, rounded to two decimals; `null` unless both are known. */
  difference: number | null;
  tolerance: number;
  /** The entered overall differs from the computed one by more than the tolerance (shown, never fixed). */
  mismatch: boolean;
}

/** What a save reports besides the saved data: checks shown beside the grid, never silent fixes. */
export interface AssessmentChecks {
  overall: OverallCheck;
  samples: SampleCheck[];
  /** Indicators of the framework without a score. */
  missingIndicators: number[];
  /** Items of the framework without a score. */
  missingItems: string[];
}

export interface AnalysisOptions {
  /** Target for the overall score and each indicator; the framework's pass mark (85) by default. */
  target: number;
  /** Binary-scale (OIT) items at or below this score are weak; 0 by default (items at 0). */
  oitThreshold: number;
  /** Percent-scale (IIT/EIT) items below this score are weak; 85 by default. */
  eiThreshold: number;
}

export interface IndicatorAnalysis {
  no: number;
  name: string;
  instrument: InstrumentCode;
  score: number | null;
  /** Competition rank among scored indicators, best = 1 (ties share a rank); `null` without a score. */
  rank: number | null;
  belowTarget: boolean;
  previousScore: number | null;
  delta: number | null;
}

export interface InstrumentAnalysis {
  code: InstrumentCode;
  name: string;
  weight: number;
  /** Mean of the instrument's indicator scores; `null` when one is missing. */
  score: number | null;
  /** score × weight / 100: points of the overall score that come from this instrument. */
  contribution: number | null;
  previousScore: number | null;
  delta: number | null;
  /** Indicators of this instrument below the target, lowest first. */
  belowTarget: IndicatorAnalysis[];
  recommendation: string;
}

export interface WeakItem {
  code: string;
  name: string;
  instrument: InstrumentCode;
  indicatorNo: number;
  subIndicator: string | null;
  subIndicatorName: string | null;
  score: number;
  comment: string;
  /** The threshold that made it weak (OIT: at or below it; IIT/EIT: below it). */
  threshold: number;
  /** The same item (same name) in the previous year's framework; codes are renumbered between years. */
  previousCode: string | null;
  /** Last year's score of that item, `null` when there is none. */
  previousScore: number | null;
  delta: number | null;
}

export interface Analysis {
  fiscalYear: number;
  frameworkId: number;
  frameworkYear: number;
  options: AnalysisOptions;
  overall: OverallCheck;
  /** The score graded: the entered overall, or the computed one when none was entered. */
  score: number | null;
  grade: Grade | null;
  passed: boolean | null;
  /** Indicators in framework order. */
  indicators: IndicatorAnalysis[];
  /** Scored indicators best to worst. */
  ranking: IndicatorAnalysis[];
  /** All indicators sharing the highest / the lowest score. */
  highest: IndicatorAnalysis[];
  lowest: IndicatorAnalysis[];
  instruments: InstrumentAnalysis[];
  /** Items below the thresholds, in framework order, with the assessor's comments. */
  weakItems: WeakItem[];
  samples: SampleCheck[];
  /** The latest earlier recorded year, if any, and the change of the overall score against it. */
  previous: { fiscalYear: number; score: number | null; grade: Grade | null } | null;
  scoreDelta: number | null;
  missingIndicators: number[];
  missingItems: string[];
}
