import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from '../../../shared/ita/builtinFrameworks';
import type { Assessment } from '../../../shared/ita/types';
import { draftChecks, draftFromAssessment, emptyDraft, itemKind, itemsOf, locateIssue, toAssessmentInput } from '../../../renderer/src/results/draft';

const framework = builtinFrameworks().find((f) => f.fiscalYear === 2565)!;
const scores = { '1': '99.47', '2': '97.05', '3': '98.58', '4': '98.40', '5': '98.17', '6': '99.38', '7': '99.74', '8': '98.04', '9': '89.29', '10': '100.00' };

describe('results entry draft', () => {
  it('turns text cells (Thai or Arabic digits) into the save input, leaving empty items out', () => {
    const draft = emptyDraft();
    draft.overall = '๙๗.๐๗';
    Object.assign(draft.indicators, scores);
    draft.items.O12 = { score: '0', comment: ' ไม่มีหัวข้อปัญหาอุปสรรค ' };
    draft.items.O13 = { score: '', comment: '' };
    draft.items.E10 = { score: '๗๘.๓๓', comment: '' };
    draft.samples.IIT = { population: '๑๒๐', sample: '25' };
    draft.recommendations.OIT = 'ควรเผยแพร่ข้อมูลให้ครบ';
    const { input, problems } = toAssessmentInput(draft, framework, 2565);
    expect(problems).toEqual([]);
    expect(input.overallScore).toBe(97.07);
    expect(input.indicators['9']).toBe(89.29);
    expect(input.items).toEqual({ O12: { score: 0, comment: 'ไม่มีหัวข้อปัญหาอุปสรรค' }, E10: { score: 78.33, comment: '' } });
    expect(input.samples?.IIT).toEqual({ population: 120, sample: 25 });
    expect(input.recommendations).toEqual({ OIT: 'ควรเผยแพร่ข้อมูลให้ครบ' });
  });

  it('names every cell that would not save, by grid and code', () => {
    const draft = emptyDraft();
    draft.indicators['2'] = '101.5';
    draft.overall = 'เก้าสิบ';
    draft.items.O2 = { score: '50', comment: '' };
    draft.items.E3 = { score: '89.435', comment: '' };
    draft.samples.EIT = { population: '12.5', sample: '' };
    const { problems } = toAssessmentInput(draft, framework, 2565);
    expect(problems.map((p) => [p.grid, p.code, p.column, p.message.key])).toEqual([
      ['indicators', 'overall', 'score', 'validation.notANumber'],
      ['indicators', '2', 'score', 'validation.scoreRange'],
      ['EIT', 'E3', 'score', 'validation.twoDecimals'],
      ['OIT', 'O2', 'score', 'validation.binaryScore'],
      ['samples', 'EIT', 'population', 'validation.wholeNumber'],
    ]);
  });

  it('warns when the overall differs from the weighted indicators, and computes the minimum sample', () => {
    const draft = emptyDraft();
    Object.assign(draft.indicators, scores);
    draft.overall = '96.00';
    draft.samples.IIT = { population: '120', sample: '25' };
    const checks = draftChecks(draft, framework, 2565);
    expect(checks.overall).toMatchObject({ computed: 97.07, entered: 96, mismatch: true });
    expect(checks.samples.find((s) => s.instrument === 'IIT')).toMatchObject({ minimum: 30, short: true });
    draft.overall = '97.07';
    expect(draftChecks(draft, framework, 2565).overall.mismatch).toBe(false);
  });

  it('reads a saved year back with the office digits', () => {
    const assessment: Assessment = {
      fiscalYear: 2565,
      frameworkId: 1,
      overallScore: 97.07,
      indicators: { '9': 89.29 },
      items: { O12: { score: 0, comment: 'ไม่ครบ' } },
      recommendations: { OIT: 'ข้อเสนอแนะ' },
      samples: { IIT: { population: 120, sample: 25 }, EIT: { population: null, sample: null } },
      updatedAt: '2026-11-27T00:00:00Z',
    };
    const thai = (v: number, d: number) => new Intl.NumberFormat('th-TH-u-nu-thai', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false }).format(v);
    const draft = draftFromAssessment(assessment, thai);
    expect(draft.overall).toBe('๙๗.๐๗');
    expect(draft.items.O12).toEqual({ score: '๐.๐๐', comment: 'ไม่ครบ' });
    expect(draft.samples.IIT).toEqual({ population: '๑๒๐', sample: '๒๕' });
    expect(draft.samples.EIT).toEqual({ population: '', sample: '' });
    expect(toAssessmentInput(draft, framework, 2565).problems).toEqual([]);
  });

  it('knows the grids: OIT items score 0/100, survey questions 0–100, issues land on their cell', () => {
    expect(itemKind(framework, 'OIT')).toBe('binary');
    expect(itemKind(framework, 'EIT')).toBe('score');
    expect(itemsOf(framework, 'EIT').map((i) => i.code)).toContain('E13');
    expect(locateIssue({ path: 'items.O12.comment', key: 'validation.tooLong' }, framework)).toEqual({ grid: 'OIT', code: 'O12', column: 'comment' });
    expect(locateIssue({ path: 'overallScore', key: 'validation.scoreRange' }, framework)).toEqual({ grid: 'indicators', code: 'overall', column: 'score' });
    expect(locateIssue({ path: 'indicators.9', key: 'validation.scoreRange' }, framework)).toEqual({ grid: 'indicators', code: '9', column: 'score' });
    expect(locateIssue({ path: 'items.O99', key: 'validation.unknownCode' }, framework)).toBeNull();
  });
});
