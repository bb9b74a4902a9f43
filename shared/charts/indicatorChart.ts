import { scaleBand, scaleLinear } from 'd3-scale';
import { PALETTE, defaultFormat, fitText, instrumentColour, round, svgDocument, svgText, textWidth, type Chart, type NumberFormat } from './svg';

export interface IndicatorBar {
  /** e.g. "๙. การเปิดเผยข้อมูล" */
  label: string;
  /** `null`: not entered (drawn as an empty row marked "—"). */
  value: number | null;
  /** Instrument code (IIT/EIT/OIT): the bar's colour. */
  group?: string;
}

export interface IndicatorChartInput {
  title: string;
  bars: IndicatorBar[];
  target: number;
  /** e.g. "เป้าหมาย 85 คะแนน" */
  targetLabel: string;
  /** Legend entries, e.g. [{ group: 'IIT', label: 'IIT ภายใน' }]. */
  legend?: { group: string; label: string }[];
  format?: NumberFormat;
  width?: number;
}

/** Horizontal bars of the indicator scores (0–100) with the target as a dashed red line. */
export function indicatorChart(input: IndicatorChartInput): Chart {
  const format = input.format ?? defaultFormat;
  const width = input.width ?? 800;
  const fontSize = 15;
  const rowHeight = 32;
  const labelWidth = Math.min(320, Math.max(120, ...input.bars.map((b) => textWidth(b.label, fontSize))) + 12);
  const top = 56 + (input.legend?.length ? 26 : 0);
  const left = labelWidth + 16;
  const right = 64;
  const plotHeight = rowHeight * Math.max(1, input.bars.length);
  const height = top + plotHeight + 56;

  const x = scaleLinear().domain([0, 100]).range([left, width - right]);
  const y = scaleBand<number>()
    .domain(input.bars.map((_b, i) => i))
    .range([top, top + plotHeight])
    .paddingInner(0.28)
    .paddingOuter(0.14);

  const body: string[] = [svgText(width / 2, 28, input.title, { size: 20, anchor: 'middle', weight: 'bold' })];
  if (input.legend?.length) {
    let lx = left;
    for (const entry of input.legend) {
      body.push(`<rect x="${round(lx)}" y="${top - 30}" width="14" height="14" rx="2" fill="${instrumentColour(entry.group)}"/>`);
      body.push(svgText(lx + 20, top - 23, entry.label, { size: 14, baseline: 'middle', fill: PALETTE.muted }));
      lx += 20 + textWidth(entry.label, 14) + 24;
    }
  }
  // Grid lines and the axis every 10 points.
  for (const tick of x.ticks(10)) {
    body.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${top}" y2="${top + plotHeight}" stroke="${PALETTE.grid}" stroke-width="1"/>`);
    body.push(svgText(x(tick), top + plotHeight + 18, format(tick, 0), { size: 13, anchor: 'middle', fill: PALETTE.muted }));
  }
  input.bars.forEach((bar, i) => {
    const by = y(i) ?? top;
    const bh = y.bandwidth();
    const cy = by + bh / 2;
    body.push(svgText(left - 10, cy, fitText(bar.label, fontSize, labelWidth), { size: fontSize, anchor: 'end', baseline: 'middle' }));
    if (bar.value === null) {
      body.push(svgText(x(0) + 6, cy, '—', { size: fontSize, baseline: 'middle', fill: PALETTE.muted }));
      return;
    }
    const below = bar.value < input.target;
    body.push(`<rect x="${round(x(0))}" y="${round(by)}" width="${round(Math.max(1, x(bar.value) - x(0)))}" height="${round(bh)}" rx="3" fill="${instrumentColour(bar.group)}"/>`);
    body.push(svgText(x(bar.value) + 6, cy, format(bar.value, 2), { size: 14, baseline: 'middle', weight: below ? 'bold' : 'normal', fill: below ? PALETTE.below : PALETTE.text }));
  });
  // The target line over the bars, labelled under the axis title area.
  const tx = x(input.target);
  body.push(`<line x1="${round(tx)}" x2="${round(tx)}" y1="${top - 6}" y2="${top + plotHeight}" stroke="${PALETTE.target}" stroke-width="2" stroke-dasharray="6 4"/>`);
  body.push(svgText(tx, top + plotHeight + 36, input.targetLabel, { size: 14, anchor: 'middle', weight: 'bold', fill: PALETTE.target }));
  return { svg: svgDocument(width, height, input.title, body), width, height };
}
