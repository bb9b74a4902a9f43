import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { PALETTE, defaultFormat, round, svgDocument, svgText, type Chart, type NumberFormat } from './svg';

export interface TrendPoint {
  /** Buddhist-era fiscal year, as written on the axis (the caller formats digits). */
  yearLabel: string;
  score: number | null;
  grade: string | null;
}

export interface TrendChartInput {
  title: string;
  points: TrendPoint[];
  target: number;
  targetLabel: string;
  /** Axis title under the years, e.g. "ปีงบประมาณ". */
  xLabel: string;
  format?: NumberFormat;
  width?: number;
}

/** The overall score and grade over the recorded years, with the target as a dashed line. */
export function trendChart(input: TrendChartInput): Chart {
  const format = input.format ?? defaultFormat;
  const width = input.width ?? 800;
  const height = 380;
  const top = 60;
  const bottom = height - 62;
  const left = 60;
  const right = width - 40;
  const scored = input.points.filter((p): p is TrendPoint & { score: number } => p.score !== null);
  const lowest = Math.min(input.target, ...scored.map((p) => p.score));
  const floor = Math.max(0, Math.floor((lowest - 10) / 10) * 10);
  const y = scaleLinear().domain([floor, 100]).range([bottom, top]);
  const x = scalePoint<number>()
    .domain(input.points.map((_p, i) => i))
    .range([left, right])
    .padding(0.5);

  const body: string[] = [svgText(width / 2, 28, input.title, { size: 20, anchor: 'middle', weight: 'bold' })];
  // The passing zone (target and above) lightly shaded.
  body.push(`<rect x="${left}" y="${round(y(100))}" width="${right - left}" height="${round(y(input.target) - y(100))}" fill="${PALETTE.pass}"/>`);
  for (const tick of y.ticks(Math.min(10, (100 - floor) / 5))) {
    body.push(`<line x1="${left}" x2="${right}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${PALETTE.grid}"/>`);
    body.push(svgText(left - 8, y(tick), format(tick, 0), { size: 13, anchor: 'end', baseline: 'middle', fill: PALETTE.muted }));
  }
  body.push(`<line x1="${left}" x2="${right}" y1="${round(y(input.target))}" y2="${round(y(input.target))}" stroke="${PALETTE.target}" stroke-width="2" stroke-dasharray="6 4"/>`);
  body.push(svgText(right, y(input.target) - 8, input.targetLabel, { size: 14, anchor: 'end', weight: 'bold', fill: PALETTE.target }));
  body.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="${PALETTE.axis}"/>`);
  input.points.forEach((p, i) => body.push(svgText(x(i) ?? left, bottom + 20, p.yearLabel, { size: 14, anchor: 'middle' })));
  body.push(svgText((left + right) / 2, bottom + 46, input.xLabel, { size: 14, anchor: 'middle', fill: PALETTE.muted }));

  const path = line<TrendPoint>()
    .defined((p) => p.score !== null)
    .x((_p, i) => x(i) ?? left)
    .y((p) => y(p.score ?? 0))(input.points);
  if (path) body.push(`<path d="${path}" fill="none" stroke="#1e3a5f" stroke-width="3" stroke-linejoin="round"/>`);
  input.points.forEach((p, i) => {
    if (p.score === null) return;
    const px = x(i) ?? left;
    const py = y(p.score);
    const below = p.score < input.target;
    body.push(`<circle cx="${round(px)}" cy="${round(py)}" r="6" fill="${below ? PALETTE.below : '#1e3a5f'}" stroke="#ffffff" stroke-width="2"/>`);
    const label = p.grade ? `${format(p.score, 2)} (${p.grade})` : format(p.score, 2);
    body.push(svgText(px, py - 14, label, { size: 15, anchor: 'middle', weight: 'bold', fill: below ? PALETTE.below : PALETTE.text }));
  });
  return { svg: svgDocument(width, height, input.title, body), width, height };
}
