import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import type { AssessmentView } from '../../../shared/api/results';
import type { PasteMessage } from '../../../shared/ita/paste';
import { SURVEY_INSTRUMENTS, type AssessmentChecks, type Framework, type FrameworkSummary, type InstrumentCode } from '../../../shared/ita/types';
import { call } from '../api';
import { useApp } from '../appContext';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import {
  draftChecks,
  draftFromAssessment,
  emptyDraft,
  itemKind,
  itemsOf,
  locateIssue,
  OVERALL_CODE,
  toAssessmentInput,
  type CellProblem,
  type Draft,
  type GridId,
} from './draft';
import { currentFiscalYear, useNumberFormat } from './format';
import { ScoreGrid, type CellChange, type GridColumn, type GridRow } from './ScoreGrid';
import { YearPicker } from './YearPicker';
import './results.css';

type Tab = 'indicators' | InstrumentCode | 'recommendations' | 'samples';
const TABS: Tab[] = ['indicators', 'OIT', 'EIT', 'IIT', 'recommendations', 'samples'];

/** Unsaved cells of the year the user was entering when they left the screen (kept for this session). */
let unsaved: { year: number; draft: Draft; framework: Framework | undefined } | undefined;

interface Notice {
  kind: 'error' | 'info';
  message: string;
}

/**
 * Enter a year's results as they arrive from ITAS: the ten indicators and the overall score, the
 * items of each instrument with the assessor's comments, the NACC recommendations and the survey
 * samples. Grids take pastes from Excel, Word and PDF; a save is all or nothing.
 */
export function ResultsScreen() {
  const { t } = useTranslation();
  const { notify } = useApp();
  const fmt = useNumberFormat();
  const [year, setYear] = useState<number>();
  const [view, setView] = useState<AssessmentView>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<Tab>('indicators');
  const [notice, setNotice] = useState<Notice | null>(null);
  // After a refused save, the list of bad cells follows the draft: a fixed cell leaves it at once.
  const [attempted, setAttempted] = useState(false);
  const [saveError, setSaveError] = useState<{ error: ApiError; issues: FieldIssue[] }>();
  const [savedChecks, setSavedChecks] = useState<AssessmentChecks>();
  const [saving, setSaving] = useState(false);
  const [pendingYear, setPendingYear] = useState<number>();
  // The framework the grids follow: the year's own (or the latest earlier one), or one the user picks.
  const [frameworks, setFrameworks] = useState<FrameworkSummary[]>([]);
  const [chosenFramework, setChosenFramework] = useState<Framework>();

  useEffect(() => {
    call('frameworks.list', {})
      .then(setFrameworks)
      .catch(() => setFrameworks([]));
  }, []);

  // Opens the year left unsaved, else the latest recorded year, else last fiscal year.
  useEffect(() => {
    if (unsaved) {
      setYear(unsaved.year);
      return;
    }
    call('assessments.list', {})
      .then((list) => setYear(list.at(-1)?.fiscalYear ?? currentFiscalYear() - 1))
      .catch(() => setYear(currentFiscalYear() - 1));
  }, []);

  const load = useCallback(
    async (fiscalYear: number) => {
      try {
        const next = await call('assessments.get', { fiscalYear });
        // Unsaved cells kept when the user left this screen come back with it.
        const kept = unsaved?.year === fiscalYear ? unsaved : undefined;
        unsaved = undefined;
        setView(next);
        setChosenFramework(kept?.framework);
        setDraft(kept?.draft ?? draftFromAssessment(next.assessment, (v, d) => fmt.plain(v, d)));
        setDirty(kept !== undefined);
        setAttempted(false);
        setSaveError(undefined);
        setSavedChecks(next.checks ?? undefined);
        setNotice(null);
        setLoadError(undefined);
      } catch (thrown) {
        setLoadError(apiErrorOf(thrown));
      }
    },
    [fmt],
  );

  useEffect(() => {
    if (year !== undefined) void load(year);
  }, [year, load]);

  // Leaving the screen with unsaved cells keeps them for when the user comes back.
  const current = useRef({ year, draft, dirty, chosenFramework });
  current.current = { year, draft, dirty, chosenFramework };
  useEffect(
    () => () => {
      const { year: y, draft: d, dirty: changed, chosenFramework: f } = current.current;
      if (changed && y !== undefined) unsaved = { year: y, draft: d, framework: f };
    },
    [],
  );

  const framework = chosenFramework ?? view?.framework ?? null;

  const chooseFramework = async (id: number) => {
    try {
      setChosenFramework(await call('frameworks.get', { id }));
      setDirty(true);
    } catch (thrown) {
      setSaveError({ error: apiErrorOf(thrown), issues: [] });
    }
  };
  const checks = useMemo(() => (framework && year ? draftChecks(draft, framework, year) : undefined), [draft, framework, year]);
  const problems = useMemo<CellProblem[]>(() => (attempted && framework && year ? toAssessmentInput(draft, framework, year).problems : []), [attempted, draft, framework, year]);

  const chooseYear = (next: number) => {
    if (dirty) setPendingYear(next);
    else setYear(next);
  };

  const save = async () => {
    if (!framework || year === undefined) return;
    const { input, problems: found } = toAssessmentInput(draft, framework, year);
    setAttempted(true);
    setSaveError(undefined);
    if (found.length) {
      setNotice(null);
      setTab(found[0]!.grid);
      return;
    }
    setSaving(true);
    try {
      const saved = await call('assessments.save', input);
      setSavedChecks(saved.checks);
      setView((v) => (v ? { ...v, assessment: saved.assessment, checks: saved.checks } : v));
      setDirty(false);
      setAttempted(false);
      setNotice({ kind: 'info', message: t('results.entry.saved', { year: fmt.year(year) }) });
      notify(t('state.saved'));
    } catch (thrown) {
      const error = apiErrorOf(thrown);
      setSaveError({ error, issues: error.issues ?? [] });
      setNotice(null);
    } finally {
      setSaving(false);
    }
  };

  // Server issues that name a cell are drawn on it; the others are listed in the notice.
  const serverCells = useMemo(() => {
    const map = new Map<string, PasteMessage>();
    if (!framework || !saveError) return map;
    for (const issue of saveError.issues) {
      const at = locateIssue(issue, framework);
      if (at) map.set(`${at.grid}:${at.code}:${at.column}`, { key: issue.key, ...(issue.params ? { params: issue.params } : {}) });
    }
    return map;
  }, [saveError, framework]);

  const update = (mutate: (d: Draft) => void) => {
    setDraft((d) => {
      const next = structuredClone(d);
      mutate(next);
      return next;
    });
    setDirty(true);
    setSavedChecks(undefined);
  };

  if (loadError) return <ErrorNotice error={loadError} />;
  if (year === undefined || !view) return <p className="loading">{t('state.loading')}</p>;

  const problemCount = (g: Tab) => problems.filter((p) => p.grid === g).length + [...serverCells.keys()].filter((k) => k.startsWith(`${g}:`)).length;

  return (
    <section className="rs-screen" data-testid="results-entry">
      <header className="rs-header">
        <div>
          <h2>{t('results.entry.title')}</h2>
          <p className="rs-sub">{t('results.entry.intro')}</p>
        </div>
        <YearPicker key={view.assessment?.updatedAt ?? 'new'} value={year} onChange={chooseYear} testId="results-year" />
      </header>

      {pendingYear !== undefined && (
        <div className="notice notice-warning rs-notice" role="alertdialog" data-testid="unsaved-dialog">
          <p>{t('results.entry.unsaved', { year: fmt.year(year) })}</p>
          <button type="button" onClick={() => setPendingYear(undefined)}>
            {t('results.entry.stay')}
          </button>
          <button
            type="button"
            onClick={() => {
              setYear(pendingYear);
              setPendingYear(undefined);
            }}
          >
            {t('results.entry.discard')}
          </button>
        </div>
      )}

      {!framework ? (
        <div className="notice notice-warning rs-notice" data-testid="no-framework">
          {t('results.noFramework', { year: fmt.year(year) })}
        </div>
      ) : (
        <>
          <div className="rs-framework">
            <label>
              <span>{t('results.entry.frameworkLabel')} </span>
              <select value={framework.id} onChange={(e) => void chooseFramework(Number(e.target.value))} data-testid="results-framework">
                {frameworks.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
                {!frameworks.some((f) => f.id === framework.id) && <option value={framework.id}>{framework.name}</option>}
              </select>
            </label>
            {framework.fiscalYear !== year && <span className="rs-badge rs-badge-muted"> {t('results.entry.frameworkOfYear', { year: fmt.year(framework.fiscalYear) })}</span>}
          </div>

          <SaveBar dirty={dirty} saving={saving} recorded={view.assessment !== null} year={year} onSave={() => void save()} checks={savedChecks ?? checks} />

          <div className="rs-tabs" role="tablist">
            {TABS.map((id) => (
              <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'rs-tab rs-tab-active' : 'rs-tab'} onClick={() => {
                setTab(id);
                setNotice(null);
              }} data-testid={`tab-${id}`}>
                {t(`results.entry.tab.${id}`)}
                {problemCount(id) > 0 && <span className="rs-tab-bad">{fmt.plain(problemCount(id))}</span>}
              </button>
            ))}
          </div>

          {notice && (
            <div className={`notice ${notice.kind === 'error' ? 'notice-error' : 'notice-info'} rs-notice`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="results-notice">
              {notice.message}
            </div>
          )}
          {problems.length > 0 && (
            <div className="notice notice-error rs-notice" role="alert" data-testid="results-refused">
              {t('results.entry.saveRefused', { count: fmt.plain(problems.length) })}
            </div>
          )}
          {problems.length > 0 && (
            <ul className="rs-problems" data-testid="results-problems">
              {problems.map((p) => (
                <li key={`${p.grid}-${p.code}-${p.column}`}>
                  <button type="button" className="rs-link" onClick={() => setTab(p.grid)}>
                    {t(p.code === OVERALL_CODE ? 'results.entry.overallRow' : p.grid === 'indicators' ? 'results.entry.indicatorCode' : 'results.entry.itemCode', { code: p.grid === 'indicators' ? fmt.plain(Number(p.code)) : p.code })}
                    {p.grid === 'samples' ? ` ${t(`results.entry.${p.column}`)}` : ''}
                  </button>
                  : {t(p.message.key, { ...p.message.params })}
                </li>
              ))}
            </ul>
          )}
          <ErrorNotice error={saveError?.error} issues={saveError?.issues.filter((i) => !locateIssue(i, framework))} testId="results-save-error" />

          <div className="rs-panel">
            {tab === 'indicators' && <IndicatorsTab framework={framework} draft={draft} checks={checks} serverCells={serverCells} update={update} onNotice={setNotice} />}
            {(tab === 'OIT' || tab === 'EIT' || tab === 'IIT') && <ItemsTab instrument={tab} framework={framework} draft={draft} serverCells={serverCells} update={update} onNotice={setNotice} />}
            {tab === 'recommendations' && <RecommendationsTab framework={framework} draft={draft} update={update} />}
            {tab === 'samples' && <SamplesTab draft={draft} checks={checks} problems={problems} update={update} />}
          </div>

        </>
      )}
    </section>
  );
}

interface TabProps {
  framework: Framework;
  draft: Draft;
  serverCells: Map<string, PasteMessage>;
  update: (mutate: (d: Draft) => void) => void;
  onNotice: (n: Notice | null) => void;
}

function cellsFor(grid: GridId, rows: GridRow[], columns: GridColumn[], serverCells: Map<string, PasteMessage>): Map<string, PasteMessage> {
  const map = new Map<string, PasteMessage>();
  rows.forEach((row, r) =>
    columns.forEach((column, c) => {
      const found = serverCells.get(`${grid}:${row.code}:${column.key}`);
      if (found) map.set(`${r}:${c}`, found);
    }),
  );
  return map;
}

function IndicatorsTab({ framework, draft, checks, serverCells, update, onNotice }: TabProps & { checks: AssessmentChecks | undefined }) {
  const { t } = useTranslation();
  const fmt = useNumberFormat();
  const columns: GridColumn[] = [{ key: 'score', header: t('results.entry.score'), kind: 'score', width: '9rem' }];
  const rows: GridRow[] = [
    ...framework.indicators.map((indicator) => ({
      code: String(indicator.no),
      name: indicator.name,
      lead: [fmt.plain(indicator.no), indicator.name, indicator.instrument],
    })),
    { code: OVERALL_CODE, name: t('results.entry.overall'), lead: ['', <strong key="overall">{t('results.entry.overall')}</strong>, ''] },
  ];
  const values = rows.map((row) => [row.code === OVERALL_CODE ? draft.overall : (draft.indicators[row.code] ?? '')]);
  const overall = checks?.overall;
  const warnings = new Map<number, string>();
  if (overall?.mismatch && overall.entered !== null && overall.computed !== null)
    warnings.set(rows.length - 1, t('results.entry.mismatch', { entered: fmt.score(overall.entered), computed: fmt.score(overall.computed), difference: fmt.score(Math.abs(overall.difference ?? 0)) }));
  const onChange = (changes: CellChange[]) =>
    update((d) => {
      for (const change of changes) {
        const code = rows[change.row]!.code;
        if (code === OVERALL_CODE) d.overall = change.raw;
        else d.indicators[code] = change.raw;
      }
    });
  return (
    <>
      <p className="rs-hint">{t('results.entry.pasteHint')}</p>
      <ScoreGrid
        id="indicators"
        caption={t('results.entry.tab.indicators')}
        leadHeaders={[{ header: t('results.entry.no'), width: '4rem' }, { header: t('results.entry.indicator') }, { header: t('results.entry.instrument'), width: '6rem' }]}
        columns={columns}
        rows={rows}
        values={values}
        serverErrors={cellsFor('indicators', rows, columns, serverCells)}
        rowWarnings={warnings}
        onChange={onChange}
        onNotice={onNotice}
        format={(n) => fmt.plain(n)}
      />
      {overall && (
        <p className="rs-computed" data-testid="computed-overall">
          {t('results.entry.computed', { computed: fmt.score(overall.computed) })}
        </p>
      )}
    </>
  );
}

function ItemsTab({ instrument, framework, draft, serverCells, update, onNotice }: TabProps & { instrument: InstrumentCode }) {
  const { t } = useTranslation();
  const fmt = useNumberFormat();
  const kind = itemKind(framework, instrument);
  const items = itemsOf(framework, instrument);
  const columns: GridColumn[] = [
    { key: 'score', header: kind === 'binary' ? t('results.entry.scoreBinary') : t('results.entry.score'), kind, width: '8rem' },
    { key: 'comment', header: t('results.entry.comment'), kind: 'text', width: '38%' },
  ];
  // Group headings: OIT items under their sub-indicator, survey questions under their indicator.
  const rows: GridRow[] = [];
  let group = '';
  for (const item of items) {
    const sub = item.subIndicator ? framework.subIndicators.find((s) => s.code === item.subIndicator) : undefined;
    const indicator = framework.indicators.find((i) => i.no === item.indicatorNo);
    const heading = sub ? `${sub.code} ${sub.name}` : indicator ? t('results.entry.indicatorHeading', { no: fmt.plain(indicator.no), name: indicator.name }) : '';
    if (heading && heading !== group) {
      rows.push({ code: `#${heading}`, name: heading, lead: [], heading });
      group = heading;
    }
    rows.push({ code: item.code, name: item.name, lead: [item.code, item.name] });
  }
  const values = rows.map((row) => (row.heading !== undefined ? [] : [draft.items[row.code]?.score ?? '', draft.items[row.code]?.comment ?? '']));
  const onChange = (changes: CellChange[]) =>
    update((d) => {
      for (const change of changes) {
        const code = rows[change.row]!.code;
        const cell = (d.items[code] ??= { score: '', comment: '' });
        if (change.col === 0) cell.score = change.raw;
        else cell.comment = change.raw;
      }
    });
  if (items.length === 0) return <p className="rs-hint">{t('results.entry.noItems')}</p>;
  return (
    <>
      <p className="rs-hint">{t(kind === 'binary' ? 'results.entry.pasteHintOit' : 'results.entry.pasteHintItems')}</p>
      <ScoreGrid
        id={instrument}
        caption={t(`results.entry.tab.${instrument}`)}
        leadHeaders={[{ header: t('results.entry.code'), width: '4.5rem' }, { header: t('results.entry.item') }]}
        columns={columns}
        rows={rows}
        values={values}
        serverErrors={cellsFor(instrument, rows, columns, serverCells)}
        onChange={onChange}
        onNotice={onNotice}
        format={(n) => fmt.plain(n)}
      />
    </>
  );
}

function RecommendationsTab({ framework, draft, update }: Pick<TabProps, 'framework' | 'draft' | 'update'>) {
  const { t } = useTranslation();
  return (
    <div className="rs-recommendations">
      <p className="rs-hint">{t('results.entry.recommendationsHint')}</p>
      {framework.instruments.map((instrument) => (
        <div className="field" key={instrument.code}>
          <label htmlFor={`rec-${instrument.code}`}>{t(`results.instrument.${instrument.code}`)}</label>
          <textarea
            id={`rec-${instrument.code}`}
            data-testid={`rec-${instrument.code}`}
            rows={6}
            value={draft.recommendations[instrument.code]}
            onChange={(e) => {
              const value = e.target.value;
              update((d) => {
                d.recommendations[instrument.code] = value;
              });
            }}
          />
        </div>
      ))}
    </div>
  );
}

function SamplesTab({ draft, checks, problems, update }: Pick<TabProps, 'draft' | 'update'> & { checks: AssessmentChecks | undefined; problems: CellProblem[] }) {
  const { t } = useTranslation();
  const fmt = useNumberFormat();
  return (
    <div className="rs-samples">
      <p className="rs-hint">{t('results.entry.samplesHint')}</p>
      <table className="rs-table">
        <thead>
          <tr>
            <th>{t('results.entry.survey')}</th>
            <th>{t('results.entry.population')}</th>
            <th>{t('results.entry.sample')}</th>
            <th>{t('results.entry.minimum')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {SURVEY_INSTRUMENTS.map((code) => {
            const check = checks?.samples.find((s) => s.instrument === code);
            const problem = (column: string) => problems.find((p) => p.grid === 'samples' && p.code === code && p.column === column);
            const input = (column: 'population' | 'sample') => {
              const bad = problem(column);
              return (
                <td className={bad ? 'rs-invalid' : undefined}>
                  <input
                    type="text"
                    inputMode="numeric"
                    aria-label={`${code} ${t(`results.entry.${column}`)}`}
                    data-testid={`sample-${code}-${column}`}
                    value={draft.samples[code][column]}
                    onChange={(e) => {
                      const value = e.target.value;
                      update((d) => {
                        d.samples[code][column] = value;
                      });
                    }}
                  />
                  {bad && <span className="rs-cell-error">{t(bad.message.key, { ...bad.message.params })}</span>}
                </td>
              );
            };
            return (
              <tr key={code}>
                <th scope="row">{t(`results.instrument.${code}`)}</th>
                {input('population')}
                {input('sample')}
                <td data-testid={`sample-${code}-minimum`}>{check?.minimum == null ? '—' : fmt.plain(check.minimum)}</td>
                <td>
                  {check?.short && (
                    <span className="rs-warning-text" data-testid={`sample-${code}-short`}>
                      ⚠ {t('results.entry.sampleShort', { sample: fmt.plain(check.sample ?? 0), minimum: fmt.plain(check.minimum ?? 0) })}
                    </span>
                  )}
                  {check && !check.short && check.minimum !== null && check.sample !== null && <span className="rs-ok-text">✓ {t('results.entry.sampleEnough')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="rs-hint">{t('results.entry.sampleRule')}</p>
    </div>
  );
}

function SaveBar({ dirty, saving, recorded, year, onSave, checks }: { dirty: boolean; saving: boolean; recorded: boolean; year: number; onSave: () => void; checks: AssessmentChecks | undefined }) {
  const { t } = useTranslation();
  const fmt = useNumberFormat();
  const missing = (checks?.missingIndicators.length ?? 0) + (checks?.missingItems.length ?? 0);
  return (
    <div className="rs-savebar">
      <button type="button" className="primary" onClick={onSave} disabled={saving} data-testid="results-save">
        {saving ? t('state.loading') : t('action.save')}
      </button>
      {dirty ? (
        <span className="rs-badge rs-badge-warn">{t('results.entry.dirty')}</span>
      ) : recorded ? (
        <span className="rs-badge rs-badge-muted">{t('results.entry.clean')}</span>
      ) : (
        <span className="rs-badge rs-badge-muted">{t('results.noResults', { year: fmt.year(year) })}</span>
      )}
      {missing > 0 && <span className="rs-muted">{t('results.entry.missing', { indicators: fmt.plain(checks?.missingIndicators.length ?? 0), items: fmt.plain(checks?.missingItems.length ?? 0) })}</span>}
    </div>
  );
}
