import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/api/office';
import { call } from '../api';
import { downloadText } from '../ui/download';
import { useApp } from '../appContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { apiErrorOf, ErrorNotice, failForm, type FormFailure } from '../ui/errors';
import { OrganizationFields, ORGANIZATION_FIELDS, useOrganizationForm } from './OrganizationFields';

/** Edits the organisation with the same form (and schema) as the setup wizard. */
function OrganizationSettings() {
  const { t } = useTranslation();
  const { organization, refresh, notify } = useApp();
  const form = useOrganizationForm(organization);
  const [failure, setFailure] = useState<FormFailure>();
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const saved = await call('organization.save', values);
      form.reset(saved);
      await refresh();
      notify(t('state.saved'));
    } catch (thrown) {
      setFailure(failForm(thrown, form.setError, ORGANIZATION_FIELDS));
    }
  });
  return (
    <form className="card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="settings-org">
      <h2 id="settings-org">{t('settings.organization')}</h2>
      <ErrorNotice error={failure?.error} issues={failure?.issues} />
      <OrganizationFields form={form} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('state.saving') : t('action.save')}
        </button>
      </div>
    </form>
  );
}

function LanguageSettings() {
  const { t } = useTranslation();
  const { info, setLanguage } = useApp();
  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('language.label')}</h2>
      <div className="radio-row" role="radiogroup" aria-labelledby="settings-language">
        {LANGUAGES.map((language) => (
          <label key={language} className="check">
            <input type="radio" name="language" value={language} checked={info.language === language} onChange={() => void setLanguage(language)} />
            <span lang={language}>{t(`language.${language}`)}</span>
          </label>
        ))}
      </div>
      <p className="field-hint">{t('settings.languageHint')}</p>
    </section>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Export and import of the JSON data bundle, and the sample office: each replace asks first. */
function DataSettings() {
  const { t } = useTranslation();
  const { refresh, notify } = useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure>();
  const [pending, setPending] = useState<{ name: string; bundle: unknown } | null>(null);
  const [confirmSample, setConfirmSample] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (thrown) {
      const error = apiErrorOf(thrown);
      setFailure({ error, issues: error.issues ?? [] });
    } finally {
      setBusy(false);
    }
  };

  const exportData = () =>
    run(async () => {
      const bundle = await call('bundle.export', {});
      downloadText(JSON.stringify(bundle, null, 2), `ita-desk-${today()}.json`, 'application/json');
      notify(t('settings.exported'));
    });

  const chooseFile = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    setFailure(undefined);
    try {
      setPending({ name: file.name, bundle: JSON.parse(await file.text()) });
    } catch {
      setFailure({ error: { code: 'bundle_invalid' }, issues: [{ path: '', key: 'bundle.notJson' }] });
    }
  };

  const importData = (bundle: unknown) =>
    run(async () => {
      setPending(null);
      const counts = await call('bundle.import', { bundle });
      await refresh();
      notify(t('settings.imported', { units: counts.units, people: counts.people }));
    });

  const loadSample = () =>
    run(async () => {
      setConfirmSample(false);
      await call('sample.load', { replace: true });
      await refresh();
      notify(t('settings.sampleLoaded'));
    });

  return (
    <section className="card" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('settings.data')}</h2>
      <ErrorNotice error={failure?.error} issues={failure?.issues} testId="data-error" />
      <div className="data-actions">
        <div className="data-action">
          <h3>{t('settings.exportTitle')}</h3>
          <p>{t('settings.exportText')}</p>
          <button type="button" onClick={() => void exportData()} disabled={busy}>
            {t('settings.exportButton')}
          </button>
        </div>
        <div className="data-action">
          <h3>{t('settings.importTitle')}</h3>
          <p>{t('settings.importText')}</p>
          <label className="button file-button">
            {t('settings.importButton')}
            <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" disabled={busy} onChange={(e) => void chooseFile(e.target.files?.[0])} />
          </label>
        </div>
        <div className="data-action">
          <h3>{t('settings.sampleTitle')}</h3>
          <p>{t('settings.sampleText')}</p>
          <button type="button" onClick={() => setConfirmSample(true)} disabled={busy}>
            {t('settings.sampleButton')}
          </button>
        </div>
      </div>
      {pending && (
        <ConfirmDialog
          title={t('settings.importConfirmTitle')}
          onClose={() => setPending(null)}
          testId="import-confirm"
          confirm={{ label: t('settings.replaceAll'), onClick: () => void importData(pending.bundle), tone: 'danger' }}
        >
          <p>{t('settings.importConfirm', { file: pending.name })}</p>
          <p className="warning">{t('settings.replaceWarning')}</p>
        </ConfirmDialog>
      )}
      {confirmSample && (
        <ConfirmDialog
          title={t('settings.sampleConfirmTitle')}
          onClose={() => setConfirmSample(false)}
          testId="sample-confirm"
          confirm={{ label: t('settings.replaceAll'), onClick: () => void loadSample(), tone: 'danger' }}
        >
          <p>{t('settings.sampleConfirm')}</p>
          <p className="warning">{t('settings.replaceWarning')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Settings: the organisation, the language, and the office's data as a file. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { info, organization } = useApp();
  return (
    <div className="screen">
      <h1>{t('settings.title')}</h1>
      {/* Re-mounted when the organisation changes under it (sample data, import). */}
      <OrganizationSettings key={JSON.stringify(organization)} />
      <LanguageSettings />
      <DataSettings />
      <p className="muted about">
        {t('settings.about', { version: info.appVersion, schema: info.schemaVersion, dir: info.dataDir })}
      </p>
    </div>
  );
}
