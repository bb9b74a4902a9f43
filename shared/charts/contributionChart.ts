import { scaleLinear } from 'd3-scale';
import { PALETTE, defaultFormat, instrumentColour, round, svgDocument, svgText, textWidth, type Chart, type NumberFormat } from './svg';

export interface ContributionRow {
  code: string;
  /** e.g. "IIT การรับรู้ภายใน (น้ำหนัก 30)" */
  label: string;
  weight: number;
  /** score × weight / 100; `null` when the instrument's scores are incomplete. */
  contribution: number | null;
}

export interface ContributionChartInput {
  title: string;
  rows: ContributionRow[];
  /** Label of the stacked total row, e.g. "คะแนนรวม". */
  totalLabel: string;
  /** e.g. (c, w) => "29.19 จาก 30". */
  valueLabel: (contribution: string, weight: string) => string;
  format?: NumberFormat;
  width?: number;
}

/**
 * How each instrument builds the overall score: per instrument the points it could give (its
 * weight, light) and the points it gave (dark), then one stacked bar of the total out of 100.
 */
export function contributionChart(input: ContributionChartInput): Chart {
  const format = input.format ?? defaultFormat;
  const width = input.width ?? 800;
  const fontSize = 15;
  const labelWidth = Math.min(320, Math.max(...[...input.rows.map((r) => r.label), input.totalLabel].map((l) => textWidth(l, fontSize))) + 12);
  const left = labelWidth + 16;
  const right = 130;
  const top = 56;
  const rowHeight = 40;
  const barHeight = 24;
  const height = top + rowHeight * (input.rows.length + 1) + 44;
  const x = scaleLinear().domain([0, 100]).range([left, width - right]);

  const body: string[] = [svgText(width / 2, 28, input.title, { size: 20, anchor: 'middle', weight: 'bold' })];
  const plotBottom = top + rowHeight * (input.rows.length + 1);
  for (const tick of x.ticks(10)) {
    body.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${top}" y2="${plotBottom}" stroke="${PALETTE.grid}"/>`);
    body.push(svgText(x(tick), plotBottom + 18, format(tick, 0), { size: 13, anchor: 'middle', fill: PALETTE.muted }));
  }
  input.rows.forEach((row, i) => {
    const by = top + i * rowHeight + (rowHeight - barHeight) / 2;
    const cy = by + barHeight / 2;
    const colour = instrumentColour(row.code);
    body.push(svgText(left - 10, cy, row.label, { size: fontSize, anchor: 'end', baseline: 'middle' }));
    body.push(`<rect x="${round(x(0))}" y="${round(by)}" width="${round(x(row.weight) - x(0))}" height="${barHeight}" rx="3" fill="${colour}" fill-opacity="0.22"/>`);
    if (row.contribution !== null) body.push(`<rect x="${round(x(0))}" y="${round(by)}" width="${round(Math.max(1, x(row.contribution) - x(0)))}" height="${barHeight}" rx="3" fill="${colour}"/>`);
    const text = row.contribution === null ? '—' : input.valueLabel(format(row.contribution, 2), format(row.weight, 0));
    body.push(svgText(x(Math.max(row.weight, row.contribution ?? 0)) + 8, cy, text, { size: 14, baseline: 'middle' }));
  });
  // The total: one bar stacked from the instruments' points, the lost points in grey.
  const ty = top + input.rows.length * rowHeight + (rowHeight - barHeight) / 2;
  body.push(svgText(left - 10, ty + barHeight / 2, input.totalLabel, { size: fontSize, anchor: 'end', baseline: 'middle', weight: 'bold' }));
  body.push(`<rect x="${round(x(0))}" y="${round(ty)}" width="${round(x(100) - x(0))}" height="${barHeight}" rx="3" fill="${PALETTE.lost}"/>`);
  let acc = 0;
  const complete = input.rows.every((r) => r.contribution !== null);
  for (const row of input.rows) {
    if (row.contribution === null) continue;
    body.push(`<rect x="${round(x(acc))}" y="${round(ty)}" width="${round(x(acc + row.contribution) - x(acc))}" height="${barHeight}" fill="${instrumentColour(row.code)}"/>`);
    acc += row.contribution;
  }
  body.push(svgText(x(100) + 8, ty + barHeight / 2, complete ? format(Math.round(acc * 100) / 100, 2) : '—', { size: 15, baseline: 'middle', weight: 'bold' }));
  return { svg: svgDocument(width, height, input.title, body), width, height };
}
