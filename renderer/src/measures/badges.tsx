import { useTranslation } from 'react-i18next';
import type { ProgressStatus } from '../../../shared/measures/types';

/** A status as a coloured word: not started grey, in progress blue, done green, dropped struck through. */
export function StatusBadge({ status, testId }: { status: ProgressStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`ms-badge ms-status-${status}`} data-testid={testId}>
      {t(`measuresUi.status.${status}`)}
    </span>
  );
}

/** Overdue: a report or the end of the measure is due and it is not done. */
export function OverdueBadge({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="ms-badge ms-overdue" data-testid={testId} title={t('measuresUi.overdueHint')}>
      ⚠ {t('measuresUi.overdue')}
    </span>
  );
}
