import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { currentFiscalYear } from '../results/format';
import { useMeasureFormat } from './labels';

/**
 * The plan years the measures screens offer: years that have measures, the year after each
 * assessment, and this fiscal year and the next; years with measures say how many.
 */
export function usePlanYears(): { years: number[]; counts: Map<number, number>; ready: boolean; reload: () => void } {
  const [state, setState] = useState<{ years: number[]; counts: Map<number, number>; ready: boolean }>({ years: [], counts: new Map(), ready: false });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    void Promise.all([call('measures.years', {}).catch(() => []), call('assessments.list', {}).catch(() => [])]).then(([measureYears, assessments]) => {
      if (!current) return;
      const now = currentFiscalYear();
      const counts = new Map(measureYears.map((y) => [y.fiscalYear, y.measures]));
      const years = [...new Set([...counts.keys(), ...assessments.map((a) => a.fiscalYear + 1), now, now + 1])].sort((a, b) => b - a);
      setState({ years, counts, ready: true });
    });
    return () => {
      current = false;
    };
  }, [tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

/** The year to open: the latest year with measures, else the year after the latest assessment, else this one. */
export function defaultPlanYear(years: number[], counts: Map<number, number>): number {
  const withMeasures = years.filter((y) => (counts.get(y) ?? 0) > 0);
  return withMeasures[0] ?? years.find((y) => y <= currentFiscalYear() + 1) ?? currentFiscalYear();
}

/**
 * The plan year a measures screen shows, with the years it offers: `defaultPlanYear` once the
 * years are known, then whatever the user picks.
 */
export function usePlanYear(): { planYears: ReturnType<typeof usePlanYears>; year: number | undefined; setYear: (year: number) => void } {
  const planYears = usePlanYears();
  const [year, setYear] = useState<number>();
  useEffect(() => {
    if (planYears.ready && year === undefined) setYear(defaultPlanYear(planYears.years, planYears.counts));
  }, [planYears, year]);
  return { planYears, year, setYear };
}

export function PlanYearSelect(props: { value: number; years: number[]; counts: Map<number, number>; onChange: (year: number) => void; testId: string; label?: string }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const years = props.years.includes(props.value) ? props.years : [...props.years, props.value].sort((a, b) => b - a);
  return (
    <label className="ms-year">
      <span>{props.label ?? t('measuresUi.planYear')}</span>
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))} data-testid={props.testId}>
        {years.map((year) => (
          <option key={year} value={year}>
            {t('measuresUi.yearOption', { year: fmt.year(year) })}
            {(props.counts.get(year) ?? 0) > 0 ? ` · ${t('measuresUi.yearCount', { n: fmt.num(props.counts.get(year) ?? 0) })}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
