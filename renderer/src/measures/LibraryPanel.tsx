import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import { libraryMeasureInput, type LibraryMeasure, type LibraryMeasureInput } from '../../../shared/api/measures';
import { toFieldIssues } from '../../../shared/api/validation';
import { INSTRUMENT_CODES, type Framework, type InstrumentCode } from '../../../shared/ita/types';
import { call } from '../api';
import { useApp } from '../appContext';
import { ConfirmDialog, DialogButtons } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { emptyDraft, joinCodes, splitCodes, type MeasureDraft } from './draft';
import { useMeasureFormat } from './labels';
import { restIssues } from './MeasureDialog';
import { MeasureEditor } from './MeasureEditor';

function toLibraryInput(draft: MeasureDraft): LibraryMeasureInput {
  return {
    instrument: draft.instrument,
    indicatorNo: draft.indicatorNo,
    title: draft.title,
    methods: draft.methods.map((m) => m.trim()).filter(Boolean),
    oitItems: [...new Set(splitCodes(draft.oitItems))],
    cadence: draft.cadence,
    followUp: draft.followUp,
  };
}

function libraryIssues(draft: MeasureDraft): FieldIssue[] {
  const parsed = libraryMeasureInput.safeParse(toLibraryInput(draft));
  return parsed.success ? [] : toFieldIssues(parsed.error);
}

function LibraryDialog(props: { item: LibraryMeasure | null; framework: Framework | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const year = props.framework?.fiscalYear ?? 2566;
  const [draft, setDraft] = useState<MeasureDraft>(() =>
    props.item
      ? emptyDraft(year, {
          instrument: props.item.instrument,
          indicatorNo: props.item.indicatorNo,
          title: props.item.title,
          methods: props.item.methods.length ? [...props.item.methods] : [''],
          oitItems: joinCodes(props.item.oitItems),
          cadence: props.item.cadence,
          followUp: props.item.followUp,
        })
      : emptyDraft(year),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const found = libraryIssues(draft);
    setIssues(found);
    if (found.length) {
      setFailure({ code: 'validation' });
      return;
    }
    setBusy(true);
    try {
      const input = toLibraryInput(draft);
      if (props.item) await call('measureLibrary.update', { id: props.item.id, ...input });
      else await call('measureLibrary.create', input);
      props.onSaved();
    } catch (thrown) {
      const error = apiErrorOf(thrown);
      setFailure(error);
      setIssues(error.issues ?? []);
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      wide
      title={props.item ? t('measuresUi.library.editTitle') : t('measuresUi.library.addTitle')}
      onClose={props.onClose}
      testId="library-dialog"
      footer={<DialogButtons onCancel={props.onClose} busy={busy} confirm={{ label: busy ? t('state.saving') : t('action.save'), onClick: () => void save(), tone: 'primary', testId: 'library-save' }} />}
    >
      <ErrorNotice error={failure} issues={restIssues(issues)} />
      <MeasureEditor draft={draft} onChange={(next) => setDraft(next)} units={[]} framework={props.framework} issues={issues} idPrefix="library" library />
    </Dialog>
  );
}

/** The office's standard measures per indicator: shipped ones (editable) and the office's own. */
export function LibraryPanel({ framework }: { framework: Framework | null }) {
  const { t } = useTranslation();
  const { notify } = useApp();
  const fmt = useMeasureFormat();
  const [instrument, setInstrument] = useState<'' | InstrumentCode>('');
  const [items, setItems] = useState<LibraryMeasure[]>();
  const [error, setError] = useState<ApiError>();
  const [editing, setEditing] = useState<LibraryMeasure | 'new' | null>(null);
  const [deleting, setDeleting] = useState<LibraryMeasure | null>(null);
  const [restoring, setRestoring] = useState(false);

  const load = useCallback(async () => {
    try {
      const list = await call('measureLibrary.list', instrument ? { instrument } : {});
      // IIT, EIT, OIT, then by indicator (a measure for the whole instrument first).
      const order = (m: LibraryMeasure) => INSTRUMENT_CODES.indexOf(m.instrument) * 1000 + (m.indicatorNo ?? 0);
      setItems(list.map((m, i) => ({ m, i })).sort((a, b) => order(a.m) - order(b.m) || a.i - b.i).map(({ m }) => m));
      setError(undefined);
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    }
  }, [instrument]);
  useEffect(() => {
    void load();
  }, [load]);

  const indicatorName = (no: number | null) => (no === null ? t('measuresUi.field.wholeInstrument') : `${fmt.num(no)}. ${framework?.indicators.find((i) => i.no === no)?.name ?? ''}`);

  const remove = async () => {
    if (!deleting) return;
    try {
      await call('measureLibrary.delete', { id: deleting.id });
      setDeleting(null);
      notify(t('measuresUi.library.deleted'));
      await load();
    } catch (thrown) {
      setError(apiErrorOf(thrown));
      setDeleting(null);
    }
  };

  const restore = async () => {
    try {
      await call('measureLibrary.restoreBuiltins', {});
      setRestoring(false);
      notify(t('measuresUi.library.restored'));
      await load();
    } catch (thrown) {
      setError(apiErrorOf(thrown));
      setRestoring(false);
    }
  };

  return (
    <section data-testid="library-panel">
      <p className="lead">{t('measuresUi.library.intro')}</p>
      <div className="button-row ms-actions">
        <label className="ms-inline">
          <span>{t('measuresUi.field.instrument')}</span>
          <select value={instrument} onChange={(e) => setInstrument(e.target.value as '' | InstrumentCode)} data-testid="library-instrument">
            <option value="">{t('measuresUi.filter.all')}</option>
            {INSTRUMENT_CODES.map((c) => (
              <option key={c} value={c}>
                {t(`measuresUi.instrument.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => setEditing('new')} data-testid="library-add">
          + {t('measuresUi.library.add')}
        </button>
        <button type="button" onClick={() => setRestoring(true)}>
          {t('measuresUi.library.restore')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {items && items.length === 0 ? (
        <p className="empty">{t('measuresUi.library.empty')}</p>
      ) : (
        <div className="ms-table-wrap">
          <table className="table ms-table" data-testid="library-table">
            <thead>
              <tr>
                <th>{t('measuresUi.col.indicator')}</th>
                <th>{t('measuresUi.col.measure')}</th>
                <th>{t('measuresUi.col.followUp')}</th>
                <th className="actions-col">
                  <span className="visually-hidden">{t('measuresUi.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(items ?? []).map((item) => (
                <tr key={item.id} data-testid={`library-row-${item.id}`}>
                  <td className="ms-ind">
                    <span className={`ms-inst ms-inst-${item.instrument}`}>{item.instrument}</span>
                    <div>{indicatorName(item.indicatorNo)}</div>
                  </td>
                  <td className="ms-title-cell">
                    <div className="ms-title">{item.title}</div>
                    {item.methods.length > 0 && (
                      <ol className="ms-methods">
                        {item.methods.map((m, j) => (
                          <li key={j}>{m}</li>
                        ))}
                      </ol>
                    )}
                    <div className="ms-muted">
                      {item.builtin ? t('measuresUi.library.builtin') : t('measuresUi.library.own')}
                      {item.usedCount > 0 && ` · ${t('measuresUi.library.used', { n: fmt.num(item.usedCount) })}`}
                    </div>
                  </td>
                  <td>
                    {t(`measuresUi.cadence.${item.cadence}`)}
                    {item.oitItems.length > 0 && <div className="ms-muted">{item.oitItems.join(', ')}</div>}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="small" onClick={() => setEditing(item)}>
                      {t('action.edit')}
                    </button>
                    <button type="button" className="small danger-text" onClick={() => setDeleting(item)}>
                      {t('action.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <LibraryDialog
          item={editing === 'new' ? null : editing}
          framework={framework}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notify(t('state.saved'));
            void load();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog title={t('measuresUi.library.deleteTitle')} onClose={() => setDeleting(null)} confirm={{ label: t('action.delete'), onClick: () => void remove(), tone: 'danger' }}>
          <p className="ms-quote">{deleting.title}</p>
          <p>{t('measuresUi.library.deleteConfirm')}</p>
        </ConfirmDialog>
      )}
      {restoring && (
        <ConfirmDialog title={t('measuresUi.library.restore')} onClose={() => setRestoring(false)} confirm={{ label: t('action.confirm'), onClick: () => void restore(), tone: 'primary' }}>
          <p>{t('measuresUi.library.restoreConfirm')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
