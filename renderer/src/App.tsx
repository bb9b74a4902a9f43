import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/errors';
import type { AppInfo, Language, Organization } from '../../shared/api/office';
import { call } from './api';
import { AppContext, type AppState } from './appContext';
import { SetupWizard } from './office/SetupWizard';
import { screens } from './screens';
import { ErrorBoundary, UnhandledErrorBanner } from './ui/ErrorBoundary';
import { apiErrorOf, errorMessage } from './ui/errors';
import { LanguageSwitch } from './ui/LanguageSwitch';

const screenFromHash = () => {
  const id = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  return screens.some((s) => s.id === id) ? id : (screens[0]?.id ?? '');
};

interface Toast {
  id: number;
  message: string;
}

/**
 * The shell: loads the app info, applies the stored language, then shows the setup wizard on a
 * first run, or the top bar (organisation name, language) and the side navigation of `screens.ts`.
 */
export function App() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [organization, setOrganization] = useState<Organization | null>(null);
  const [loadError, setLoadError] = useState<ApiError>();
  const [active, setActive] = useState(screenFromHash);
  const [toast, setToast] = useState<Toast | null>(null);
  const toastId = useRef(0);

  const applyLanguage = useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language);
      document.documentElement.lang = language;
    },
    [i18n],
  );

  const refresh = useCallback(async () => {
    try {
      const [nextInfo, nextOrg] = await Promise.all([call('app.info', {}), call('organization.get', {})]);
      await applyLanguage(nextInfo.language);
      setInfo(nextInfo);
      setOrganization(nextOrg);
      setLoadError(undefined);
    } catch (thrown) {
      setLoadError(apiErrorOf(thrown));
    }
  }, [applyLanguage]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    const onHash = () => setActive(screenFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = organization ? `${organization.name} · ${t('app.name')}` : t('app.name');
  }, [organization, t]);

  const navigate = useCallback((id: string) => {
    location.hash = `#${id}`;
    setActive(id);
  }, []);

  const notify = useCallback((message: string) => {
    const id = ++toastId.current;
    setToast({ id, message }); // the newest notice replaces the last one
    setTimeout(() => setToast((shown) => (shown?.id === id ? null : shown)), 4000);
  }, []);

  const setLanguage = useCallback(
    async (language: Language) => {
      await applyLanguage(language); // at once, before the round trip
      setInfo((current) => (current ? { ...current, language } : current));
      await call('settings.setLanguage', { language });
    },
    [applyLanguage],
  );

  const state = useMemo<AppState | null>(
    () => (info ? { info, organization, refresh, navigate, notify, setLanguage } : null),
    [info, organization, refresh, navigate, notify, setLanguage],
  );

  if (!state) {
    return loadError ? (
      <div className="start-error" role="alert">
        <h1>{t('app.name')}</h1>
        <p>{errorMessage(t, loadError)}</p>
        <button type="button" className="primary" onClick={() => void refresh()}>
          {t('action.retry')}
        </button>
      </div>
    ) : (
      <p className="loading">{t('state.loading')}</p>
    );
  }

  const screen = screens.find((s) => s.id === active);
  const Screen = screen?.component;
  return (
    <AppContext.Provider value={state}>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-app">{t('app.name')}</span>
            {organization && (
              <span className="brand-org" data-testid="org-name">
                {organization.name}
              </span>
            )}
          </div>
          <LanguageSwitch />
        </header>
        <UnhandledErrorBanner />
        {!organization ? (
          <main className="setup-main">
            <ErrorBoundary>
              <SetupWizard />
            </ErrorBoundary>
          </main>
        ) : (
          <div className="shell">
            <nav className="nav" aria-label={t('shell.navigation')}>
              {screens.map((s) => (
                <a
                  key={s.id}
                  href={`#${s.id}`}
                  aria-current={s.id === active ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(s.id);
                  }}
                >
                  {t(s.labelKey)}
                </a>
              ))}
            </nav>
            <main className="content" data-screen={active}>
              <ErrorBoundary key={active}>
                <Suspense fallback={<p className="loading">{t('state.loading')}</p>}>{Screen ? <Screen /> : null}</Suspense>
              </ErrorBoundary>
            </main>
          </div>
        )}
        <div className="toasts" aria-live="polite">
          {toast && (
            <div key={toast.id} className="toast" role="status">
              ✓ {toast.message}
            </div>
          )}
        </div>
      </div>
    </AppContext.Provider>
  );
}
