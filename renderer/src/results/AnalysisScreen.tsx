import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contributionChart, indicatorChart, trendChart } from '../../../shared/charts';
import type { ApiError } from '../../../shared/api/errors';
import type { Analysis, AssessmentSummary } from '../../../shared/ita/types';
import { call } from '../api';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { ChartCard } from './ChartCard';
import { base64ToBlob, downloadBlob, XLSX_TYPE } from '../ui/download';
import { useNumberFormat } from './format';
import './results.css';

interface Options {
  target: string;
  oitThreshold: string;
  eiThreshold: string;
}

const toOption = (text: string): number | undefined => {
  const value = Number(text.trim());
  return text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100 ? undefined : value;
};

/**
 * The analysis of a year: grade and pass against the target, indicators best to worst, what is
 * below the target per instrument, the weak items with the assessor's comments, the change
 * against the previous year for every figure, the charts and the Excel export.
 */
export function AnalysisScreen() {
  const { t, i18n } = useTranslation();
  const fmt = useNumberFormat();
  const [years, setYears] = useState<AssessmentSummary[]>();
  const [year, setYear] = useState<number>();
  const [options, setOptions] = useState<Options>({ target: '', oitThreshold: '0', eiThreshold: '85' });
  const [analysis, setAnalysis] = useState<Analysis>();
  const [error, setError] = useState<ApiError>();
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    call('assessments.list', {})
      .then((list) => {
        setYears(list);
        setYear((y) => y ?? list.at(-1)?.fiscalYear);
      })
      .catch((thrown: unknown) => setError(apiErrorOf(thrown)));
  }, []);

  const request = useMemo(() => {
    if (year === undefined) return undefined;
    const target = toOption(options.target);
    const oitThreshold = toOption(options.oitThreshold);
    const eiThreshold = toOption(options.eiThreshold);
    return { fiscalYear: year, ...(target !== undefined ? { target } : {}), ...(oitThreshold !== undefined ? { oitThreshold } : {}), ...(eiThreshold !== undefined ? { eiThreshold } : {}) };
  }, [year, options]);

  useEffect(() => {
    if (!request) return;
    let current = true;
    call('analysis.get', request)
      .then((next) => {
        if (!current) return;
        setAnalysis(next);
        setError(undefined);
        setOptions((o) => (o.target === '' ? { ...o, target: String(next.options.target) } : o));
      })
      .catch((thrown: unknown) => current && setError(apiErrorOf(thrown)));
    return () => {
      current = false;
    };
  }, [request]);

  const exportXlsx = async () => {
    if (!request) return;
    setExporting(true);
    try {
      const file = await call('results.exportXlsx', { ...request, language: i18n.language === 'en' ? 'en' : 'th' });
      downloadBlob(base64ToBlob(file.base64, XLSX_TYPE), file.fileName);
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    } finally {
      setExporting(false);
    }
  };

  if (years && years.length === 0)
    return (
      <section className="rs-screen" data-testid="analysis">
        <h2>{t('results.analysis.title')}</h2>
        <div className="notice notice-info rs-notice">{t('results.analysis.noYears')}</div>
      </section>
    );

  return (
    <section className="rs-screen" data-testid="analysis">
      <header className="rs-header">
        <div>
          <h2>{t('results.analysis.title')}</h2>
          <p className="rs-sub">{t('results.analysis.intro')}</p>
        </div>
        <div className="rs-header-actions">
          {years && year !== undefined && (
            <label className="rs-year">
              <span>{t('results.fiscalYear')}</span>
              <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="analysis-year">
                {[...years].reverse().map((y) => (
                  <option key={y.fiscalYear} value={y.fiscalYear}>
                    {t('results.yearOption', { year: fmt.year(y.fiscalYear) })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="primary" onClick={() => void exportXlsx()} disabled={!analysis || exporting} data-testid="export-xlsx">
            {t('results.analysis.exportXlsx')}
          </button>
        </div>
      </header>

      <fieldset className="rs-options">
        <legend>{t('results.analysis.options')}</legend>
        {(['target', 'oitThreshold', 'eiThreshold'] as const).map((key) => (
          <label key={key}>
            <span>{t(`results.analysis.${key}`)}</span>
            <input
              type="number"
              min={0}
              max={100}
              step="0.01"
              value={options[key]}
              aria-invalid={toOption(options[key]) === undefined ? true : undefined}
              data-testid={`option-${key}`}
              onChange={(e) => setOptions((o) => ({ ...o, [key]: e.target.value }))}
            />
          </label>
        ))}
      </fieldset>

      <ErrorNotice error={error} />
      {analysis && <AnalysisBody analysis={analysis} years={years ?? []} />}
    </section>
  );
}

function Delta({ value, testId }: { value: number | null | undefined; testId?: string }) {
  const fmt = useNumberFormat();
  const d = fmt.delta(value);
  return (
    <span className={`rs-delta rs-delta-${d.direction}`} data-testid={testId}>
      {d.text}
    </span>
  );
}

function AnalysisBody({ analysis, years }: { analysis: Analysis; years: AssessmentSummary[] }) {
  const { t } = useTranslation();
  const fmt = useNumberFormat();
  const a = analysis;
  const whole = (n: number) => fmt.plain(n, Number.isInteger(n) ? 0 : 2);
  const highest = new Set(a.highest.map((i) => i.no));
  const lowest = new Set(a.lowest.map((i) => i.no));
  const charts = useMemo(() => {
    const chartFormat = (value: number, decimals: number) => fmt.plain(value, decimals);
    const target = a.options.target;
    const targetLabel = t('results.chart.target', { target: fmt.plain(target, Number.isInteger(target) ? 0 : 2) });
    return {
      indicators: indicatorChart({
        title: t('results.chart.indicatorsTitle', { year: fmt.year(a.fiscalYear) }),
        bars: a.indicators.map((i) => ({ label: `${fmt.plain(i.no)}. ${i.name}`, value: i.score, group: i.instrument })),
        target,
        targetLabel,
        legend: a.instruments.map((i) => ({ group: i.code, label: t(`results.chart.legend.${i.code}`) })),
        format: chartFormat,
      }),
      contributions: contributionChart({
        title: t('results.chart.contributionsTitle', { year: fmt.year(a.fiscalYear) }),
        rows: a.instruments.map((i) => ({ code: i.code, label: t('results.chart.instrumentWeight', { code: i.code, weight: fmt.plain(i.weight) }), weight: i.weight, contribution: i.contribution })),
        totalLabel: t('results.chart.total'),
        valueLabel: (c, w) => t('results.chart.points', { points: c, weight: w }),
        format: chartFormat,
      }),
      trend: trendChart({
        title: t('results.chart.trendTitle'),
        points: years.map((y) => ({ yearLabel: fmt.year(y.fiscalYear), score: y.overallScore ?? y.computedOverall, grade: y.grade })),
        target,
        targetLabel,
        xLabel: t('results.fiscalYear'),
        format: chartFormat,
      }),
    };
  }, [a, years, t, fmt]);

  return (
    <>
      <div className="rs-summary" data-testid="analysis-summary">
        <div className="rs-score-card">
          <span className="rs-muted">{t('results.analysis.overall', { year: fmt.year(a.fiscalYear) })}</span>
          <strong className="rs-big" data-testid="analysis-score">
            {fmt.score(a.score)}
          </strong>
          <Delta value={a.scoreDelta} testId="analysis-score-delta" />
          {a.previous && <span className="rs-muted">{t('results.analysis.previousYear', { year: fmt.year(a.previous.fiscalYear), score: fmt.score(a.previous.score), grade: a.previous.grade ?? '—' })}</span>}
        </div>
        <div className="rs-score-card">
          <span className="rs-muted">{t('results.analysis.grade')}</span>
          <strong className={`rs-grade rs-grade-${a.grade ?? 'none'}`} data-testid="analysis-grade">
            {a.grade ?? '—'}
          </strong>
        </div>
        <div className="rs-score-card">
          <span className="rs-muted">{t('results.analysis.againstTarget', { target: fmt.plain(a.options.target, Number.isInteger(a.options.target) ? 0 : 2) })}</span>
          {a.passed === null ? (
            <strong className="rs-big">—</strong>
          ) : (
            <strong className={a.passed ? 'rs-pass' : 'rs-fail'} data-testid="analysis-pass">
              {a.passed ? t('results.analysis.passed') : t('results.analysis.failed')}
            </strong>
          )}
        </div>
      </div>
      {a.overall.mismatch && (
        <div className="notice notice-warning rs-notice" data-testid="analysis-mismatch">
          ⚠ {t('results.entry.mismatch', { entered: fmt.score(a.overall.entered), computed: fmt.score(a.overall.computed), difference: fmt.score(Math.abs(a.overall.difference ?? 0)) })}
        </div>
      )}
      {(a.missingIndicators.length > 0 || a.missingItems.length > 0) && (
        <div className="notice notice-info rs-notice">{t('results.entry.missing', { indicators: fmt.plain(a.missingIndicators.length), items: fmt.plain(a.missingItems.length) })}</div>
      )}

      <h3>{t('results.analysis.ranking')}</h3>
      <table className="rs-table" data-testid="analysis-ranking">
        <thead>
          <tr>
            <th>{t('results.analysis.rank')}</th>
            <th>{t('results.entry.indicator')}</th>
            <th>{t('results.entry.instrument')}</th>
            <th className="rs-num">{t('results.entry.score')}</th>
            <th className="rs-num">{t('results.analysis.previous')}</th>
            <th className="rs-num">{t('results.analysis.change')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {a.ranking.map((i) => (
            <tr key={i.no} className={i.belowTarget ? 'rs-row-below' : undefined} data-testid={`rank-${i.no}`}>
              <td>{i.rank === null ? '—' : fmt.plain(i.rank)}</td>
              <td>
                {fmt.plain(i.no)}. {i.name}
              </td>
              <td>{i.instrument}</td>
              <td className="rs-num">{fmt.score(i.score)}</td>
              <td className="rs-num">{fmt.score(i.previousScore)}</td>
              <td className="rs-num">
                <Delta value={i.delta} />
              </td>
              <td>
                {highest.has(i.no) && <span className="rs-badge rs-badge-good">{t('results.analysis.highest')}</span>}
                {lowest.has(i.no) && <span className="rs-badge rs-badge-bad">{t('results.analysis.lowest')}</span>}
                {i.belowTarget && <span className="rs-badge rs-badge-warn">{t('results.analysis.belowTarget')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('results.analysis.byInstrument')}</h3>
      <div className="rs-instruments">
        {a.instruments.map((i) => (
          <article className="rs-instrument" key={i.code} data-testid={`instrument-${i.code}`}>
            <h4>{t(`results.instrument.${i.code}`)}</h4>
            <p className="rs-instrument-score">{t('results.analysis.instrumentScore', { score: fmt.score(i.score), weight: fmt.plain(i.weight), points: fmt.score(i.contribution) })}</p>
            <p className="rs-instrument-score">
              {t('results.analysis.vsPrevious', { score: fmt.score(i.previousScore) })} <Delta value={i.delta} />
            </p>
            {i.belowTarget.length === 0 ? (
              <p className="rs-ok-text">✓ {t('results.analysis.noneBelow', { target: fmt.plain(a.options.target, Number.isInteger(a.options.target) ? 0 : 2) })}</p>
            ) : (
              <ul>
                {i.belowTarget.map((b) => (
                  <li key={b.no} className="rs-bad-text">
                    {t('results.analysis.below', { no: fmt.plain(b.no), name: b.name, score: fmt.score(b.score) })}
                  </li>
                ))}
              </ul>
            )}
            {i.recommendation && (
              <details>
                <summary>{t('results.analysis.recommendation')}</summary>
                <p className="rs-pre">{i.recommendation}</p>
              </details>
            )}
          </article>
        ))}
      </div>

      <h3>{t('results.analysis.weakItems', { count: fmt.plain(a.weakItems.length) })}</h3>
      <p className="rs-hint">{t('results.analysis.weakRule', { oit: whole(a.options.oitThreshold), ei: whole(a.options.eiThreshold) })}</p>
      {a.weakItems.length === 0 ? (
        <p className="rs-ok-text">✓ {t('results.analysis.noWeakItems')}</p>
      ) : (
        <table className="rs-table" data-testid="analysis-weak-items">
          <thead>
            <tr>
              <th>{t('results.entry.code')}</th>
              <th>{t('results.entry.item')}</th>
              <th className="rs-num">{t('results.entry.score')}</th>
              <th className="rs-num">{t('results.analysis.change')}</th>
              <th>{t('results.entry.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {a.weakItems.map((w) => (
              <tr key={w.code} data-testid={`weak-${w.code}`}>
                <td>{w.code}</td>
                <td>
                  {w.name}
                  {w.subIndicatorName && <div className="rs-muted">{`${w.subIndicator ?? ''} ${w.subIndicatorName}`}</div>}
                </td>
                <td className="rs-num rs-bad-text">{fmt.score(w.score, w.instrument === 'OIT' ? 0 : 2)}</td>
                <td className="rs-num">
                  <Delta value={w.delta} />
                </td>
                <td className="rs-comment">{w.comment || <span className="rs-muted">{t('results.analysis.noComment')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {a.samples.some((s) => s.population !== null) && (
        <>
          <h3>{t('results.entry.tab.samples')}</h3>
          <ul className="rs-sample-list">
            {a.samples.map((s) => (
              <li key={s.instrument} className={s.short ? 'rs-bad-text' : undefined}>
                {s.instrument}: {t('results.analysis.sampleLine', { population: s.population === null ? '—' : fmt.plain(s.population), sample: s.sample === null ? '—' : fmt.plain(s.sample), minimum: s.minimum === null ? '—' : fmt.plain(s.minimum) })}
                {s.short && ` ⚠ ${t('results.entry.sampleShortShort')}`}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('results.chart.title')}</h3>
      <div className="rs-charts">
        <ChartCard id="indicators" chart={charts.indicators} fileName={`ita-${a.fiscalYear}-indicators`} />
        <ChartCard id="contributions" chart={charts.contributions} fileName={`ita-${a.fiscalYear}-instruments`} />
        <ChartCard id="trend" chart={charts.trend} fileName="ita-overall-by-year" />
      </div>
    </>
  );
}
