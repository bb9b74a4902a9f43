import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/ita/analyse';
import { builtinFrameworks } from '../../../shared/ita/builtinFrameworks';
import { normalizeItemCode, parseScore } from '../../../shared/ita/score';
import type { Assessment, FrameworkDefinition } from '../../../shared/ita/types';
import { NA_KHA_2565, NONG_MUANG_2565, NONG_MUANG_RANKING } from './fixtures/references';

const frameworks = builtinFrameworks();
const frameworkOf = (year: number) => frameworks.find((f) => f.fiscalYear === year)!;

const score = (text: string) => {
  const parsed = parseScore(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.key}`);
  return parsed.value;
};

/** A reference fixture read the way the grid reads pasted text (Thai digits, "0๒๖" codes). */
function fromText(fixture: typeof NONG_MUANG_2565 | typeof NA_KHA_2565): Omit<Assessment, 'updatedAt' | 'frameworkId'> {
  return {
    fiscalYear: fixture.fiscalYear,
    overallScore: score(fixture.overallScore),
    indicators: Object.fromEntries(Object.entries(fixture.indicators).map(([no, s]) => [String(Number(normalizeItemCode(no))), score(s)])),
    items: Object.fromEntries(Object.entries(fixture.items).map(([code, r]) => [normalizeItemCode(code), { score: score(r.score), comment: r.comment }])),
    recommendations: fixture.recommendations,
    samples: { IIT: { population: null, sample: null }, EIT: { population: null, sample: null } },
  };
}

describe('analyse: measures-plan reference (หนองม่วง 2565)', () => {
  const result = analyse(fromText(NONG_MUANG_2565), frameworkOf(2565));

  it('97.07 → AA, passes 85, overall matches the weighted indicators', () => {
    expect(result).toMatchObject({ score: 97.07, grade: 'AA', passed: true });
    expect(result.overall).toMatchObject({ entered: 97.07, computed: 97.07, mismatch: false });
  });

  it('ranks the indicators exactly as the reference table, highest 100.00, lowest การเปิดเผยข้อมูล 89.29', () => {
    expect(result.ranking.map((i) => [i.name, i.score])).toEqual(NONG_MUANG_RANKING);
    expect(result.ranking.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.highest.map((i) => [i.name, i.score])).toEqual([['การป้องกันการทุจริต', 100]]);
    expect(result.lowest.map((i) => [i.name, i.score])).toEqual([['การเปิดเผยข้อมูล', 89.29]]);
  });

  it('no indicator is below 85; with a target of 90 the OIT indicator การเปิดเผยข้อมูล is', () => {
    expect(result.instruments.flatMap((i) => i.belowTarget)).toEqual([]);
    const strict = analyse(fromText(NONG_MUANG_2565), frameworkOf(2565), null, { target: 90 });
    expect(strict.instruments.find((i) => i.code === 'OIT')!.belowTarget.map((i) => i.no)).toEqual([9]);
    expect(strict.passed).toBe(true);
  });

  it('the zero-score OIT items of the reference are the weak items, with their comments and sub-indicators', () => {
    expect(result.weakItems.map((w) => w.code)).toEqual(['O12', 'O17', 'O20', 'O24']);
    expect(result.weakItems[0]).toMatchObject({ name: 'รายงานผลการดำเนินงานประจำปี', subIndicator: '9.2', subIndicatorName: 'การบริหารงาน', score: 0, instrument: 'OIT' });
    expect(result.weakItems.every((w) => w.comment.startsWith('ข้อมูลไม่ครบถ้วน'))).toBe(true);
  });

  it('instrument scores and contributions add up to the overall score', () => {
    expect(result.instruments.map((i) => [i.code, i.score])).toEqual([
      ['IIT', 98.33],
      ['EIT', 99.05],
      ['OIT', 94.65],
    ]);
    const total = result.instruments.reduce((sum, i) => sum + i.contribution!, 0);
    expect(Math.abs(total - 97.07)).toBeLessThan(0.02);
    expect(result.instruments.find((i) => i.code === 'OIT')!.recommendation).toContain('O๑๒');
  });
});

describe('analyse: minutes reference (นาข่า 2565)', () => {
  const result = analyse(fromText(NA_KHA_2565), frameworkOf(2565));

  it('87.67 → A; ties share a rank', () => {
    expect(result).toMatchObject({ score: 87.67, grade: 'A', passed: true, overall: { mismatch: false } });
    const tied = result.ranking.filter((i) => i.score === 99.29);
    expect(tied.map((i) => i.rank)).toEqual([2, 2]);
    expect(result.ranking[3]!.rank).toBe(4);
    expect(result.lowest.map((i) => [i.name, i.score])).toEqual([['การป้องกันการทุจริต', 62.5]]);
  });

  it('indicators below 85 per instrument: only OIT 10 (62.50)', () => {
    expect(Object.fromEntries(result.instruments.map((i) => [i.code, i.belowTarget.map((b) => b.no)]))).toEqual({ IIT: [], EIT: [], OIT: [10] });
  });

  it('weak items: the five OIT zeros with the NACC comments, EIT questions below 85 (E10, E13)', () => {
    expect(result.weakItems.map((w) => [w.code, w.score])).toEqual([
      ['E10', 78.33],
      ['E13', 77.5],
      ['O26', 0],
      ['O30', 0],
      ['O39', 0],
      ['O40', 0],
      ['O43', 0],
    ]);
    expect(result.weakItems.find((w) => w.code === 'O30')!.comment).toBe('ไม่พบช่องทางแจ้งผ่านช่องทางออนไลน์');
  });

  it('the meeting used 90 for EIT questions: all four reported questions are then weak', () => {
    const at90 = analyse(fromText(NA_KHA_2565), frameworkOf(2565), null, { eiThreshold: 90 });
    expect(at90.weakItems.filter((w) => w.instrument === 'EIT').map((w) => w.code)).toEqual(['E3', 'E8', 'E10', 'E13']);
  });

  it('an OIT threshold above 0 changes nothing for 0/100 items; reports missing cells', () => {
    expect(analyse(fromText(NA_KHA_2565), frameworkOf(2565), null, { oitThreshold: 50 }).weakItems).toHaveLength(7);
    expect(result.missingIndicators).toEqual([]);
    expect(result.missingItems).toHaveLength(88 - 9);
  });
});

describe('analyse: against the previous year', () => {
  const previous = { assessment: fromText(NA_KHA_2565), framework: frameworkOf(2565) };
  const next: Omit<Assessment, 'updatedAt' | 'frameworkId'> = {
    ...fromText(NA_KHA_2565),
    fiscalYear: 2566,
    overallScore: 91.25,
    indicators: { ...fromText(NA_KHA_2565).indicators, 10: 80, 7: 85.5 },
    // 2566 renumbered the items: the HR-policy item O26 of 2565 is O24 in 2566.
    items: { O24: { score: 0, comment: 'ยังไม่พบการดำเนินการ' }, O36: { score: 0, comment: 'ไม่พบแผน' }, E10: { score: 80, comment: '' } },
  };
  const result = analyse(next, frameworkOf(2566) as FrameworkDefinition, previous);

  it('gives the change of every figure', () => {
    expect(result.previous).toEqual({ fiscalYear: 2565, score: 87.67, grade: 'A' });
    expect(result.scoreDelta).toBe(3.58);
    expect(result.indicators.find((i) => i.no === 10)).toMatchObject({ score: 80, previousScore: 62.5, delta: 17.5 });
    expect(result.indicators.find((i) => i.no === 7)).toMatchObject({ previousScore: 87.95, delta: -2.45 });
    expect(result.instruments.find((i) => i.code === 'OIT')).toMatchObject({ previousScore: 76.75, delta: 8.75 });
    // The overall was entered by hand and no longer matches the indicators: reported, not fixed.
    expect(result.overall.mismatch).toBe(true);
    expect(result.score).toBe(91.25);
  });

  it('compares items by name across renumbered lists', () => {
    const o24 = result.weakItems.find((w) => w.code === 'O24')!;
    expect(o24).toMatchObject({ name: 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', previousCode: 'O26', previousScore: 0, delta: 0 });
    expect(result.weakItems.find((w) => w.code === 'E10')).toMatchObject({ previousCode: 'E10', previousScore: 78.33, delta: 1.67 });
    expect(result.weakItems.find((w) => w.code === 'O36')).toMatchObject({ previousCode: 'O39', previousScore: 0 });
  });
});
