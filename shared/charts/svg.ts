/**
 * Helpers of the pure SVG chart builders. Charts are strings, not DOM: the renderer shows them
 * inline and exports them as .svg/.png; the main process can put the same SVG into Word files.
 */

/** Thai document fonts first (Word on the office PC), then the UI's Sarabun, then Linux's Laksaman. */
export const CHART_FONT = 'TH Sarabun New, Sarabun, Laksaman, sans-serif';

export const PALETTE = {
  text: '#1f2933',
  muted: '#52606d',
  grid: '#d9e2ec',
  axis: '#9aa5b1',
  target: '#c62828',
  pass: '#e8f5e9',
  instrument: { IIT: '#1e5aa8', EIT: '#0f8b8d', OIT: '#d9822b' } as Record<string, string>,
  other: '#6b7c93',
  lost: '#e4e7eb',
  below: '#c62828',
};

export const instrumentColour = (code: string | undefined): string => (code ? (PALETTE.instrument[code] ?? PALETTE.other) : PALETTE.other);

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Thai vowels and tone marks above or below a consonant take no width of their own. */
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/u;

/**
 * Estimated width of a text in pixels at a font size, without a DOM (the main process has none).
 * Errs on the wide side so labels are never clipped.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    if (/[\u0e00-\u0e7f]/u.test(ch)) em += 0.56;
    else if (/[A-Z0-9]/.test(ch)) em += 0.62;
    else if (ch === ' ') em += 0.28;
    else if (/[.,:;'|il]/.test(ch)) em += 0.3;
    else em += 0.52;
  }
  return em * fontSize;
}

/** Cuts a label to a width, ending it with "…". */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  // Never end on a lone combining mark's base split from its mark.
  while (chars.length > 1 && ZERO_WIDTH.test(chars[chars.length - 1]!)) chars.pop();
  return `${chars.join('')}…`;
}

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  baseline?: 'middle' | 'auto' | 'hanging';
}

export function svgText(x: number, y: number, content: string, o: TextOptions = {}): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${o.size ?? 14}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.weight === 'bold' ? 'font-weight="bold"' : '',
    `fill="${o.fill ?? PALETTE.text}"`,
    o.baseline === 'middle' ? 'dominant-baseline="central"' : o.baseline === 'hanging' ? 'dominant-baseline="hanging"' : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export const round = (n: number): number => Math.round(n * 100) / 100;

/** Wraps chart content in a standalone SVG document with a white background and the Thai font. */
export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A built chart: a standalone SVG document and its size in pixels. */
export interface Chart {
  svg: string;
  width: number;
  height: number;
}

/** How numbers are written on a chart (Thai digits or not): the caller passes the app's formatter. */
export type NumberFormat = (value: number, decimals: number) => string;
export const defaultFormat: NumberFormat = (value, decimals) => value.toFixed(decimals);
