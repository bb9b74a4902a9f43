import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressChart, PROGRESS_COLOURS } from '../../../shared/charts';
import { formatNumber } from '../../../shared/domain/thaiFormat';

const thai = (value: number, decimals: number) => formatNumber(value, { thaiDigits: true, decimals });
const labels = { done: 'ดำเนินการแล้วเสร็จ', inProgress: 'อยู่ระหว่างดำเนินการ', overdue: 'เกินกำหนด', notStarted: 'ยังไม่ดำเนินการ', dropped: 'ยกเลิก' };

function save(name: string, svg: string) {
  const dir = path.resolve('test-artifacts/charts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.svg`), svg);
}

describe('progress chart', () => {
  it('stacks done, in progress, overdue, not started and dropped per row on one count scale', () => {
    const chart = progressChart({
      title: 'ความคืบหน้าของมาตรการ แยกตามหน่วยงาน <ปี & ๒๕๖๗>',
      rows: [
        { label: 'สำนักปลัด', counts: { done: 3, inProgress: 2, overdue: 1, notStarted: 1 } },
        { label: 'กองคลัง', counts: { done: 1, dropped: 1 } },
        { label: 'กองการศึกษา ศาสนาและวัฒนธรรม ชื่อยาวมากจนต้องตัดให้สั้นลงเพื่อไม่ให้ล้นกราฟ', counts: {} },
      ],
      segmentLabels: labels,
      emptyLabel: 'ยังไม่มีมาตรการ',
      format: thai,
    });
    save('measures-progress', chart.svg);
    expect(chart.svg).toContain('&lt;ปี &amp; ๒๕๖๗&gt;');
    expect(chart.svg).toContain(`fill="${PROGRESS_COLOURS.overdue}"`);
    // Totals in Thai digits beside each bar; an empty row shows a dash.
    expect(chart.svg).toContain('>๗</text>');
    expect(chart.svg).toContain('>๒</text>');
    expect(chart.svg).toContain('>—</text>');
    expect(chart.svg).toContain('…');
    expect(chart.svg).not.toContain('NaN');
    // The first row's bar (7 measures) is 3.5 times as long as the second's (2).
    const widths = [...chart.svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="([\d.]+)" height="22"/g)].map((m) => ({ y: Number(m[1]), w: Number(m[2]) }));
    const rowTotal = (y: number) => widths.filter((r) => r.y === y).reduce((s, r) => s + r.w, 0);
    const ys = [...new Set(widths.map((r) => r.y))];
    expect(ys).toHaveLength(2);
    expect(rowTotal(ys[0]!) / rowTotal(ys[1]!)).toBeCloseTo(3.5, 1);
  });

  it('says so when there is nothing to draw', () => {
    const chart = progressChart({ title: 'ว่าง', rows: [{ label: 'IIT', counts: {} }], segmentLabels: labels, emptyLabel: 'ยังไม่มีมาตรการ' });
    expect(chart.svg).toContain('ยังไม่มีมาตรการ');
    expect(chart.svg).not.toContain('height="22"');
  });
});
