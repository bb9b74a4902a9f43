import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contributionChart, indicatorChart, textWidth, trendChart } from '../../../shared/charts';
import { formatNumber } from '../../../shared/domain/thaiFormat';

const names = ['การปฏิบัติหน้าที่', 'การใช้งบประมาณ', 'การใช้อำนาจ', 'การใช้ทรัพย์สินของราชการ', 'การแก้ไขปัญหาการทุจริต', 'คุณภาพการดำเนินงาน', 'ประสิทธิภาพการสื่อสาร', 'การปรับปรุงการทำงาน', 'การเปิดเผยข้อมูล', 'การป้องกันการทุจริต'];
const scores = [99.47, 97.05, 98.58, 98.4, 98.17, 99.38, 99.74, 98.04, 89.29, 100];
const groups = ['IIT', 'IIT', 'IIT', 'IIT', 'IIT', 'EIT', 'EIT', 'EIT', 'OIT', 'OIT'];
const thai = (value: number, decimals: number) => formatNumber(value, { thaiDigits: true, decimals });

/** Charts are also looked at: written to test-artifacts/ for a person (and the e2e screenshots). */
function save(name: string, svg: string) {
  const dir = path.resolve('test-artifacts/charts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.svg`), svg);
}

describe('chart builders', () => {
  it('draws indicator bars with Thai labels, values and the target line', () => {
    const chart = indicatorChart({
      title: 'คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๕ <ทดสอบ & escape>',
      bars: names.map((n, i) => ({ label: `${thai(i + 1, 0)}. ${n}`, value: i === 3 ? null : scores[i]!, group: groups[i] })),
      target: 85,
      targetLabel: 'เป้าหมาย ๘๕ คะแนน',
      legend: [
        { group: 'IIT', label: 'IIT การรับรู้ภายใน' },
        { group: 'EIT', label: 'EIT การรับรู้ภายนอก' },
        { group: 'OIT', label: 'OIT การเปิดเผยข้อมูลสาธารณะ' },
      ],
      format: thai,
    });
    save('indicators', chart.svg);
    expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(chart.svg).toContain('font-family="TH Sarabun New, Sarabun, Laksaman, sans-serif"');
    expect(chart.svg).toContain('&lt;ทดสอบ &amp; escape&gt;');
    expect(chart.svg).toContain('๘๙.๒๙');
    expect(chart.svg).toContain('stroke-dasharray="6 4"');
    expect(chart.svg).not.toContain('NaN');
    expect(chart.height).toBeGreaterThan(10 * 30);
  });

  it('draws instrument contributions and the stacked total', () => {
    const chart = contributionChart({
      title: 'ที่มาของคะแนนรวมตามเครื่องมือการประเมิน',
      rows: [
        { code: 'IIT', label: 'IIT (น้ำหนัก 30)', weight: 30, contribution: 29.24 },
        { code: 'EIT', label: 'EIT (น้ำหนัก 30)', weight: 30, contribution: 29.57 },
        { code: 'OIT', label: 'OIT (น้ำหนัก 40)', weight: 40, contribution: 37.86 },
      ],
      totalLabel: 'คะแนนรวม',
      valueLabel: (c, w) => `${c} จาก ${w}`,
    });
    save('contributions', chart.svg);
    expect(chart.svg).toContain('29.24 จาก 30');
    expect(chart.svg).toContain('96.67');
    expect(chart.svg).not.toContain('NaN');
  });

  it('draws the overall score over the years, gaps for years without a score', () => {
    const chart = trendChart({
      title: 'คะแนนรวมและระดับผลการประเมิน',
      points: [
        { yearLabel: '2563', score: 72.31, grade: 'C' },
        { yearLabel: '2564', score: null, grade: null },
        { yearLabel: '2565', score: 87.67, grade: 'A' },
        { yearLabel: '2566', score: 97.07, grade: 'AA' },
      ],
      target: 85,
      targetLabel: 'เป้าหมาย 85',
      xLabel: 'ปีงบประมาณ',
    });
    save('trend', chart.svg);
    expect(chart.svg).toContain('97.07 (AA)');
    expect(chart.svg).toContain('72.31 (C)');
    expect(chart.svg).not.toContain('NaN');
    // One scored year alone still draws.
    expect(trendChart({ title: 't', points: [{ yearLabel: '2566', score: 90, grade: 'A' }], target: 85, targetLabel: '85', xLabel: '' }).svg).toContain('90.00 (A)');
  });

  it('estimates Thai text width without counting vowels above and below', () => {
    expect(textWidth('กี่', 10)).toBeCloseTo(textWidth('ก', 10));
    expect(textWidth('การใช้ทรัพย์สินของราชการ', 16)).toBeGreaterThan(textWidth('การใช้อำนาจ', 16));
  });
});
