import { todayIso } from '../../../shared/measures/progress';
import { useMemo } from 'react';
import { fiscalYearOf } from '../../../shared/domain/fiscalYear';
import { formatNumber } from '../../../shared/domain/thaiFormat';
import { useApp } from '../appContext';

/** Numbers as the office writes them: Thai digits when the organisation asks for them. */
export function useNumberFormat() {
  const { organization } = useApp();
  const thaiDigits = organization?.thaiDigits ?? false;
  return useMemo(() => {
    const score = (value: number | null | undefined, decimals = 2) => (value === null || value === undefined ? '—' : formatNumber(value, { thaiDigits, decimals }));
    const plain = (value: number, decimals = 0) => formatNumber(value, { thaiDigits, decimals });
    /** A change with its arrow: ▲ +1.25 / ▼ −0.50 / = 0.00. */
    const delta = (value: number | null | undefined) => {
      if (value === null || value === undefined) return { text: '—', direction: 'none' as const };
      if (value > 0) return { text: `▲ +${score(value)}`, direction: 'up' as const };
      if (value < 0) return { text: `▼ −${score(-value)}`, direction: 'down' as const };
      return { text: `= ${score(0)}`, direction: 'same' as const };
    };
    const year = (value: number) => formatNumber(value, { thaiDigits, decimals: 0 });
    return { thaiDigits, score, plain, delta, year };
  }, [thaiDigits]);
}

/** The current Thai fiscal year (BE): October starts the next one. */
/** The fiscal year of the user's local date (not UTC: in Thailand 1 October begins 7 hours earlier). */
export const currentFiscalYear = (today = new Date()): number => fiscalYearOf(todayIso(today));
