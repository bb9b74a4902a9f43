import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressChart, PROGRESS_SEGMENTS, type ProgressRow, type ProgressSegment } from '../../../shared/charts';
import type { ApiError } from '../../../shared/api/errors';
import { todayIso } from '../../../shared/measures/progress';
import type { DashboardFigures, StatusCounts } from '../../../shared/measures/types';
import { call } from '../api';
import { ChartCard } from '../results/ChartCard';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { ScreenHead } from '../ui/ScreenHead';
import { segmentsOf } from './dashboard';
import { useMeasureFormat } from './labels';
import { PlanYearSelect, usePlanYear } from './YearSelect';
import '../results/results.css';
import './measures.css';

/** The year's measures done / in progress / overdue, per unit and per instrument, with charts. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const { planYears, year, setYear } = usePlanYear();
  const [figures, setFigures] = useState<DashboardFigures>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    if (year === undefined) return;
    let current = true;
    call('measures.dashboard', { fiscalYear: year, today: todayIso() })
      .then((f) => {
        if (!current) return;
        setFigures(f);
        setError(undefined);
      })
      .catch((thrown: unknown) => current && setError(apiErrorOf(thrown)));
    return () => {
      current = false;
    };
  }, [year]);

  const charts = useMemo(() => {
    if (!figures) return null;
    const segmentLabels = Object.fromEntries(PROGRESS_SEGMENTS.map((s) => [s, t(`measuresUi.dashboard.segment.${s}`)])) as Record<ProgressSegment, string>;
    const format = (v: number, d: number) => fmt.score(v, d);
    const rows = (list: { label: string; counts: StatusCounts }[]): ProgressRow[] => list.map((r) => ({ label: r.label, counts: segmentsOf(r.counts) }));
    return {
      units: progressChart({
        title: t('measuresUi.dashboard.byUnitTitle', { year: fmt.year(figures.fiscalYear) }),
        rows: rows(figures.byUnit.map((u) => ({ label: u.unitName, counts: u }))),
        segmentLabels,
        emptyLabel: t('measuresUi.dashboard.noMeasures'),
        format,
      }),
      instruments: progressChart({
        title: t('measuresUi.dashboard.byInstrumentTitle', { year: fmt.year(figures.fiscalYear) }),
        rows: rows(figures.byInstrument.map((i) => ({ label: t(`measuresUi.instrument.${i.instrument}`), counts: i }))),
        segmentLabels,
        emptyLabel: t('measuresUi.dashboard.noMeasures'),
        format,
      }),
    };
  }, [figures, t, fmt]);

  if (year === undefined) return <p className="loading">{t('state.loading')}</p>;
  const totals = figures?.totals;

  const table = (testId: string, head: string, rows: { key: string; label: string; c: StatusCounts }[]) => (
    <table className="table ms-table ms-dash-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{head}</th>
          <th className="num">{t('measuresUi.dashboard.total')}</th>
          <th className="num">{t('measuresUi.status.done')}</th>
          <th className="num">{t('measuresUi.status.inProgress')}</th>
          <th className="num">{t('measuresUi.status.notStarted')}</th>
          <th className="num">{t('measuresUi.status.dropped')}</th>
          <th className="num">{t('measuresUi.overdue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid={`${testId}-${r.key}`}>
            <th scope="row">{r.label}</th>
            <td className="num">{fmt.num(r.c.total)}</td>
            <td className="num">{fmt.num(r.c.done)}</td>
            <td className="num">{fmt.num(r.c.inProgress)}</td>
            <td className="num">{fmt.num(r.c.notStarted)}</td>
            <td className="num">{fmt.num(r.c.dropped)}</td>
            <td className={`num ${r.c.overdue > 0 ? 'ms-bad' : ''}`}>{fmt.num(r.c.overdue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <div className="screen ms-screen" data-testid="measures-dashboard">
      <ScreenHead title={t('measuresUi.dashboard.title')} lead={t('measuresUi.dashboard.intro')}>
        <PlanYearSelect value={year} years={planYears.years} counts={planYears.counts} onChange={setYear} testId="dashboard-year" />
      </ScreenHead>
      <ErrorNotice error={error} />
      {totals && (
        <div className="stats ms-stats" data-testid="dashboard-totals">
          {(['total', 'done', 'inProgress', 'overdue'] as const).map((key) => (
            <div key={key} className={`stat ms-stat-${key}`} data-testid={`total-${key}`}>
              <span className="stat-number">{fmt.num(totals[key])}</span>
              <span className="stat-label">{key === 'total' ? t('measuresUi.dashboard.measures') : key === 'overdue' ? t('measuresUi.overdue') : t(`measuresUi.status.${key}`)}</span>
              {key === 'total' && totals.total > 0 && <span className="stat-extra">{t('measuresUi.dashboard.percentDone', { p: fmt.score((totals.done / totals.total) * 100, 0) })}</span>}
            </div>
          ))}
        </div>
      )}
      {figures && figures.totals.total === 0 && <p className="empty">{t('measuresUi.dashboard.empty', { year: fmt.year(figures.fiscalYear) })}</p>}
      {figures && charts && figures.totals.total > 0 && (
        <>
          <h2>{t('measuresUi.dashboard.byUnit')}</h2>
          {table(
            'dash-units',
            t('measuresUi.col.unit'),
            figures.byUnit.map((u) => ({ key: String(u.unitId), label: u.unitName, c: u })),
          )}
          <div className="rs-charts ms-chart">
            <ChartCard id="measures-units" chart={charts.units} fileName={`measures-${figures.fiscalYear}-units`} />
          </div>
          <h2>{t('measuresUi.dashboard.byInstrument')}</h2>
          {table(
            'dash-instruments',
            t('measuresUi.field.instrument'),
            figures.byInstrument.map((i) => ({ key: i.instrument, label: t(`measuresUi.instrument.${i.instrument}`), c: i })),
          )}
          <div className="rs-charts ms-chart">
            <ChartCard id="measures-instruments" chart={charts.instruments} fileName={`measures-${figures.fiscalYear}-instruments`} />
          </div>
        </>
      )}
    </div>
  );
}
