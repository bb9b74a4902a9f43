import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { ProgressSheet, ProgressSlot } from '../../../shared/api/measures';
import { todayIso } from '../../../shared/measures/progress';
import { REPORTING_PERIODS, type MeasureCadence, type ReportingPeriod } from '../../../shared/measures/types';
import { call } from '../api';
import { useApp } from '../appContext';
import { unitOptions } from '../office/units';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { ScreenHead } from '../ui/ScreenHead';
import { Options } from '../ui/Options';
import { OverdueBadge, StatusBadge } from './badges';
import { useMeasureFormat } from './labels';
import { defaultReportingPeriod, periodKind } from './periods';
import { ProgressDialog } from './ProgressDialog';
import { ProgressExportDialog } from './ProgressExportDialog';
import { useOfficeRefs } from './refs';
import { PlanYearSelect, usePlanYear } from './YearSelect';
import './measures.css';

const GROUPS: { key: string; periods: ReportingPeriod[] }[] = [
  { key: 'half', periods: ['6m', '12m'] },
  { key: 'quarter', periods: REPORTING_PERIODS.filter((p) => periodKind(p).kind === 'quarter') },
  { key: 'month', periods: REPORTING_PERIODS.filter((p) => periodKind(p).kind === 'month') },
];

/**
 * Progress of a reporting period: every measure × responsible unit due in it, recorded or not,
 * with overdue ones flagged; record the result, evidence, suggestion and status of each, then
 * export the progress report of the period.
 */
export function ProgressScreen() {
  const { t } = useTranslation();
  const { notify } = useApp();
  const fmt = useMeasureFormat();
  const { planYears, year, setYear } = usePlanYear();
  const { units, people } = useOfficeRefs();
  const [period, setPeriod] = useState<ReportingPeriod>();
  const [unitId, setUnitId] = useState('');
  const [sheet, setSheet] = useState<ProgressSheet>();
  const [error, setError] = useState<ApiError>();
  const [editing, setEditing] = useState<ProgressSlot | null>(null);
  const [exporting, setExporting] = useState(false);

  // The period to open: the one running today among the cadences the year's measures use.
  useEffect(() => {
    if (year === undefined) return;
    let current = true;
    call('measures.list', { fiscalYear: year })
      .then((list) => {
        if (!current) return;
        const cadences = [...new Set(list.map((m) => m.cadence))] as MeasureCadence[];
        setPeriod(defaultReportingPeriod(year, cadences, todayIso()));
      })
      .catch(() => current && setPeriod('6m'));
    return () => {
      current = false;
    };
  }, [year]);

  const load = useCallback(async () => {
    if (year === undefined || period === undefined) return;
    try {
      setSheet(await call('progress.sheet', { fiscalYear: year, period, today: todayIso(), ...(unitId ? { unitId: Number(unitId) } : {}) }));
      setError(undefined);
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    }
  }, [year, period, unitId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (year === undefined) return <p className="loading">{t('state.loading')}</p>;
  const slots = sheet?.slots ?? [];
  const recorded = slots.filter((s) => s.entry !== null).length;
  const overdue = slots.filter((s) => s.overdue).length;

  return (
    <div className="screen ms-screen" data-testid="progress-screen">
      <ScreenHead title={t('measuresUi.progress.title')} lead={t('measuresUi.progress.intro')} />
      <div className="ms-filters ms-filters-plain">
        <PlanYearSelect value={year} years={planYears.years} counts={planYears.counts} onChange={setYear} testId="progress-year" />
        <label className="ms-year">
          <span>{t('measuresUi.progress.period')}</span>
          <select value={period ?? ''} onChange={(e) => setPeriod(e.target.value as ReportingPeriod)} data-testid="progress-period">
            {GROUPS.map((g) => (
              <optgroup key={g.key} label={t(`measuresUi.progress.group.${g.key}`)}>
                {g.periods.map((p) => (
                  <option key={p} value={p}>
                    {fmt.reporting(p, year)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="ms-year">
          <span>{t('measuresUi.field.unit')}</span>
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)} data-testid="progress-unit">
            <option value="">{t('measuresUi.filter.allUnits')}</option>
            <Options options={unitOptions(units, t)} />
          </select>
        </label>
        <button type="button" className="primary ms-push" onClick={() => setExporting(true)} disabled={period === undefined} data-testid="export-progress">
          {t('measuresUi.progress.export')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {sheet && (
        <p className="ms-summary-line" data-testid="progress-summary">
          {t('measuresUi.progress.summary', { recorded: fmt.num(recorded), total: fmt.num(slots.length), overdue: fmt.num(overdue) })}
        </p>
      )}
      {sheet && slots.length === 0 ? (
        <p className="empty" data-testid="progress-empty">
          {t('measuresUi.progress.empty', { period: fmt.reporting(sheet.period, year) })}
        </p>
      ) : (
        <div className="ms-table-wrap">
          <table className="table ms-table" data-testid="progress-table">
            <thead>
              <tr>
                <th>{t('measuresUi.col.measure')}</th>
                <th>{t('measuresUi.col.unit')}</th>
                <th>{t('measuresUi.col.status')}</th>
                <th>{t('measuresUi.col.result')}</th>
                <th className="actions-col">
                  <span className="visually-hidden">{t('measuresUi.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {slots.map((slot, i) => {
                const first = i === 0 || slots[i - 1]!.measureId !== slot.measureId;
                const testId = `slot-${slot.measureId}-${slot.unitId}`;
                return (
                  <tr key={`${slot.measureId}-${slot.unitId}`} className={`${slot.overdue ? 'ms-row-overdue' : ''} ${first ? 'ms-row-first' : 'ms-row-cont'}`} data-testid={testId}>
                    {first && (
                      <td className="ms-title-cell" rowSpan={slots.filter((s) => s.measureId === slot.measureId).length}>
                        <span className={`ms-inst ms-inst-${slot.instrument}`}>{slot.instrument}</span>
                        {slot.indicatorNo !== null && <span className="ms-muted"> {t('measuresUi.indicatorShort', { no: fmt.num(slot.indicatorNo) })}</span>}
                        <div className="ms-title">{slot.measureTitle}</div>
                      </td>
                    )}
                    <td>{slot.unitName}</td>
                    <td>
                      {slot.entry ? <StatusBadge status={slot.entry.status} testId={`${testId}-status`} /> : <span className="ms-muted">{t('measuresUi.progress.notRecorded')}</span>}
                      {slot.overdue && (
                        <div>
                          <OverdueBadge testId={`${testId}-overdue`} />
                        </div>
                      )}
                    </td>
                    <td className="ms-result">
                      {slot.entry?.result ? <span className="ms-clamp">{slot.entry.result}</span> : <span className="ms-muted">—</span>}
                      {slot.entry?.status === 'dropped' && slot.entry.droppedReason && <div className="ms-muted">{t('measuresUi.progress.droppedBecause', { reason: slot.entry.droppedReason })}</div>}
                      {(slot.entry?.evidence.length ?? 0) > 0 && <div className="ms-muted">{t('measuresUi.progress.evidenceCount', { n: fmt.num(slot.entry?.evidence.length ?? 0) })}</div>}
                    </td>
                    <td className="row-actions">
                      <button type="button" className={slot.entry ? 'small' : 'small primary'} onClick={() => setEditing(slot)} data-testid={`${testId}-record`}>
                        {slot.entry ? t('action.edit') : t('measuresUi.progress.record')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && period && (
        <ProgressDialog
          slot={editing}
          period={period}
          fiscalYear={year}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notify(t('state.saved'));
            void load();
          }}
        />
      )}
      {exporting && period && <ProgressExportDialog fiscalYear={year} period={period} people={people} onClose={() => setExporting(false)} />}
    </div>
  );
}
