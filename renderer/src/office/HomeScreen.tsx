import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { BackupNotice } from '../backup/BackupNotice';
import { useApp } from '../appContext';
import { ErrorNotice } from '../ui/errors';
import { useLoad } from '../ui/useLoad';

const loadOffice = async () => {
  const [units, people, backup] = await Promise.all([call('units.list', {}), call('people.list', {}), call('backup.status', {})]);
  return { units, people, backup };
};

/** Home: who the office is, how many units and people it has, and what to do next. */
export function HomeScreen() {
  const { t } = useTranslation();
  const { organization, navigate } = useApp();
  const { data, error } = useLoad(loadOffice);
  if (!organization) return null;

  const topUnits = data?.units.filter((u) => u.parentId === null).length ?? 0;
  const sections = (data?.units.length ?? 0) - topUnits;
  const roles = new Set(data?.people.map((p) => p.role));
  const todo = data
    ? [
        { done: topUnits > 0, text: t('home.todoUnits'), screen: 'units' },
        { done: data.people.length > 0, text: t('home.todoPeople'), screen: 'people' },
        { done: roles.has('chief_executive'), text: t('home.todoChief'), screen: 'people' },
        { done: roles.has('permanent_secretary'), text: t('home.todoSecretary'), screen: 'people' },
        { done: roles.has('ita_admin'), text: t('home.todoAdmin'), screen: 'people' },
        // Done while a good backup exists that is not older than the warning threshold (settings).
        { done: data.backup.lastGood !== null && !data.backup.overdue, text: t('home.todoBackup'), screen: 'backup' },
      ]
    : [];

  return (
    <div className="screen">
      <h1>{t('home.title')}</h1>
      <ErrorNotice error={error} />
      <section className="card org-card" aria-labelledby="org-summary">
        <h2 id="org-summary">{organization.name}</h2>
        <dl className="facts">
          <dt>{t('org.type')}</dt>
          <dd>{t(`orgType.${organization.type}`)}</dd>
          <dt>{t('home.location')}</dt>
          <dd>{t('home.locationValue', { district: organization.district, province: organization.province })}</dd>
          <dt>{t('org.phone')}</dt>
          <dd>{organization.phone || t('state.none')}</dd>
          <dt>{t('org.docNumberPrefix')}</dt>
          <dd>{organization.docNumberPrefix}</dd>
          <dt>{t('org.documentFont')}</dt>
          <dd>
            {organization.documentFont} · {organization.thaiDigits ? t('org.thaiDigitsOn') : t('org.thaiDigitsOff')}
          </dd>
        </dl>
        <button type="button" className="link" onClick={() => navigate('settings')}>
          {t('home.editOrg')}
        </button>
      </section>

      <BackupNotice />

      <div className="stats">
        <button type="button" className="stat" onClick={() => navigate('units')} data-testid="stat-units">
          <span className="stat-number">{data ? topUnits : '…'}</span>
          <span className="stat-label">{t('home.units')}</span>
          {data && sections > 0 && <span className="stat-extra">{t('home.sections', { n: sections })}</span>}
        </button>
        <button type="button" className="stat" onClick={() => navigate('people')} data-testid="stat-people">
          <span className="stat-number">{data ? data.people.length : '…'}</span>
          <span className="stat-label">{t('home.people')}</span>
        </button>
      </div>

      {data && (
        <section className="card" aria-labelledby="todo-title">
          <h2 id="todo-title">{t('home.todoTitle')}</h2>
          <ul className="todo">
            {todo.map((item) => (
              <li key={item.text} className={item.done ? 'done' : undefined}>
                <span className="todo-mark" aria-hidden="true">
                  {item.done ? '✓' : '○'}
                </span>
                <span className="todo-text">
                  {item.text}
                  {item.done && <span className="visually-hidden"> ({t('home.done')})</span>}
                </span>
                {!item.done && (
                  <button type="button" className="link" onClick={() => navigate(item.screen)}>
                    {t('home.go')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
