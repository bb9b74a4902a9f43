import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasurePeriod, ReportingPeriod } from '../../../shared/measures/types';
import { formatNumber } from '../../../shared/domain/thaiFormat';
import { useApp } from '../appContext';
import { monthRangeLabel, periodKind, reportingPeriodRange, type MonthFormat } from './periods';

/**
 * The words and numbers of the measures screens in the user's language and the office's digits:
 * years, months, periods, reporting periods. One hook, so every screen writes them alike.
 */
export function useMeasureFormat() {
  const { t, i18n } = useTranslation();
  const { organization } = useApp();
  const thaiDigits = organization?.thaiDigits ?? false;
  const language: 'th' | 'en' = i18n.language === 'en' ? 'en' : 'th';
  return useMemo(() => {
    const months: MonthFormat = { language, thaiDigits };
    const num = (value: number) => formatNumber(value, { thaiDigits });
    const year = (value: number) => formatNumber(value, { thaiDigits });
    const score = (value: number, decimals = 2) => formatNumber(value, { thaiDigits, decimals });
    /** ระยะเวลาดำเนินการ: "ปีงบประมาณ ๒๕๖๗" or "ต.ค. ๖๖ – มี.ค. ๖๗". */
    const period = (value: MeasurePeriod | null, fiscalYear: number) => (value === null ? t('measuresUi.period.wholeYear', { year: year(fiscalYear) }) : monthRangeLabel(value, months));
    /** "รอบ ๖ เดือน (ต.ค. ๖๖ – มี.ค. ๖๗)", "ไตรมาส ๒ (ม.ค. – มี.ค. ๖๗)", "ต.ค. ๖๖". */
    const reporting = (value: ReportingPeriod, fiscalYear: number) => {
      const kind = periodKind(value);
      const range = monthRangeLabel(reportingPeriodRange(value, fiscalYear), months);
      if (kind.kind === 'month') return range;
      if (kind.kind === 'quarter') return t('measuresUi.reporting.quarter', { n: num(kind.n), range });
      return t(`measuresUi.reporting.${kind.kind}`, { range });
    };
    return { thaiDigits, language, months, num, year, score, period, reporting };
  }, [t, language, thaiDigits]);
}
