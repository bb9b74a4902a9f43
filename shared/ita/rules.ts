/**
 * The rules of the ITA assessment as pure functions: grade, pass, minimum sample, weighted overall
 * score and the checks shown beside the entered results. Used by the UI, the services and exports.
 */
import type {
  Assessment,
  AssessmentChecks,
  FrameworkDefinition,
  Grade,
  GradeBand,
  InstrumentCode,
  OverallCheck,
  SampleCheck,
} from './types';
import { SURVEY_INSTRUMENTS } from './types';

export const DEFAULT_PASS_MARK = 85;
/**
 * Largest accepted difference between the published overall score and the one computed from the
 * published (rounded) indicator scores: each is rounded to two decimals, so honest figures differ
 * by at most 0.01.
 */
export const OVERALL_TOLERANCE = 0.02;

/** Rounds to two decimals, the precision of every published ITA figure. */
export const round2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;

/** The grade of a score: the first band (best first) whose minimum it reaches. 94.99 → A, 95.00 → AA. */
export function gradeOf(score: number, bands: readonly GradeBand[]): Grade {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) if (score >= band.min) return band.grade;
  return sorted[sorted.length - 1]?.grade ?? 'F';
}

/** Passing means reaching the target (85 by default): 85.00 passes, 84.99 does not. */
export const passes = (score: number, target = DEFAULT_PASS_MARK): boolean => score >= target;

/**
 * Minimum IIT/EIT sample for a population (measures-plan reference, quoting the NACC manual):
 * everyone when there are fewer than 30; 10 % (rounded up) but at least 30 up to 1,000; 100 when
 * there are more than 1,000. The last clause is read as a cap ("ไม่น้อยกว่า ๑๐๐ ตัวอย่าง" instead of
 * 10 %), otherwise it would never apply; it also joins the 10 % rule without a step (1,000 → 100).
 */
export function minimumSample(population: number): number {
  if (!Number.isFinite(population) || population <= 0) return 0;
  const people = Math.floor(population);
  if (people < 30) return people;
  if (people > 1000) return 100;
  return Math.max(30, Math.ceil(people / 10));
}

/** Indicator scores per instrument: the mean of the instrument's indicator scores, `null` if one is missing. */
export function instrumentScores(indicatorScores: Record<string, number | null | undefined>, framework: Pick<FrameworkDefinition, 'instruments' | 'indicators'>): Record<InstrumentCode, number | null> {
  const out = {} as Record<InstrumentCode, number | null>;
  for (const instrument of framework.instruments) {
    const scores = framework.indicators.filter((i) => i.instrument === instrument.code).map((i) => indicatorScores[String(i.no)]);
    out[instrument.code] = scores.length > 0 && scores.every((s): s is number => typeof s === 'number') ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  }
  return out;
}

/**
 * The overall score computed from the indicator scores: each instrument scores the mean of its
 * indicators, and the instruments are weighted by the framework (30/30/40 by default). This matches
 * the references: Nong Muang 2565 gives 97.07, Na Kha 2565 gives 87.67. Unrounded; `null` unless
 * every indicator has a score.
 */
export function weightedOverall(indicatorScores: Record<string, number | null | undefined>, framework: Pick<FrameworkDefinition, 'instruments' | 'indicators'>): number | null {
  const perInstrument = instrumentScores(indicatorScores, framework);
  let total = 0;
  let weights = 0;
  for (const instrument of framework.instruments) {
    const score = perInstrument[instrument.code];
    if (score === null || score === undefined) return null;
    total += (score * instrument.weight) / 100;
    weights += instrument.weight;
  }
  return weights > 0 ? total : null;
}

/** Compares the entered overall score with the computed one: reports a mismatch, never fixes it. */
export function checkOverall(entered: number | null, computed: number | null, tolerance = OVERALL_TOLERANCE): OverallCheck {
  const difference = entered !== null && computed !== null ? round2(entered - computed) : null;
  return {
    entered,
    computed: computed === null ? null : round2(computed),
    difference,
    tolerance,
    mismatch: entered !== null && computed !== null && Math.abs(entered - computed) > tolerance + 1e-9,
  };
}

export function checkSamples(samples: Assessment['samples']): SampleCheck[] {
  return SURVEY_INSTRUMENTS.map((instrument) => {
    const { population, sample } = samples[instrument] ?? { population: null, sample: null };
    const minimum = population === null ? null : minimumSample(population);
    return { instrument, population, sample, minimum, short: minimum !== null && sample !== null && sample < minimum };
  });
}

/** Everything shown beside the grid after a save: overall check, samples, what is still empty. */
export function assessmentChecks(assessment: Pick<Assessment, 'overallScore' | 'indicators' | 'items' | 'samples'>, framework: FrameworkDefinition): AssessmentChecks {
  return {
    overall: checkOverall(assessment.overallScore, weightedOverall(assessment.indicators, framework)),
    samples: checkSamples(assessment.samples),
    missingIndicators: framework.indicators.filter((i) => typeof assessment.indicators[String(i.no)] !== 'number').map((i) => i.no),
    missingItems: framework.items.filter((i) => typeof assessment.items[i.code]?.score !== 'number').map((i) => i.code),
  };
}
