import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import { EVIDENCE_MAX_BYTES, progressInput, type Evidence, type ProgressEntry, type ProgressInput, type ProgressSlot } from '../../../shared/api/measures';
import { PROGRESS_STATUSES, type ReportingPeriod } from '../../../shared/measures/types';
import { call } from '../api';
import { FormDialogFooter } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, ErrorNotice, failForm, issueMessage, type FormFailure } from '../ui/errors';
import { Field, inputProps, schemaResolver } from '../ui/form';
import { downloadBase64, fileToBase64 } from '../ui/download';
import { evidenceFileProblem, fileSize, megabytes } from './files';
import { useMeasureFormat } from './labels';

type Form = ProgressInput;
const FIELDS = ['result', 'suggestion', 'status', 'droppedReason'] as const;

/** The evidence of an entry: files (kept in the app's data folder) and URLs; open, add, remove. */
function EvidenceList(props: { evidence: Evidence[]; canAdd: boolean; ensureEntry: () => Promise<number | null>; onChanged: (entryId: number) => Promise<void> }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [urlName, setUrlName] = useState('');
  const [problem, setProblem] = useState<Pick<FieldIssue, 'key' | 'params'>>();
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const attach = async (work: (entryId: number) => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const entryId = await props.ensureEntry();
      if (entryId === null) return;
      await work(entryId);
      await props.onChanged(entryId);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    } finally {
      setBusy(false);
    }
  };

  const addFiles = async (files: FileList | null) => {
    setProblem(undefined);
    const list = [...(files ?? [])];
    for (const file of list) {
      const bad = evidenceFileProblem(file);
      if (bad) {
        // Numbers in the office's digits, like the rest of the dialog.
        const params = Object.fromEntries(Object.entries(bad.params).map(([k, v]) => [k, fmt.num(v)]));
        setProblem({ key: bad.key, params: { ...params, file: file.name } });
        return;
      }
    }
    await attach(async (entryId) => {
      for (const file of list) await call('evidence.add', { entryId, source: { kind: 'file', name: file.name, base64: await fileToBase64(file) } });
    });
    if (fileInput.current) fileInput.current.value = '';
  };

  const addUrl = async () => {
    setProblem(undefined);
    if (!/^https?:\/\/\S+$/i.test(url.trim())) {
      setProblem({ key: 'measuresUi.progress.badUrl' });
      return;
    }
    await attach((entryId) => call('evidence.add', { entryId, source: { kind: 'url', url: url.trim(), name: urlName.trim() } }));
    setUrl('');
    setUrlName('');
  };

  const open = async (item: Evidence) => {
    setFailure(undefined);
    try {
      const content = await call('evidence.read', { id: item.id });
      downloadBase64(content.name, content.base64, content.mimeType);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  const remove = async (item: Evidence) => {
    setFailure(undefined);
    try {
      await call('evidence.remove', { id: item.id });
      await props.onChanged(item.entryId);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  return (
    <fieldset className="ms-fieldset ms-evidence" data-testid="evidence">
      <legend>{t('measuresUi.progress.evidence')}</legend>
      <ErrorNotice error={failure} issues={failure?.issues} testId="evidence-error" />
      {props.evidence.length === 0 ? (
        <p className="field-hint">{t('measuresUi.progress.noEvidence')}</p>
      ) : (
        <ul className="ms-evidence-list">
          {props.evidence.map((item) => (
            <li key={item.id} data-testid={`evidence-${item.id}`}>
              {item.kind === 'url' ? (
                <a href={item.url ?? '#'} target="_blank" rel="noreferrer">
                  <span className="ms-kind">{t('measuresUi.progress.kindUrl')}</span> {item.name || item.url}
                </a>
              ) : (
                <button type="button" className="link" onClick={() => void open(item)} disabled={item.missing}>
                  <span className="ms-kind">{t('measuresUi.progress.kindFile')}</span> {item.name}
                </button>
              )}
              {item.size !== null && <span className="ms-muted"> ({fileSize(item.size, fmt.num)})</span>}
              {item.missing && <span className="ms-bad"> ⚠ {t('measuresUi.progress.fileMissing')}</span>}
              <button type="button" className="small danger-text" onClick={() => void remove(item)} aria-label={`${t('action.delete')} ${item.name}`}>
                {t('action.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="ms-evidence-add">
        <label className="button file-button">
          + {t('measuresUi.progress.addFile')}
          <input ref={fileInput} type="file" multiple className="visually-hidden" onChange={(e) => void addFiles(e.target.files)} disabled={busy} data-testid="evidence-file" />
        </label>
        <input type="text" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" aria-label={t('measuresUi.progress.url')} data-testid="evidence-url" />
        <input type="text" value={urlName} onChange={(e) => setUrlName(e.target.value)} placeholder={t('measuresUi.progress.urlName')} aria-label={t('measuresUi.progress.urlName')} data-testid="evidence-url-name" />
        <button type="button" onClick={() => void addUrl()} disabled={busy || !url.trim()} data-testid="evidence-add-url">
          {t('measuresUi.progress.addUrl')}
        </button>
      </div>
      {problem && (
        <p className="field-error" data-testid="evidence-problem">
          {issueMessage(t, problem)}
        </p>
      )}
      {!props.canAdd && <p className="field-hint">{t('measuresUi.progress.evidenceAfterSave')}</p>}
      <p className="field-hint">{t('measuresUi.progress.evidenceHint', { max: fmt.num(megabytes(EVIDENCE_MAX_BYTES)) })}</p>
    </fieldset>
  );
}

/**
 * Records one unit's progress on one measure for a reporting period: the result, a suggestion, the
 * status (dropped needs a reason) and the evidence. Adding evidence to a slot not yet recorded
 * saves the entry first.
 */
export function ProgressDialog(props: { slot: ProgressSlot; period: ReportingPeriod; fiscalYear: number; onClose: () => void; onSaved: (entry: ProgressEntry) => void }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const { slot } = props;
  const [entry, setEntry] = useState<ProgressEntry | null>(slot.entry);
  const [failure, setFailure] = useState<FormFailure>();
  const form = useForm<Form>({
    resolver: schemaResolver(progressInput),
    mode: 'onTouched',
    defaultValues: {
      measureId: slot.measureId,
      period: props.period,
      unitId: slot.unitId,
      result: slot.entry?.result ?? '',
      suggestion: slot.entry?.suggestion ?? '',
      status: slot.entry?.status ?? 'inProgress',
      droppedReason: slot.entry?.droppedReason ?? '',
    },
  });
  const errors = form.formState.errors;
  const status = form.watch('status');

  const persist = async (values: Form): Promise<ProgressEntry | null> => {
    setFailure(undefined);
    try {
      const saved = await call('progress.save', values);
      setEntry(saved);
      return saved;
    } catch (thrown) {
      setFailure(failForm(thrown, form.setError, FIELDS));
      return null;
    }
  };

  const submit = form.handleSubmit(async (values) => {
    const saved = await persist(values);
    if (saved) props.onSaved(saved);
  });

  /** The entry's id, saving the form first when the slot has no entry yet. */
  const ensureEntry = async (): Promise<number | null> => {
    if (entry) return entry.id;
    const ok = await form.trigger();
    if (!ok) return null;
    const saved = await persist(form.getValues());
    return saved?.id ?? null;
  };

  const refreshEntry = async () => {
    const list = await call('progress.list', { fiscalYear: props.fiscalYear, period: props.period, measureId: slot.measureId, unitId: slot.unitId });
    const found = list[0];
    if (found) setEntry(found);
  };

  return (
    <Dialog
      open
      wide
      title={t('measuresUi.progress.dialogTitle', { unit: slot.unitName, period: fmt.reporting(props.period, props.fiscalYear) })}
      onClose={() => (entry && entry !== slot.entry ? props.onSaved(entry) : props.onClose())}
      testId="progress-dialog"
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <p className="ms-quote">{slot.measureTitle}</p>
        <ErrorNotice error={failure?.error} issues={failure?.issues} testId="progress-error" />
        <div className="field">
          <span className="label-like">{t('measuresUi.field.status')}</span>
          <div className="ms-status-pick" role="radiogroup" aria-label={t('measuresUi.field.status')}>
            {PROGRESS_STATUSES.map((s) => (
              <label key={s} className={`check ms-status-option ms-status-${s}`}>
                <input type="radio" value={s} {...form.register('status')} data-testid={`status-${s}`} />
                {t(`measuresUi.status.${s}`)}
              </label>
            ))}
          </div>
        </div>
        {status === 'dropped' && (
          <Field id="progress-dropped" label={t('measuresUi.progress.droppedReason')} error={errors.droppedReason} required>
            <textarea rows={2} {...inputProps('progress-dropped', errors.droppedReason)} {...form.register('droppedReason')} data-testid="progress-dropped" />
          </Field>
        )}
        <Field id="progress-result" label={t('measuresUi.progress.result')} error={errors.result} hint={t('measuresUi.progress.resultHint')}>
          <textarea rows={5} {...inputProps('progress-result', errors.result, true)} {...form.register('result')} data-testid="progress-result" />
        </Field>
        <Field id="progress-suggestion" label={t('measuresUi.progress.suggestion')} error={errors.suggestion}>
          <textarea rows={3} {...inputProps('progress-suggestion', errors.suggestion)} {...form.register('suggestion')} data-testid="progress-suggestion" />
        </Field>
        <EvidenceList evidence={entry?.evidence ?? []} canAdd={entry !== null} ensureEntry={ensureEntry} onChanged={refreshEntry} />
        <FormDialogFooter onCancel={() => (entry && entry !== slot.entry ? props.onSaved(entry) : props.onClose())} submitting={form.formState.isSubmitting} saveTestId="progress-save" />
      </form>
    </Dialog>
  );
}
