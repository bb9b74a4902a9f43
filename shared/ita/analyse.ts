/**
 * The analysis of a year's results, as tabled at the analysis meeting and written into the
 * measures plan: grade and pass, indicators ranked best to worst with the highest and lowest,
 * indicators below the target per instrument, weak items with the assessor's comments, and the
 * change against the previous recorded year for every figure. Pure: same input, same output.
 */
import { assessmentChecks, DEFAULT_PASS_MARK, gradeOf, instrumentScores, passes, round2, weightedOverall } from './rules';
import type { Analysis, AnalysisOptions, Assessment, FrameworkDefinition, IndicatorAnalysis, InstrumentAnalysis, WeakItem } from './types';

export type AnalysedAssessment = Pick<Assessment, 'fiscalYear' | 'overallScore' | 'indicators' | 'items' | 'recommendations' | 'samples'> & { frameworkId?: number };

export interface PreviousYear {
  assessment: AnalysedAssessment;
  framework: FrameworkDefinition;
}

export const DEFAULT_OIT_THRESHOLD = 0;
export const DEFAULT_EI_THRESHOLD = 85;

export function analysisOptions(framework: Pick<FrameworkDefinition, 'passMark'>, given: Partial<AnalysisOptions> = {}): AnalysisOptions {
  return {
    target: given.target ?? framework.passMark ?? DEFAULT_PASS_MARK,
    oitThreshold: given.oitThreshold ?? DEFAULT_OIT_THRESHOLD,
    eiThreshold: given.eiThreshold ?? DEFAULT_EI_THRESHOLD,
  };
}

const delta = (now: number | null | undefined, before: number | null | undefined): number | null =>
  typeof now === 'number' && typeof before === 'number' ? round2(now - before) : null;

const scoreOf = (value: number | null | undefined): number | null => (typeof value === 'number' ? value : null);

/** The score that is graded: the published overall, or the computed one when none was entered. */
export function gradedScore(assessment: Pick<Assessment, 'overallScore' | 'indicators'>, framework: FrameworkDefinition): number | null {
  if (assessment.overallScore !== null) return assessment.overallScore;
  const computed = weightedOverall(assessment.indicators, framework);
  return computed === null ? null : round2(computed);
}

/** Competition ranking (1, 2, 2, 4) of the scored indicators, best first; ties keep framework order. */
function rankIndicators(indicators: IndicatorAnalysis[]): IndicatorAnalysis[] {
  const scored = indicators.filter((i) => i.score !== null).sort((a, b) => (b.score as number) - (a.score as number));
  scored.forEach((indicator, index) => {
    const before = scored[index - 1];
    indicator.rank = before && before.score === indicator.score ? before.rank : index + 1;
  });
  return scored;
}

export function analyse(assessment: AnalysedAssessment, framework: FrameworkDefinition & { id?: number }, previous?: PreviousYear | null, given: Partial<AnalysisOptions> = {}): Analysis {
  const options = analysisOptions(framework, given);
  const checks = assessmentChecks(assessment, framework);
  const score = gradedScore(assessment, framework);
  const previousScore = previous ? gradedScore(previous.assessment, previous.framework) : null;

  const indicators: IndicatorAnalysis[] = framework.indicators.map((indicator) => {
    const value = scoreOf(assessment.indicators[String(indicator.no)]);
    const before = previous ? scoreOf(previous.assessment.indicators[String(indicator.no)]) : null;
    return {
      no: indicator.no,
      name: indicator.name,
      instrument: indicator.instrument,
      score: value,
      rank: null,
      belowTarget: value !== null && value < options.target,
      previousScore: before,
      delta: delta(value, before),
    };
  });
  const ranking = rankIndicators(indicators);
  const best = ranking[0]?.score;
  const worst = ranking[ranking.length - 1]?.score;

  const current = instrumentScores(assessment.indicators, framework);
  const before = previous ? instrumentScores(previous.assessment.indicators, previous.framework) : null;
  const instruments: InstrumentAnalysis[] = framework.instruments.map((instrument) => {
    const value = current[instrument.code];
    const last = before?.[instrument.code] ?? null;
    return {
      code: instrument.code,
      name: instrument.name,
      weight: instrument.weight,
      score: value === null ? null : round2(value),
      contribution: value === null ? null : round2((value * instrument.weight) / 100),
      previousScore: last === null ? null : round2(last),
      delta: value === null || last === null ? null : round2(value - last),
      belowTarget: indicators.filter((i) => i.instrument === instrument.code && i.belowTarget).sort((a, b) => (a.score as number) - (b.score as number)),
      recommendation: assessment.recommendations[instrument.code] ?? '',
    };
  });

  const scaleOf = new Map(framework.instruments.map((i) => [i.code, i.itemScale]));
  const instrumentOf = new Map(framework.indicators.map((i) => [i.no, i.instrument]));
  const subNames = new Map(framework.subIndicators.map((s) => [s.code, s.name]));
  // Items are renumbered between years (O26 of 2564 is O24 of 2566): the same item is the one with the same name.
  const previousCodeByName = new Map(previous?.framework.items.map((i) => [i.name, i.code]) ?? []);
  const weakItems: WeakItem[] = [];
  for (const item of framework.items) {
    const result = assessment.items[item.code];
    if (!result || result.score === null) continue;
    const instrument = instrumentOf.get(item.indicatorNo);
    if (!instrument) continue;
    const binary = scaleOf.get(instrument) === 'binary';
    const threshold = binary ? options.oitThreshold : options.eiThreshold;
    const weak = binary ? result.score <= threshold : result.score < threshold;
    if (!weak) continue;
    const previousCode = previousCodeByName.get(item.name) ?? null;
    const last = previous && previousCode ? scoreOf(previous.assessment.items[previousCode]?.score) : null;
    weakItems.push({
      code: item.code,
      name: item.name,
      instrument,
      indicatorNo: item.indicatorNo,
      subIndicator: item.subIndicator,
      subIndicatorName: item.subIndicator ? (subNames.get(item.subIndicator) ?? null) : null,
      score: result.score,
      comment: result.comment,
      threshold,
      previousCode,
      previousScore: last,
      delta: delta(result.score, last),
    });
  }

  return {
    fiscalYear: assessment.fiscalYear,
    frameworkId: framework.id ?? assessment.frameworkId ?? 0,
    frameworkYear: framework.fiscalYear,
    options,
    overall: checks.overall,
    score,
    grade: score === null ? null : gradeOf(score, framework.gradeBands),
    passed: score === null ? null : passes(score, options.target),
    indicators,
    ranking,
    highest: best === undefined ? [] : ranking.filter((i) => i.score === best),
    lowest: worst === undefined ? [] : ranking.filter((i) => i.score === worst),
    instruments,
    weakItems,
    samples: checks.samples,
    previous: previous
      ? { fiscalYear: previous.assessment.fiscalYear, score: previousScore, grade: previousScore === null ? null : gradeOf(previousScore, previous.framework.gradeBands) }
      : null,
    scoreDelta: delta(score, previousScore),
    missingIndicators: checks.missingIndicators,
    missingItems: checks.missingItems,
  };
}
