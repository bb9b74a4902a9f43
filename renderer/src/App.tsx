import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/api/office';
import { call } from './api';
import { screens } from './screens';

/** The shell: loads the app info, applies the stored language, shows setup or the main navigation. */
export function App() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [active, setActive] = useState(screens[0]?.id ?? '');

  const reload = useCallback(async () => {
    const next = await call('app.info', {});
    await i18n.changeLanguage(next.language);
    document.documentElement.lang = next.language;
    setInfo(next);
  }, [i18n]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!info) return <p className="loading">{t('state.loading')}</p>;
  const Screen = screens.find((s) => s.id === active)?.component;
  return (
    <div className="shell">
      <nav className="nav" aria-label={t('app.name')}>
        <h1>{t('app.name')}</h1>
        {screens.map((s) => (
          <button key={s.id} type="button" aria-current={s.id === active ? 'page' : undefined} onClick={() => setActive(s.id)}>
            {t(s.labelKey)}
          </button>
        ))}
      </nav>
      <main className="content" data-screen={active}>
        {Screen ? <Screen /> : null}
      </main>
    </div>
  );
}
