import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { currentFiscalYear, useNumberFormat } from './format';

/**
 * Picks a Buddhist-era fiscal year: every year that has a framework or results, and the years
 * around today. Years with results are marked, so a clerk sees at once what is recorded.
 */
export function YearPicker({ value, onChange, testId, onlyRecorded = false }: { value: number; onChange: (year: number) => void; testId: string; onlyRecorded?: boolean }) {
  const { t } = useTranslation();
  const fmt = useNumberFormat();
  const [recorded, setRecorded] = useState<number[]>([]);
  const [framed, setFramed] = useState<number[]>([]);
  useEffect(() => {
    void call('assessments.list', {})
      .then((list) => setRecorded(list.map((a) => a.fiscalYear)))
      .catch(() => setRecorded([]));
    void call('frameworks.list', {})
      .then((list) => setFramed(list.map((f) => f.fiscalYear)))
      .catch(() => setFramed([]));
  }, [value]);
  const now = currentFiscalYear();
  const around = onlyRecorded ? [] : Array.from({ length: 8 }, (_v, i) => now - 6 + i);
  const years = [...new Set([...recorded, ...(onlyRecorded ? [] : framed), ...around, value])].sort((a, b) => b - a);
  return (
    <label className="rs-year">
      <span>{t('results.fiscalYear')}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {years.map((year) => (
          <option key={year} value={year}>
            {t('results.yearOption', { year: fmt.year(year) })}
            {recorded.includes(year) ? ` · ${t('results.hasResults')}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
