import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { MEASURE_SORTS, type Measure } from '../../../shared/api/measures';
import { INSTRUMENT_CODES, type InstrumentCode } from '../../../shared/ita/types';
import { todayIso } from '../../../shared/measures/progress';
import { PROGRESS_STATUSES, type ProgressStatus } from '../../../shared/measures/types';
import { call } from '../api';
import { useApp } from '../appContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { ScreenHead } from '../ui/ScreenHead';
import { Options } from '../ui/Options';
import { unitOptions } from '../office/units';
import { OverdueBadge, StatusBadge } from './badges';
import { useMeasureFormat } from './labels';
import { MeasureDialog } from './MeasureDialog';
import { LibraryPanel } from './LibraryPanel';
import { PlanExportDialog } from './PlanExportDialog';
import { PlanWizard } from './PlanWizard';
import { useFrameworkFor, useOfficeRefs } from './refs';
import { PlanYearSelect, usePlanYear } from './YearSelect';
import './measures.css';

interface Filters {
  instrument: '' | InstrumentCode;
  indicatorNo: string;
  unitId: string;
  status: '' | ProgressStatus;
  overdue: boolean;
  sort: (typeof MEASURE_SORTS)[number];
}

const NO_FILTERS: Filters = { instrument: '', indicatorNo: '', unitId: '', status: '', overdue: false, sort: 'plan' };

/** Copies last year's measures into this year, progress reset. */
function CopyDialog(props: { toYear: number; years: number[]; counts: Map<number, number>; onClose: () => void; onDone: (n: number) => void }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const sources = props.years.filter((y) => y < props.toYear && (props.counts.get(y) ?? 0) > 0);
  const [fromYear, setFromYear] = useState<number | undefined>(sources[0]);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const existing = props.counts.get(props.toYear) ?? 0;
  const copy = async () => {
    if (fromYear === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await call('measures.copyFromYear', { fromYear, toYear: props.toYear, append: existing > 0 });
      props.onDone(result.created.length);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('measuresUi.copy.title', { year: fmt.year(props.toYear) })}
      onClose={props.onClose}
      testId="copy-dialog"
      busy={busy}
      confirm={fromYear === undefined ? null : { label: t('measuresUi.copy.confirm', { n: fmt.num(props.counts.get(fromYear) ?? 0) }), onClick: () => void copy(), tone: 'primary', testId: 'copy-confirm' }}
    >
      <ErrorNotice error={failure} />
      {fromYear === undefined ? (
        <p>{t('measuresUi.copy.none', { year: fmt.year(props.toYear) })}</p>
      ) : (
        <>
          <p>{t('measuresUi.copy.intro')}</p>
          <div className="field">
            <label htmlFor="copy-from">{t('measuresUi.copy.from')}</label>
            <select id="copy-from" value={fromYear} onChange={(e) => setFromYear(Number(e.target.value))}>
              {sources.map((y) => (
                <option key={y} value={y}>
                  {t('measuresUi.yearOption', { year: fmt.year(y) })} · {t('measuresUi.yearCount', { n: fmt.num(props.counts.get(y) ?? 0) })}
                </option>
              ))}
            </select>
          </div>
          {existing > 0 && <p className="warning">{t('measuresUi.copy.append', { n: fmt.num(existing), year: fmt.year(props.toYear) })}</p>}
        </>
      )}
    </ConfirmDialog>
  );
}

/** Deleting a measure: with progress recorded, the user confirms that the progress goes too. */
function DeleteDialog(props: { measure: Measure; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const withProgress = props.measure.progressCount > 0;
  const remove = async () => {
    setBusy(true);
    try {
      await call('measures.delete', { id: props.measure.id, withProgress });
      props.onDone();
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('measuresUi.delete.title')}
      onClose={props.onClose}
      testId="delete-measure-dialog"
      busy={busy}
      confirm={{ label: t('action.delete'), onClick: () => void remove(), tone: 'danger', testId: 'delete-measure-confirm' }}
    >
      <ErrorNotice error={failure} />
      <p className="ms-quote">{props.measure.title}</p>
      {withProgress ? <p className="warning">{t('measuresUi.delete.withProgress', { n: fmt.num(props.measure.progressCount) })}</p> : <p>{t('measuresUi.delete.confirm')}</p>}
    </ConfirmDialog>
  );
}

/**
 * The measures of a plan year: filter by instrument, indicator, unit and status, sort, select
 * several to reassign their units at once; add by hand, edit, reorder, delete; start the plan
 * wizard, copy last year's measures, export the plan. The library of standard measures is the
 * second tab.
 */
export function MeasuresScreen() {
  const { t } = useTranslation();
  const { notify } = useApp();
  const fmt = useMeasureFormat();
  const { planYears, year, setYear } = usePlanYear();
  const [tab, setTab] = useState<'list' | 'library'>('list');
  const [view, setView] = useState<'list' | 'wizard'>('list');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [measures, setMeasures] = useState<Measure[]>();
  const [error, setError] = useState<ApiError>();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<Measure | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Measure | null>(null);
  const [copying, setCopying] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [reassign, setReassign] = useState({ from: '', to: '' });
  const [reassignError, setReassignError] = useState<ApiError>();
  const [reassignMissing, setReassignMissing] = useState(false);
  const { units, people } = useOfficeRefs();
  const framework = useFrameworkFor(year);

  const load = useCallback(async () => {
    if (year === undefined) return;
    try {
      const list = await call('measures.list', {
        fiscalYear: year,
        sort: filters.sort,
        today: todayIso(),
        ...(filters.instrument ? { instrument: filters.instrument } : {}),
        ...(filters.indicatorNo ? { indicatorNo: Number(filters.indicatorNo) } : {}),
        ...(filters.unitId ? { unitId: Number(filters.unitId) } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.overdue ? { overdue: true } : {}),
      });
      setMeasures(list);
      setError(undefined);
      setSelected((s) => new Set([...s].filter((id) => list.some((m) => m.id === id))));
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    }
  }, [year, filters]);

  useEffect(() => {
    void load();
  }, [load]);

  const indicators = useMemo(() => (framework?.indicators ?? []).filter((i) => !filters.instrument || i.instrument === filters.instrument), [framework, filters.instrument]);
  const options = unitOptions(units, t);
  const filtered = Object.entries(filters).some(([k, v]) => k !== 'sort' && v !== '' && v !== false);
  const all = measures ?? [];
  const allSelected = all.length > 0 && all.every((m) => selected.has(m.id));

  const move = async (measure: Measure, direction: 'up' | 'down') => {
    try {
      await call('measures.move', { id: measure.id, direction });
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    }
    await load();
  };

  const applyReassign = async () => {
    if (!reassign.to) {
      setReassignMissing(true);
      return;
    }
    try {
      await call('measures.reassignUnits', { ids: [...selected], fromUnitId: reassign.from ? Number(reassign.from) : null, toUnitId: Number(reassign.to) });
      notify(t('measuresUi.reassign.done', { n: fmt.num(selected.size) }));
      setSelected(new Set());
      setReassign({ from: '', to: '' });
      setReassignError(undefined);
      await load();
    } catch (thrown) {
      setReassignError(apiErrorOf(thrown));
    }
  };

  if (year === undefined) return <p className="loading">{t('state.loading')}</p>;

  if (view === 'wizard')
    return (
      <PlanWizard
        initialPlanYear={year}
        units={units}
        onCancel={() => setView('list')}
        onSaved={(planYear, n) => {
          notify(t('measuresUi.wizard.saved', { n: fmt.num(n), year: fmt.year(planYear) }));
          planYears.reload();
          setYear(planYear);
          setFilters(NO_FILTERS);
          setView('list');
          void load();
        }}
      />
    );

  return (
    <div className="screen ms-screen" data-testid="measures-screen">
      <ScreenHead title={t('measuresUi.title')} lead={t('measuresUi.intro')}>
        <PlanYearSelect value={year} years={planYears.years} counts={planYears.counts} onChange={setYear} testId="measures-year" />
      </ScreenHead>

      <div className="ms-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'list'} className={tab === 'list' ? 'ms-tab-active' : ''} onClick={() => setTab('list')} data-testid="tab-measures">
          {t('measuresUi.tab.list', { year: fmt.year(year) })}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'library'} className={tab === 'library' ? 'ms-tab-active' : ''} onClick={() => setTab('library')} data-testid="tab-library">
          {t('measuresUi.tab.library')}
        </button>
      </div>

      {tab === 'library' ? (
        <LibraryPanel framework={framework} />
      ) : (
        <>
          <div className="button-row ms-actions">
            <button type="button" className="primary" onClick={() => setView('wizard')} data-testid="open-wizard">
              {t('measuresUi.openWizard')}
            </button>
            <button type="button" onClick={() => setEditing('new')} data-testid="add-measure">
              + {t('measuresUi.addMeasure')}
            </button>
            <button type="button" onClick={() => setCopying(true)} data-testid="copy-last-year">
              {t('measuresUi.copyLastYear')}
            </button>
            <button type="button" onClick={() => setExporting(true)} disabled={all.length === 0 && !filtered} data-testid="export-plan">
              {t('measuresUi.exportPlan')}
            </button>
          </div>

          <fieldset className="ms-filters" data-testid="measure-filters">
            <legend>{t('measuresUi.filter.legend')}</legend>
            <label>
              <span>{t('measuresUi.field.instrument')}</span>
              <select value={filters.instrument} onChange={(e) => setFilters({ ...filters, instrument: e.target.value as Filters['instrument'], indicatorNo: '' })} data-testid="filter-instrument">
                <option value="">{t('measuresUi.filter.all')}</option>
                {INSTRUMENT_CODES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('measuresUi.field.indicator')}</span>
              <select value={filters.indicatorNo} onChange={(e) => setFilters({ ...filters, indicatorNo: e.target.value })} data-testid="filter-indicator">
                <option value="">{t('measuresUi.filter.all')}</option>
                {indicators.map((i) => (
                  <option key={i.no} value={i.no}>
                    {fmt.num(i.no)}. {i.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('measuresUi.field.unit')}</span>
              <select value={filters.unitId} onChange={(e) => setFilters({ ...filters, unitId: e.target.value })} data-testid="filter-unit">
                <option value="">{t('measuresUi.filter.all')}</option>
                <Options options={options} />
              </select>
            </label>
            <label>
              <span>{t('measuresUi.field.status')}</span>
              <select value={filters.status} onChange={(e) => setFilters({ ...filters, status: e.target.value as Filters['status'] })} data-testid="filter-status">
                <option value="">{t('measuresUi.filter.all')}</option>
                {PROGRESS_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`measuresUi.status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="check ms-filter-check">
              <input type="checkbox" checked={filters.overdue} onChange={(e) => setFilters({ ...filters, overdue: e.target.checked })} data-testid="filter-overdue" />
              {t('measuresUi.filter.overdueOnly')}
            </label>
            <label>
              <span>{t('measuresUi.filter.sort')}</span>
              <select value={filters.sort} onChange={(e) => setFilters({ ...filters, sort: e.target.value as Filters['sort'] })} data-testid="sort">
                {MEASURE_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`measuresUi.sort.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            {filtered && (
              <button type="button" className="link" onClick={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}>
                {t('measuresUi.filter.clear')}
              </button>
            )}
          </fieldset>

          <ErrorNotice error={error} />

          {selected.size > 0 && (
            <div className="ms-bulk" data-testid="bulk-bar">
              <strong>{t('measuresUi.reassign.selected', { n: fmt.num(selected.size) })}</strong>
              <label>
                <span>{t('measuresUi.reassign.from')}</span>
                <select value={reassign.from} onChange={(e) => setReassign({ ...reassign, from: e.target.value })} data-testid="reassign-from">
                  <option value="">{t('measuresUi.reassign.allUnits')}</option>
                  <Options options={options} />
                </select>
              </label>
              <label>
                <span>{t('measuresUi.reassign.to')}</span>
                <select
                  value={reassign.to}
                  aria-invalid={reassignMissing || undefined}
                  onChange={(e) => {
                    setReassign({ ...reassign, to: e.target.value });
                    setReassignMissing(false);
                  }}
                  data-testid="reassign-to"
                >
                  <option value="">{t('form.choose')}</option>
                  <Options options={options} />
                </select>
              </label>
              <button type="button" className="primary" onClick={() => void applyReassign()} data-testid="reassign-apply">
                {t('measuresUi.reassign.apply')}
              </button>
              <button type="button" className="link" onClick={() => setSelected(new Set())}>
                {t('measuresUi.reassign.clear')}
              </button>
              {reassignMissing && <p className="field-error">{t('measuresUi.reassign.toRequired')}</p>}
              {reassignError && (
                <div className="ms-bulk-error">
                  <ErrorNotice error={reassignError} issues={reassignError.issues} />
                </div>
              )}
            </div>
          )}

          {measures && all.length === 0 ? (
            <div className="empty" data-testid="measures-empty">
              {filtered ? t('measuresUi.emptyFiltered') : t('measuresUi.empty', { year: fmt.year(year) })}
            </div>
          ) : (
            <div className="ms-table-wrap">
              <table className="table ms-table" data-testid="measures-table">
                <thead>
                  <tr>
                    <th className="ms-check-col">
                      <input
                        type="checkbox"
                        aria-label={t('measuresUi.selectAll')}
                        checked={allSelected}
                        onChange={() => setSelected(allSelected ? new Set() : new Set(all.map((m) => m.id)))}
                        data-testid="select-all"
                      />
                    </th>
                    <th>{t('measuresUi.col.measure')}</th>
                    <th>{t('measuresUi.col.units')}</th>
                    <th>{t('measuresUi.col.period')}</th>
                    <th>{t('measuresUi.col.status')}</th>
                    <th className="actions-col">
                      <span className="visually-hidden">{t('measuresUi.col.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {all.map((m, i) => {
                    const prev = all[i - 1];
                    const next = all[i + 1];
                    const sameGroup = (o: Measure | undefined) => o !== undefined && o.instrument === m.instrument && o.indicatorNo === m.indicatorNo;
                    return (
                      <tr key={m.id} data-testid={`measure-row-${m.id}`} className={selected.has(m.id) ? 'ms-row-selected' : undefined}>
                        <td className="ms-check-col">
                          <input
                            type="checkbox"
                            aria-label={t('measuresUi.selectOne', { title: m.title })}
                            checked={selected.has(m.id)}
                            onChange={() =>
                              setSelected((s) => {
                                const out = new Set(s);
                                if (out.has(m.id)) out.delete(m.id);
                                else out.add(m.id);
                                return out;
                              })
                            }
                            data-testid={`select-${m.id}`}
                          />
                        </td>
                        <td className="ms-title-cell">
                          <div className="ms-ind-line">
                            <span className={`ms-inst ms-inst-${m.instrument}`}>{m.instrument}</span>
                            {m.indicatorNo !== null && (
                              <span className="ms-muted">
                                {' '}
                                {t('measuresUi.indicatorShort', { no: fmt.num(m.indicatorNo) })} {m.indicatorName ?? ''}
                              </span>
                            )}
                          </div>
                          <div className="ms-title">{m.title}</div>
                          {m.methods.length > 0 && (
                            <ol className="ms-methods">
                              {m.methods.map((step, j) => (
                                <li key={j}>{step}</li>
                              ))}
                            </ol>
                          )}
                          {m.oitItems.length > 0 && <div className="ms-muted">{t('measuresUi.servesItems', { items: m.oitItems.join(', ') })}</div>}
                        </td>
                        <td>
                          {m.units.length === 0 ? (
                            <span className="ms-bad">{t('measuresUi.noUnit')}</span>
                          ) : (
                            <ul className="ms-unit-list">
                              {m.units.map((u) => (
                                <li key={u.id}>{u.name}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>
                          <span className="ms-nowrap">{fmt.period(m.period, m.fiscalYear)}</span>
                          <div className="ms-muted">{t(`measuresUi.cadence.${m.cadence}`)}</div>
                        </td>
                        <td>
                          <StatusBadge status={m.status} testId={`status-${m.id}`} />
                          {m.approved && (
                            <div>
                              <span className="ms-badge ms-approved" title={m.approvalSource || undefined}>
                                ✓ {t('measuresUi.approved')}
                              </span>
                            </div>
                          )}
                          {m.overdue && (
                            <div>
                              <OverdueBadge testId={`overdue-${m.id}`} />
                            </div>
                          )}
                        </td>
                        <td className="row-actions">
                          <div className="ms-row-actions">
                            {filters.sort === 'plan' && (
                              <>
                                <button type="button" className="small icon" title={t('action.moveUp')} aria-label={t('action.moveUp')} disabled={!sameGroup(prev)} onClick={() => void move(m, 'up')}>
                                  ▲
                                </button>
                                <button type="button" className="small icon" title={t('action.moveDown')} aria-label={t('action.moveDown')} disabled={!sameGroup(next)} onClick={() => void move(m, 'down')}>
                                  ▼
                                </button>
                              </>
                            )}
                            <button type="button" className="small ms-wide" onClick={() => setEditing(m)} data-testid={`edit-${m.id}`}>
                              {t('action.edit')}
                            </button>
                            <button type="button" className="small danger-text ms-wide" onClick={() => setDeleting(m)} data-testid={`delete-${m.id}`}>
                              {t('action.delete')}
                            </button>
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}

      {editing && (
        <MeasureDialog
          fiscalYear={year}
          measure={editing === 'new' ? null : editing}
          units={units}
          framework={framework}
          onClose={() => setEditing(null)}
          onSaved={() => {
            notify(t('state.saved'));
            setEditing(null);
            planYears.reload();
            void load();
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          measure={deleting}
          onClose={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            notify(t('measuresUi.delete.done'));
            planYears.reload();
            void load();
          }}
        />
      )}
      {copying && (
        <CopyDialog
          toYear={year}
          years={planYears.years}
          counts={planYears.counts}
          onClose={() => setCopying(false)}
          onDone={(n) => {
            setCopying(false);
            notify(t('measuresUi.copy.done', { n: fmt.num(n) }));
            planYears.reload();
            void load();
          }}
        />
      )}
      {exporting && <PlanExportDialog fiscalYear={year} people={people} onClose={() => setExporting(false)} />}
    </div>
  );
}
