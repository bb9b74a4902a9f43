import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useApp } from '../appContext';
import { useLoad } from '../ui/useLoad';
import { formatDateTime } from './format';

const loadStatus = () => call('backup.status', {});

/** For the home screen: when the last good backup was made, and a warning after the days set in settings. */
export function BackupNotice() {
  const { t, i18n } = useTranslation();
  const { navigate } = useApp();
  const { data: status } = useLoad(loadStatus);
  if (!status) return null;
  const last = status.lastGood;
  return (
    <section className="card" aria-labelledby="backup-notice-title" data-testid="backup-notice">
      <h2 id="backup-notice-title">{t('backup.title')}</h2>
      <p>
        {last ? t('backup.status.last', { at: formatDateTime(last.at, i18n.language) }) : t('backup.status.never')}{' '}
        {last && status.daysSince !== null && status.daysSince > 0 && <span className="muted">{t('backup.status.daysAgo', { count: status.daysSince })}</span>}
      </p>
      {status.overdue && (
        <p className="warning" role="status" data-testid="backup-overdue">
          {last ? t('backup.status.overdue', { days: status.daysSince ?? 0 }) : t('backup.status.overdueNever')}
        </p>
      )}
      {status.lastError && (
        <p className="notice notice-error">
          {t('backup.status.lastError', { message: status.lastError.reason ? t(status.lastError.reason, { code: '' }) : t(`error.${status.lastError.code}`, { dir: '' }) })}
        </p>
      )}
      <button type="button" className="link" onClick={() => navigate('backup')}>
        {t('backup.status.goBackup')}
      </button>
    </section>
  );
}
