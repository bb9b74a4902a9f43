import { PALETTE, defaultFormat, fitText, round, svgDocument, svgText, textWidth, type Chart, type NumberFormat } from './svg';

/** The states a measure's bar is split into, in the order they are drawn (left to right). */
export const PROGRESS_SEGMENTS = ['done', 'inProgress', 'overdue', 'notStarted', 'dropped'] as const;
export type ProgressSegment = (typeof PROGRESS_SEGMENTS)[number];

/** Green done, blue in progress, red overdue, grey not started, light grey dropped. */
export const PROGRESS_COLOURS: Record<ProgressSegment, string> = {
  done: '#1e7a46',
  inProgress: '#1e5aa8',
  overdue: PALETTE.below,
  notStarted: '#9aa5b1',
  dropped: '#d9e2ec',
};

export interface ProgressRow {
  /** A unit's or an instrument's name. */
  label: string;
  counts: Partial<Record<ProgressSegment, number>>;
}

export interface ProgressChartInput {
  title: string;
  rows: ProgressRow[];
  /** The legend's words for each segment, e.g. { done: 'เสร็จแล้ว', … }. */
  segmentLabels: Record<ProgressSegment, string>;
  /** Shown instead of bars when no row has a count, e.g. "ยังไม่มีมาตรการ". */
  emptyLabel: string;
  format?: NumberFormat;
  width?: number;
}

const total = (row: ProgressRow) => PROGRESS_SEGMENTS.reduce((sum, key) => sum + (row.counts[key] ?? 0), 0);

/**
 * One horizontal stacked bar per row (unit or instrument): how many of its measures are done, in
 * progress, overdue, not started or dropped. Bars share one count scale, so a unit with more
 * measures has a longer bar; the number of each segment is written inside it when it fits.
 */
export function progressChart(input: ProgressChartInput): Chart {
  const format = input.format ?? defaultFormat;
  const width = input.width ?? 800;
  const fontSize = 15;
  const rowHeight = 34;
  const barHeight = 22;
  const labelWidth = Math.min(300, Math.max(110, ...input.rows.map((r) => textWidth(r.label, fontSize))) + 12);
  const left = labelWidth + 16;
  const right = 56;
  // Legend: one swatch per segment, centred over the chart; a second line when it is too wide.
  const entries = PROGRESS_SEGMENTS.map((key) => ({ key, label: input.segmentLabels[key], w: 20 + textWidth(input.segmentLabels[key], 14) + 22 }));
  const lines: (typeof entries)[] = [[]];
  for (const entry of entries) {
    const line = lines[lines.length - 1]!;
    if (line.length && line.reduce((s, e) => s + e.w, 0) + entry.w > width - 32) lines.push([entry]);
    else line.push(entry);
  }
  const top = 56 + 30 + (lines.length - 1) * 22;
  const rows = input.rows.length ? input.rows : [];
  const plotHeight = rowHeight * Math.max(1, rows.length);
  const height = top + plotHeight + 24;
  const max = Math.max(0, ...rows.map(total));

  const body: string[] = [svgText(width / 2, 28, input.title, { size: 20, anchor: 'middle', weight: 'bold' })];
  const legendTop = top - 32 - (lines.length - 1) * 22;
  lines.forEach((line, row) => {
    let lx = Math.max(16, (width - line.reduce((s, e) => s + e.w, 0) + 22) / 2);
    const ly = legendTop + row * 22;
    for (const entry of line) {
      body.push(`<rect x="${round(lx)}" y="${ly}" width="14" height="14" rx="2" fill="${PROGRESS_COLOURS[entry.key]}"/>`);
      body.push(svgText(lx + 20, ly + 7, entry.label, { size: 14, baseline: 'middle', fill: PALETTE.muted }));
      lx += entry.w;
    }
  });
  if (max === 0) {
    body.push(svgText(width / 2, top + plotHeight / 2, input.emptyLabel, { size: 16, anchor: 'middle', baseline: 'middle', fill: PALETTE.muted }));
    return { svg: svgDocument(width, height, input.title, body), width, height };
  }
  const unit = (width - right - left) / max;
  rows.forEach((row, i) => {
    const by = top + i * rowHeight + (rowHeight - barHeight) / 2;
    const cy = by + barHeight / 2;
    body.push(svgText(left - 10, cy, fitText(row.label, fontSize, labelWidth), { size: fontSize, anchor: 'end', baseline: 'middle' }));
    let x = left;
    for (const key of PROGRESS_SEGMENTS) {
      const count = row.counts[key] ?? 0;
      if (count <= 0) continue;
      const w = count * unit;
      body.push(`<rect x="${round(x)}" y="${round(by)}" width="${round(w)}" height="${barHeight}" fill="${PROGRESS_COLOURS[key]}"/>`);
      const text = format(count, 0);
      if (textWidth(text, 13) + 6 <= w) body.push(svgText(x + w / 2, cy, text, { size: 13, anchor: 'middle', baseline: 'middle', weight: 'bold', fill: key === 'dropped' || key === 'notStarted' ? PALETTE.text : '#ffffff' }));
      x += w;
    }
    const sum = total(row);
    body.push(svgText(x + 8, cy, sum === 0 ? '—' : format(sum, 0), { size: 14, baseline: 'middle', fill: sum === 0 ? PALETTE.muted : PALETTE.text }));
  });
  body.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" stroke="${PALETTE.axis}"/>`);
  return { svg: svgDocument(width, height, input.title, body), width, height };
}
