import type { Analysis, InstrumentCode } from './types';

/** The short form of an analysis: what a script, a log or the CLI without `--json` needs. */
export interface AnalysisSummary {
  fiscalYear: number;
  score: number | null;
  grade: string | null;
  passed: boolean | null;
  target: number;
  overallMismatch: { entered: number | null; computed: number | null; difference: number | null } | null;
  previous: { fiscalYear: number; score: number | null; grade: string | null; delta: number | null } | null;
  ranking: { rank: number | null; no: number; name: string; score: number | null; delta: number | null }[];
  highest: string[];
  lowest: string[];
  belowTarget: Partial<Record<InstrumentCode, string[]>>;
  weakItems: { code: string; name: string; score: number; comment: string }[];
  shortSamples: { instrument: string; sample: number | null; minimum: number | null }[];
  missing: { indicators: number[]; items: number };
}

const label = (i: { no: number; name: string; score: number | null }) => `${i.no} ${i.name} ${i.score?.toFixed(2) ?? '-'}`;

export function analysisSummary(a: Analysis): AnalysisSummary {
  return {
    fiscalYear: a.fiscalYear,
    score: a.score,
    grade: a.grade,
    passed: a.passed,
    target: a.options.target,
    overallMismatch: a.overall.mismatch ? { entered: a.overall.entered, computed: a.overall.computed, difference: a.overall.difference } : null,
    previous: a.previous ? { ...a.previous, delta: a.scoreDelta } : null,
    ranking: a.ranking.map((i) => ({ rank: i.rank, no: i.no, name: i.name, score: i.score, delta: i.delta })),
    highest: a.highest.map(label),
    lowest: a.lowest.map(label),
    belowTarget: Object.fromEntries(a.instruments.filter((i) => i.belowTarget.length > 0).map((i) => [i.code, i.belowTarget.map(label)])),
    weakItems: a.weakItems.map((w) => ({ code: w.code, name: w.name, score: w.score, comment: w.comment })),
    shortSamples: a.samples.filter((s) => s.short).map((s) => ({ instrument: s.instrument, sample: s.sample, minimum: s.minimum })),
    missing: { indicators: a.missingIndicators, items: a.missingItems.length },
  };
}
