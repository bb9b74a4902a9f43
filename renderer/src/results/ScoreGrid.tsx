import { Fragment, useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCell, planPaste, type PasteColumnKind, type PasteMessage } from '../../../shared/ita/paste';

export interface GridColumn {
  key: string;
  header: string;
  kind: PasteColumnKind;
  /** CSS width of the column, e.g. '7rem'. */
  width?: string;
}

export interface GridRow {
  /** The row's code (indicator number, item code, `overall`): used by pastes that name their rows. */
  code: string;
  name: string;
  /** Read-only cells shown left of the editable ones (code, name, sub-indicator…). */
  lead: ReactNode[];
  /** A row drawn as a group heading (e.g. a sub-indicator) spanning the grid. */
  heading?: string;
}

export interface CellChange {
  row: number;
  col: number;
  raw: string;
}

interface Props {
  /** Used in test ids: `grid-<id>`, cells `cell-<id>-<code>-<column key>`. */
  id: string;
  caption: string;
  leadHeaders: { header: string; width?: string }[];
  columns: GridColumn[];
  rows: GridRow[];
  /** The text of each editable cell, `values[row][col]`. */
  values: string[][];
  /** Errors that the main process reported, by `row:col` (shown like local ones). */
  serverErrors?: Map<string, PasteMessage>;
  /** Warnings shown beside a row without blocking the save (e.g. the overall score mismatch). */
  rowWarnings?: Map<number, string>;
  onChange: (changes: CellChange[]) => void;
  /** A paste refused whole (wider than the grid, unknown code…): nothing was written. */
  onNotice: (notice: { kind: 'error' | 'info'; message: string } | null) => void;
  /** Writes counts in messages with the office's digits. */
  format?: (n: number) => string;
}

type Editing = { row: number; col: number; text: string } | null;

/**
 * A small spreadsheet: arrows, Enter and Tab move, typing replaces a cell, F2 or a double click
 * edits it, Delete clears, Escape cancels, Ctrl+V pastes a block from Excel, Word or a PDF at the
 * selected cell. Every cell is checked as it is shown; bad ones turn red with the reason.
 */
export function ScoreGrid(props: Props) {
  const { t } = useTranslation();
  const { rows, columns, values, onChange, onNotice } = props;
  const format = props.format ?? String;
  const [selected, setSelected] = useState({ row: firstDataRow(rows), col: 0 });
  const [editing, setEditing] = useState<Editing>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const editorRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (editing) editorRef.current?.focus();
  }, [editing]);

  // Keeps the selected cell in view while moving through a long grid with the keyboard.
  useEffect(() => {
    if (!gridRef.current?.contains(document.activeElement)) return;
    document.getElementById(`${props.id}-${selected.row}-${selected.col}`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [props.id, selected]);

  const move = useCallback(
    (dRow: number, dCol: number) => {
      setSelected((s) => {
        let row = s.row;
        let col = s.col + dCol;
        if (col >= columns.length) {
          col = 0;
          dRow = 1;
        } else if (col < 0) {
          col = columns.length - 1;
          dRow = -1;
        }
        // Skip heading rows.
        let next = row + dRow;
        while (next >= 0 && next < rows.length && rows[next]!.heading !== undefined) next += dRow || 1;
        if (next >= 0 && next < rows.length) row = next;
        return { row, col };
      });
    },
    [columns.length, rows],
  );

  const commit = (then?: () => void) => {
    if (editing) onChange([{ row: editing.row, col: editing.col, raw: editing.text }]);
    setEditing(null);
    then?.();
    gridRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing) {
      const isText = columns[editing.col]?.kind === 'text';
      if (e.key === 'Escape') {
        e.preventDefault();
        setEditing(null);
        gridRef.current?.focus();
      } else if (e.key === 'Enter' && !(isText && e.shiftKey)) {
        e.preventDefault();
        commit(() => move(e.shiftKey ? -1 : 1, 0));
      } else if (e.key === 'Tab') {
        e.preventDefault();
        commit(() => move(0, e.shiftKey ? -1 : 1));
      } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && !isText) {
        e.preventDefault();
        commit(() => move(e.key === 'ArrowUp' ? -1 : 1, 0));
      }
      return;
    }
    const { row, col } = selected;
    switch (e.key) {
      case 'ArrowUp':
        e.preventDefault();
        return move(-1, 0);
      case 'ArrowDown':
      case 'Enter':
        e.preventDefault();
        return move(e.key === 'Enter' && e.shiftKey ? -1 : 1, 0);
      case 'ArrowLeft':
        e.preventDefault();
        return move(0, -1);
      case 'ArrowRight':
        e.preventDefault();
        return move(0, 1);
      case 'Tab': {
        const last = row === lastDataRow(rows) && col === columns.length - 1;
        const first = row === firstDataRow(rows) && col === 0;
        if ((e.shiftKey && first) || (!e.shiftKey && last)) return; // let focus leave the grid
        e.preventDefault();
        return move(0, e.shiftKey ? -1 : 1);
      }
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        onChange([{ row, col, raw: '' }]);
        return;
      case 'F2':
        e.preventDefault();
        setEditing({ row, col, text: values[row]?.[col] ?? '' });
        return;
      default:
        // A printable key starts editing, replacing the cell (as in Excel).
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          setEditing({ row, col, text: e.key });
        }
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const text = e.clipboardData.getData('text/plain');
    // Inside a cell being edited, a single value (or any text into a comment) pastes as text into it.
    if (editing && (columns[editing.col]?.kind === 'text' || !/[\t\n]/.test(text.replace(/\r?\n$/, '')))) return;
    e.preventDefault();
    const at = editing ? { row: editing.row, col: editing.col } : selected;
    // Headings are not cells: a column pasted down runs over them, onto the next data rows.
    const dataRows = rows.flatMap((r, i) => (r.heading === undefined ? [i] : []));
    const target = { row: Math.max(0, dataRows.indexOf(at.row)), col: at.col };
    const grid = { columns: columns.map((c) => c.kind), rows: dataRows.map((i) => ({ code: rows[i]!.code, name: rows[i]!.name })) };
    const plan = planPaste(grid, target, text);
    setEditing(null);
    gridRef.current?.focus();
    if (!plan.ok) {
      onNotice({ kind: 'error', message: t(plan.error.key, { ...plan.error.params }) });
      return;
    }
    onChange(plan.cells.map((c) => ({ row: dataRows[c.row]!, col: c.col, raw: c.raw })));
    const bad = plan.cells.filter((c) => c.error).length;
    onNotice({ kind: bad ? 'error' : 'info', message: bad ? t('results.paste.doneWithErrors', { count: format(plan.cells.length), bad: format(bad) }) : t('results.paste.done', { count: format(plan.cells.length) }) });
  };

  return (
    <div className="rs-grid">
      <table
        ref={gridRef}
        tabIndex={0}
        role="grid"
        aria-label={props.caption}
        aria-activedescendant={`${props.id}-${selected.row}-${selected.col}`}
        data-testid={`grid-${props.id}`}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onCopy={(e) => {
          // Ctrl+C copies the selected cell (not while a cell is being edited: the editor copies its selection).
          if (editing) return;
          e.preventDefault();
          e.clipboardData.setData('text/plain', values[selected.row]?.[selected.col] ?? '');
        }}
      >
        <colgroup>
          {props.leadHeaders.map((h, i) => (
            <col key={`l${i}`} style={h.width ? { width: h.width } : undefined} />
          ))}
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {props.leadHeaders.map((h, i) => (
              <th key={`l${i}`} scope="col">
                {h.header}
              </th>
            ))}
            {columns.map((c) => (
              <th key={c.key} scope="col" className="rs-editable-head">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) =>
            row.heading !== undefined ? (
              <tr key={`h-${row.code}`} className="rs-group">
                <th colSpan={props.leadHeaders.length + columns.length} scope="rowgroup">
                  {row.heading}
                </th>
              </tr>
            ) : (
              <Fragment key={row.code}>
                <tr className={props.rowWarnings?.has(r) ? 'rs-row-warning' : undefined}>
                  {row.lead.map((cell, i) => (
                    <td key={`l${i}`} className="rs-lead" onMouseDown={() => setSelected({ row: r, col: 0 })}>
                      {cell}
                    </td>
                  ))}
                  {columns.map((column, c) => {
                    const raw = values[r]?.[c] ?? '';
                    const local = parseCell(raw, column.kind);
                    const error = local.error ?? props.serverErrors?.get(`${r}:${c}`);
                    const isSelected = selected.row === r && selected.col === c;
                    const isEditing = editing?.row === r && editing.col === c;
                    return (
                      <td
                        key={column.key}
                        id={`${props.id}-${r}-${c}`}
                        role="gridcell"
                        aria-selected={isSelected}
                        aria-invalid={error ? true : undefined}
                        data-testid={`cell-${props.id}-${row.code}-${column.key}`}
                        className={['rs-cell', `rs-${column.kind}`, isSelected ? 'rs-selected' : '', error ? 'rs-invalid' : ''].join(' ')}
                        onMouseDown={() => {
                          if (editing && !isEditing) commit();
                          setSelected({ row: r, col: c });
                        }}
                        onDoubleClick={() => setEditing({ row: r, col: c, text: raw })}
                      >
                        {isEditing ? (
                          column.kind === 'text' ? (
                            <textarea ref={editorRef} autoFocus onFocus={caretToEnd} rows={3} value={editing.text} onChange={(e) => setEditing({ ...editing, text: e.target.value })} onBlur={() => commit()} aria-label={`${row.code} ${column.header}`} />
                          ) : (
                            <input ref={editorRef} autoFocus onFocus={caretToEnd} value={editing.text} inputMode="decimal" onChange={(e) => setEditing({ ...editing, text: e.target.value })} onBlur={() => commit()} aria-label={`${row.code} ${column.header}`} />
                          )
                        ) : (
                          <span className="rs-value">{raw}</span>
                        )}
                        {error && !isEditing && <span className="rs-cell-error">{t(error.key, { ...error.params })}</span>}
                      </td>
                    );
                  })}
                </tr>
                {props.rowWarnings?.has(r) && (
                  <tr className="rs-row-warning">
                    <td colSpan={props.leadHeaders.length + columns.length} data-testid={`warning-${props.id}-${row.code}`}>
                      <span className="rs-warning-text">⚠ {props.rowWarnings.get(r)}</span>
                    </td>
                  </tr>
                )}
              </Fragment>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Typing into a cell replaces it with the typed key: the caret goes after that key. */
function caretToEnd(e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) {
  const end = e.currentTarget.value.length;
  e.currentTarget.setSelectionRange(end, end);
}

function firstDataRow(rows: GridRow[]): number {
  const i = rows.findIndex((r) => r.heading === undefined);
  return i < 0 ? 0 : i;
}

function lastDataRow(rows: GridRow[]): number {
  for (let i = rows.length - 1; i >= 0; i -= 1) if (rows[i]!.heading === undefined) return i;
  return 0;
}
