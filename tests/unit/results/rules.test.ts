import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from '../../../shared/ita/builtinFrameworks';
import { frameworkIssues } from '../../../shared/ita/framework';
import { checkOverall, checkSamples, gradeOf, minimumSample, passes, weightedOverall } from '../../../shared/ita/rules';
import { checkBinaryScore, normalizeItemCode, parseCount, parseScore } from '../../../shared/ita/score';
import type { GradeBand } from '../../../shared/ita/types';

const framework = builtinFrameworks().find((f) => f.fiscalYear === 2565)!;
const bands: GradeBand[] = framework.gradeBands;

describe('gradeOf', () => {
  it.each([
    [100, 'AA'],
    [95, 'AA'],
    [95.0, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [75, 'B'],
    [74.99, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [55, 'D'],
    [54.99, 'E'],
    [50, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('%s → %s', (score, grade) => {
    expect(gradeOf(score, bands)).toBe(grade);
  });

  it('grades the reference scores as published: 97.07 → AA, 87.67 → A, 72.31 → C', () => {
    expect([97.07, 87.67, 72.31].map((s) => gradeOf(s, bands))).toEqual(['AA', 'A', 'C']);
  });

  it('reads the bands as data: an edited band moves the boundary', () => {
    const edited = bands.map((b) => (b.grade === 'AA' ? { ...b, min: 96 } : b));
    expect(gradeOf(95.5, edited)).toBe('A');
    // Order of the list does not matter.
    expect(gradeOf(95.5, [...bands].reverse())).toBe('AA');
  });
});

describe('passes', () => {
  it('85 passes, 84.99 does not; the target is configurable', () => {
    expect(passes(85)).toBe(true);
    expect(passes(84.99)).toBe(false);
    expect(passes(89.99, 90)).toBe(false);
    expect(passes(90, 90)).toBe(true);
  });
});

describe('minimumSample', () => {
  it.each([
    [0, 0],
    [1, 1],
    [29, 29], // fewer than 30: everyone
    [30, 30], // at least 30
    [31, 30],
    [300, 30], // 10 % = 30
    [301, 31], // 10 % rounded up
    [999, 100],
    [1000, 100], // 10 %
    [1001, 100], // more than 1,000: 100
    [25_000, 100],
  ])('population %s → %s', (population, minimum) => {
    expect(minimumSample(population)).toBe(minimum);
  });

  it('flags a short sample, never one that reaches the minimum', () => {
    const checks = checkSamples({ IIT: { population: 47, sample: 28 }, EIT: { population: 1250, sample: 100 } });
    expect(checks).toEqual([
      { instrument: 'IIT', population: 47, sample: 28, minimum: 30, short: true },
      { instrument: 'EIT', population: 1250, sample: 100, minimum: 100, short: false },
    ]);
    expect(checkSamples({ IIT: { population: null, sample: 5 }, EIT: { population: 20, sample: null } }).map((c) => c.short)).toEqual([false, false]);
  });
});

describe('weightedOverall', () => {
  // Measures-plan reference (เทศบาลตำบลหนองม่วง, 2565): ten indicator scores and the published 97.07.
  const nongMuang = { 1: 99.47, 2: 97.05, 3: 98.58, 4: 98.4, 5: 98.17, 6: 99.38, 7: 99.74, 8: 98.04, 9: 89.29, 10: 100 };
  // Minutes reference (เทศบาลตำบลนาข่า, 2565): published 87.67.
  const naKha = { 1: 99.51, 2: 99.2, 3: 99.29, 4: 98.58, 5: 99.29, 6: 94.69, 7: 87.95, 8: 89.49, 9: 91.0, 10: 62.5 };

  it('instrument = mean of its indicators, weighted 30/30/40: reproduces both published overall scores', () => {
    expect(Math.round(weightedOverall(nongMuang, framework)! * 100) / 100).toBe(97.07);
    expect(Math.round(weightedOverall(naKha, framework)! * 100) / 100).toBe(87.67);
    expect(checkOverall(97.07, weightedOverall(nongMuang, framework)).mismatch).toBe(false);
    expect(checkOverall(87.67, weightedOverall(naKha, framework)).mismatch).toBe(false);
  });

  it('is null until every indicator has a score', () => {
    const { 10: _ten, ...nine } = nongMuang;
    expect(weightedOverall(nine, framework)).toBeNull();
  });

  it('uses the weights as data', () => {
    const equal = { ...framework, instruments: framework.instruments.map((i) => ({ ...i, weight: i.code === 'OIT' ? 34 : 33 })) };
    expect(weightedOverall(nongMuang, equal)).not.toBeCloseTo(weightedOverall(nongMuang, framework)!, 2);
  });

  it('reports a mismatch beyond the tolerance, with the difference; never changes the entered score', () => {
    const check = checkOverall(97.27, weightedOverall(nongMuang, framework));
    expect(check).toMatchObject({ entered: 97.27, computed: 97.07, difference: 0.2, mismatch: true });
    expect(checkOverall(97.09, 97.074).mismatch).toBe(false); // within 0.02
    expect(checkOverall(97.1, 97.074).mismatch).toBe(true);
    expect(checkOverall(null, 97.07)).toMatchObject({ mismatch: false, difference: null });
  });
});

describe('parseScore', () => {
  it.each([
    ['87.67', 87.67],
    ['๘๗.๖๗', 87.67],
    [' 99.5 ', 99.5],
    ['100', 100],
    ['0', 0],
    ['0.00', 0],
    ['87.670', 87.67],
    ['.5', 0.5],
    ['92%', 92],
    ['๙๑.๐๐ คะแนน', 91],
    ['', null],
    ['  ', null],
    ['-', null],
  ])('%j → %s', (text, value) => {
    expect(parseScore(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['100.01', 'validation.scoreRange'],
    ['-1', 'validation.scoreRange'],
    ['101', 'validation.scoreRange'],
    ['87.675', 'validation.twoDecimals'],
    ['๘๗.๖๗๕', 'validation.twoDecimals'],
    ['abc', 'validation.notANumber'],
    ['87,67', 'validation.notANumber'],
    ['8 7.6.7', 'validation.notANumber'],
    ['ผ่าน', 'validation.notANumber'],
  ])('%j is refused with %s', (text, key) => {
    const result = parseScore(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.key).toBe(key);
  });

  it('OIT items score 0 or 100 only', () => {
    expect(checkBinaryScore(0).ok && checkBinaryScore(100).ok).toBe(true);
    expect(checkBinaryScore(50)).toEqual({ ok: false, key: 'validation.binaryScore' });
  });

  it('counts read Thai digits and grouping', () => {
    expect(parseCount('๑,๒๕๐')).toEqual({ ok: true, value: 1250 });
    expect(parseCount('12.5')).toMatchObject({ ok: false, key: 'validation.wholeNumber' });
  });
});

describe('normalizeItemCode', () => {
  it('reads codes the way the reference documents write them', () => {
    expect(normalizeItemCode('0๒๖')).toBe('O26'); // zero typed for the letter O
    expect(normalizeItemCode('๐๔๓')).toBe('O43');
    expect(normalizeItemCode('o12')).toBe('O12');
    expect(normalizeItemCode('O 012')).toBe('O12');
    expect(normalizeItemCode('E๑๓')).toBe('E13');
    expect(normalizeItemCode('i1')).toBe('I1');
    expect(normalizeItemCode('X9')).toBe('X9');
  });
});

describe('built-in frameworks', () => {
  const all = builtinFrameworks();

  it('cover 2563–2567, each consistent: unique codes, weights 100, ten indicators, bands AA…F', () => {
    expect(all.map((f) => f.fiscalYear)).toEqual([2563, 2564, 2565, 2566, 2567]);
    for (const f of all) {
      expect(frameworkIssues(f), String(f.fiscalYear)).toEqual([]);
      expect(f.indicators).toHaveLength(10);
      expect(f.gradeBands.map((b) => b.grade)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
      expect(f.passMark).toBe(85);
      expect(f.items.filter((i) => i.code.startsWith('O'))).toHaveLength(43);
      expect(f.items.filter((i) => i.code.startsWith('I'))).toHaveLength(30);
      expect(f.items.filter((i) => i.code.startsWith('E'))).toHaveLength(15);
    }
  });

  it('2563–2565 share the 2564 OIT list; 2566 has its own (O10 personal-data policy, No Gift Policy items)', () => {
    const oit = (year: number) => all.find((f) => f.fiscalYear === year)!.items.filter((i) => i.code.startsWith('O')).map((i) => `${i.code} ${i.name}`);
    expect(oit(2563)).toEqual(oit(2564));
    expect(oit(2565)).toEqual(oit(2564));
    expect(oit(2566)).not.toEqual(oit(2564));
    expect(oit(2566)).toContain('O10 นโยบายคุ้มครองข้อมูลส่วนบุคคล');
    expect(oit(2566).filter((i) => i.includes('No Gift Policy'))).toHaveLength(3);
    expect(oit(2564)).toContain('O26 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล');
  });

  it('flags what the sources do not confirm: the 30/30/40 weights, most EIT questions, the 2563 list', () => {
    const f2564 = all.find((f) => f.fiscalYear === 2564)!;
    expect(f2564.instruments.every((i) => !i.confirmed)).toBe(true);
    expect(f2564.instruments.map((i) => i.weight)).toEqual([30, 30, 40]);
    expect(f2564.items.find((i) => i.code === 'E3')!.name).toContain('ปิดบังหรือบิดเบือนข้อมูล');
    expect(f2564.items.filter((i) => i.code.startsWith('E')).every((i) => !i.confirmed)).toBe(true);
    expect(all.find((f) => f.fiscalYear === 2563)!.confirmed).toBe(false);
    expect(f2564.confirmed).toBe(true);
  });

  it('framework rules name duplicated codes, weights that do not sum to 100, bands out of order, dangling references', () => {
    const f = all.find((x) => x.fiscalYear === 2566)!;
    const broken = {
      ...f,
      instruments: f.instruments.map((i) => (i.code === 'OIT' ? { ...i, weight: 45 } : i)),
      items: [...f.items, { ...f.items[0]!, name: 'ซ้ำ' }, { code: 'O99', name: 'ใหม่', indicatorNo: 11, subIndicator: null, confirmed: true }],
      gradeBands: [...f.gradeBands].reverse(),
    };
    const issues = frameworkIssues(broken);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['items', 88, 'code'], key: 'validation.duplicate', params: { value: 'I1' } },
        { path: ['instruments'], key: 'results.framework.weightsSum', params: { sum: 105 } },
        { path: ['gradeBands'], key: 'results.framework.bandsOrder' },
        { path: ['items', 89, 'indicatorNo'], key: 'validation.unknownReference', params: { value: 11 } },
      ]),
    );
  });
});
