/**
 * Pasting a block copied from Excel, Word or a PDF table into a results grid.
 *
 * Pure: the grid describes its editable columns and its rows (code + name); `planPaste` returns
 * either every cell the paste writes (each with its parsed value or a named error) or a refusal
 * that writes nothing. Bad cells are still written (shown red so the user can fix them); a
 * block that does not fit, names an unknown code or names a row twice is refused whole.
 *
 * Shapes understood, Thai or Arabic digits alike:
 * - a column of scores (`87.67⏎๙๑.๐๐⏎…`): fills down from the selected cell;
 * - a block of cells, tab-separated (Excel, Word tables; Excel's quoted cells too): fills right and down;
 * - rows of `code/number  name…  score` (a PDF table, or Excel rows with their labels): each row
 *   goes to the grid row its code or name names, wherever the selection is;
 * - space-separated rows of scores only (`99.51 98.58`): fill right and down;
 * - a PDF table copied one cell per line (`1⏎การป้องกันการทุจริต⏎100.00⏎…`): rows rebuilt, then by name.
 */
import { toArabicDigits } from '../domain/thaiFormat';
import { checkBinaryScore, normalizeItemCode, parseCount, parseScore } from './score';

/** What a grid column holds: a 0–100 score with ≤ 2 decimals, an OIT score (0 or 100), a count, or free text. */
export type PasteColumnKind = 'score' | 'binary' | 'count' | 'text';

export interface PasteRow {
  /** The row's code (`O12`, `E3`, `7`): matched against codes at the start of a pasted row. */
  code: string;
  /** The row's name (e.g. `การเปิดเผยข้อมูล`): matched against the label of a pasted row. */
  name: string;
}

export interface PasteGrid {
  columns: PasteColumnKind[];
  rows: PasteRow[];
}

/** An i18n key under `results.paste.*` or `results.cell.*` with the values its message needs. */
export interface PasteMessage {
  key: string;
  params?: Record<string, string | number>;
}

export type CellValue = number | string | null;

/** One cell as read: the text shown in the grid, and its value or the error that makes it red. */
export type ParsedCell = { raw: string; value: CellValue; error?: undefined } | { raw: string; value?: undefined; error: PasteMessage };

export type PlannedCell = ParsedCell & { row: number; col: number };

export type PastePlan = { ok: true; cells: PlannedCell[]; keyed: boolean } | { ok: false; error: PasteMessage };

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Normalises a typed or pasted number: Thai digits, spaces, a trailing `%`, a decimal comma. */
function normaliseNumber(raw: string): string {
  let text = toArabicDigits(raw).replace(/[\s\u00a0\u200b]/g, '');
  text = text.replace(/%$/, '');
  // "87,67" (a decimal comma from a foreign-locale Excel) reads as 87.67; "1,234" (thousands) as 1234.
  if (/^\d+,\d{1,2}$/.test(text)) text = text.replace(',', '.');
  else if (/^\d{1,3}(?:,\d{3})+$/.test(text)) text = text.replace(/,/g, '');
  return text;
}

/** True when a pasted cell reads as a number (used to tell labels from values). */
export function looksNumeric(raw: string): boolean {
  return NUMBER.test(normaliseNumber(raw));
}

/**
 * Reads one cell for a column kind: empty → null (clears), a valid value, or a named error. The
 * rules and messages are those of the API (`score.ts`), so the grid and the save agree.
 */
export function parseCell(raw: string, kind: PasteColumnKind): ParsedCell {
  const shown = raw.trim();
  if (kind === 'text') return { raw: shown, value: shown === '' ? null : shown };
  let parsed = kind === 'count' ? parseCount(shown) : parseScore(shown);
  if (parsed.ok && kind === 'binary' && parsed.value !== null) parsed = checkBinaryScore(parsed.value);
  if (!parsed.ok) return { raw: shown, error: parsed.params ? { key: parsed.key, params: parsed.params } : { key: parsed.key } };
  return { raw: parsed.value === null ? '' : shown, value: parsed.value };
}

/**
 * Splits clipboard text into rows of cells. With a tab anywhere it is a TSV block (Excel quotes
 * a cell holding a tab, newline or quote); otherwise each line is a row of whitespace-separated tokens.
 */
export function splitClipboard(text: string): { rows: string[][]; tabbed: boolean } {
  const clean = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const tabbed = clean.includes('\t');
  const rows: string[][] = [];
  if (tabbed || clean.startsWith('"')) {
    let row: string[] = [];
    let cell = '';
    let i = 0;
    let atCellStart = true;
    while (i < clean.length) {
      const ch = clean[i]!;
      if (atCellStart && ch === '"') {
        // A quoted cell: runs to the closing quote; "" inside is one quote.
        let j = i + 1;
        let quoted = '';
        let closed = false;
        while (j < clean.length) {
          if (clean[j] === '"') {
            if (clean[j + 1] === '"') {
              quoted += '"';
              j += 2;
              continue;
            }
            closed = true;
            j += 1;
            break;
          }
          quoted += clean[j];
          j += 1;
        }
        if (closed && (j >= clean.length || clean[j] === '\t' || clean[j] === '\n')) {
          cell = quoted;
          i = j;
          atCellStart = false;
          continue;
        }
        // Not a well-formed quoted cell: read the quote literally.
      }
      atCellStart = false;
      if (ch === '\t') {
        row.push(cell);
        cell = '';
        atCellStart = true;
      } else if (ch === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        atCellStart = true;
      } else cell += ch;
      i += 1;
    }
    if (cell !== '' || row.length > 0) {
      row.push(cell);
      rows.push(row);
    }
  } else {
    for (const line of clean.split('\n')) rows.push(line.trim() === '' ? [] : line.trim().split(/[\s\u00a0]+/u));
  }
  // Excel ends a copy with a newline; blank lines at either end carry nothing.
  while (rows.length && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  while (rows.length && rows[0]!.every((c) => c.trim() === '')) rows.shift();
  return { rows, tabbed };
}

/** A unit word after a score in Thai reports ("๙๙.๕๑ คะแนน", "คะแนน: ๘๙.๔๓"). */
const UNIT_WORD = /^(?:คะแนน:?|points?|pts\.?|score:?)$/iu;

interface PastedRow {
  label: string;
  values: string[];
}

const CODE_LIKE = /^[A-Za-z]{0,3}\d{1,3}\.?$/u;
const isCodeLike = (cell: string) => CODE_LIKE.test(toArabicDigits(cell.trim()));
const isText = (cell: string) => cell.trim() !== '' && !looksNumeric(cell);

/** Separates a row's label (code and name) from its values for a grid whose target column is numeric. */
function splitLabel(cells: string[], tabbed: boolean, numericRun: number, width: number): PastedRow {
  const tokens = cells.filter((c) => !UNIT_WORD.test(c.trim()));
  let row: PastedRow;
  if (!tabbed) {
    // `code/number name… score`: the trailing numbers are the values (as many as numeric columns follow).
    let start = tokens.length;
    while (start > 0 && looksNumeric(tokens[start - 1]!) && tokens.length - start < Math.max(1, numericRun)) start -= 1;
    if (tokens.every(looksNumeric)) row = { label: '', values: tokens };
    else if (start === tokens.length) row = { label: '', values: [tokens.join(' ')] };
    else row = { label: tokens.slice(0, start).join(' '), values: tokens.slice(start) };
  } else {
    const [first = '', second = ''] = tokens;
    if (tokens.length > 2 && isCodeLike(first) && isText(second)) row = { label: `${first} ${second}`, values: tokens.slice(2) };
    else if (tokens.length > 1 && isText(first)) row = { label: first, values: tokens.slice(1) };
    else row = { label: '', values: tokens };
  }
  // "9 <tab> 91.00" into a one-column grid: a leading number that overflows the grid is the row's code.
  if (row.label === '' && row.values.length > width && row.values.length >= 2 && isCodeLike(row.values[0]!)) row = { label: row.values[0]!, values: row.values.slice(1) };
  return row;
}

const squash = (text: string) => toArabicDigits(text).replace(/[\s\u00a0\u200b.:]/gu, '').toLowerCase();
const CODE_TOKEN = /^([A-Za-z]{0,3})(\d{1,3})\.?$/u;

/** Whether `short`'s characters appear in order in `long` (tolerates a word added or dropped). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/** Finds the grid row a pasted label names: by name first (a leading number may be a rank), then by code. */
export function resolveLabel(label: string, rows: PasteRow[]): { index: number } | { unknownCode: string } | null {
  const text = label.trim();
  if (!text) return null;
  const [first = '', ...rest] = text.split(/[\s\u00a0]+/u);
  const code = CODE_TOKEN.exec(toArabicDigits(first));
  const nameParts = code ? rest.join(' ') : text;
  const byName = (name: string) => {
    const wanted = squash(name);
    if (wanted.length < 2) return -1;
    const exact = rows.findIndex((r) => squash(r.name) === wanted);
    if (exact >= 0) return exact;
    // Names in reports drift ("การปรับปรุงการทำงาน" / "การปรับปรุงระบบการทำงาน"): accept one unique close match.
    const close = rows
      .map((r, i) => ({ i, name: squash(r.name) }))
      .filter(({ name }) => name.length > 0 && Math.min(name.length, wanted.length) / Math.max(name.length, wanted.length) >= 0.7)
      .filter(({ name }) => (name.length >= wanted.length ? isSubsequence(wanted, name) : isSubsequence(name, wanted)));
    return close.length === 1 ? close[0]!.i : -1;
  };
  if (nameParts) {
    const found = byName(nameParts);
    if (found >= 0) return { index: found };
  }
  if (code) {
    const wanted = normalizeItemCode(first);
    const found = rows.findIndex((r) => normalizeItemCode(r.code) === wanted);
    if (found >= 0) return { index: found };
    // A code with letters (O99) that the grid lacks is an unknown code; a bare number may just be a rank.
    if (code[1]) return { unknownCode: first };
  }
  return null;
}

/**
 * A PDF table often copies one cell per line: `1⏎การป้องกันการทุจริต⏎100.00⏎2⏎…`. A line that is
 * only a name of a grid row, followed by a line that is only a number, is one row again (with the
 * lone number just before it, a rank or code, kept as its label). Anything else is left as it was.
 */
export function joinCellPerLine(rows: string[][], gridRows: PasteRow[]): string[][] {
  const out: string[][] = [];
  let joined = false;
  for (let i = 0; i < rows.length; i += 1) {
    const line = rows[i]!;
    const next = rows[i + 1];
    const nameOnly = line.length > 0 && line.every((token) => !looksNumeric(token));
    const found = nameOnly ? resolveLabel(line.join(' '), gridRows) : null;
    if (found && 'index' in found && next?.length === 1 && looksNumeric(next[0]!)) {
      const previous = out[out.length - 1];
      const label = previous?.length === 1 && isCodeLike(previous[0]!) ? (out.pop() ?? []) : [];
      out.push([...label, ...line, next[0]!]);
      i += 1;
      joined = true;
    } else out.push(line);
  }
  return joined ? out : rows;
}

/**
 * Plans a paste of `text` at the selected cell. Returns every cell it writes, or a refusal
 * (`results.paste.*`) when the block is wider or taller than the grid, names an unknown code or
 * names one row twice: a refused paste writes nothing.
 */
export function planPaste(grid: PasteGrid, target: { row: number; col: number }, text: string): PastePlan {
  const split = splitClipboard(text);
  const tabbed = split.tabbed;
  const block = tabbed || grid.columns[target.col] === 'text' ? split.rows : joinCellPerLine(split.rows, grid.rows);
  if (block.length === 0) return { ok: false, error: { key: 'results.paste.empty' } };
  const width = grid.columns.length - target.col;
  const startKind = grid.columns[target.col];
  if (startKind === undefined || target.row < 0 || target.row >= grid.rows.length) return { ok: false, error: { key: 'results.paste.noTarget' } };

  let numericRun = 0;
  while (target.col + numericRun < grid.columns.length && grid.columns[target.col + numericRun] !== 'text') numericRun += 1;

  // A pasted text cell (comment) keeps its spaces: only numeric targets split labels from values.
  const pasted: PastedRow[] =
    startKind === 'text'
      ? block.map((cells) => ({ label: '', values: tabbed ? cells : [cells.join(' ')] }))
      : block.map((cells) => splitLabel(cells, tabbed, numericRun, width));

  // Rows go by their label when any label names a grid row (or a code the grid lacks).
  const resolved = pasted.map((r) => resolveLabel(r.label, grid.rows));
  const keyed = resolved.some((r) => r !== null);
  const rowIndex: number[] = [];
  if (keyed) {
    const seen = new Map<number, string>();
    for (const [i, r] of resolved.entries()) {
      const label = pasted[i]!.label || pasted[i]!.values.join(' ');
      if (r === null) return { ok: false, error: { key: 'results.paste.unknownRow', params: { label, line: i + 1 } } };
      if ('unknownCode' in r) return { ok: false, error: { key: 'results.paste.unknownCode', params: { code: r.unknownCode, line: i + 1 } } };
      const previous = seen.get(r.index);
      if (previous !== undefined) return { ok: false, error: { key: 'results.paste.duplicateRow', params: { code: grid.rows[r.index]!.code, line: i + 1 } } };
      seen.set(r.index, label);
      rowIndex.push(r.index);
    }
  } else {
    if (target.row + pasted.length > grid.rows.length)
      return { ok: false, error: { key: 'results.paste.tooTall', params: { rows: pasted.length, available: grid.rows.length - target.row } } };
    pasted.forEach((_r, i) => rowIndex.push(target.row + i));
  }

  const widest = Math.max(...pasted.map((r) => r.values.length));
  if (widest > width) return { ok: false, error: { key: 'results.paste.tooWide', params: { columns: widest, available: width } } };

  const cells: PlannedCell[] = [];
  pasted.forEach((r, i) => {
    r.values.forEach((raw, j) => {
      const col = target.col + j;
      cells.push({ row: rowIndex[i]!, col, ...parseCell(raw, grid.columns[col]!) });
    });
  });
  return { ok: true, cells, keyed };
}
