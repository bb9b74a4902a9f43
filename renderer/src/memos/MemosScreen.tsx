import './memos.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { GarudaInfo, Memo, MemoSummary } from '../../../shared/api/memos';
import type { Person, Unit } from '../../../shared/api/office';
import { formatThaiDate } from '../../../shared/domain/thaiFormat';
import { call } from '../api';
import { useApp } from '../appContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { apiErrorOf, ErrorNotice, errorMessage, issueMessage } from '../ui/errors';
import { MemoEditor } from './MemoEditor';
import { downloadBase64, fileToBase64 } from '../ui/download';
import { ScreenHead } from '../ui/ScreenHead';

/** The office's Garuda for memos: chosen once, stored in the database, shown here. */
function GarudaCard() {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [garuda, setGaruda] = useState<GarudaInfo | null | undefined>();
  const [failure, setFailure] = useState<ApiError>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    call('settings.getGaruda', {}).then(setGaruda, (thrown: unknown) => setFailure(apiErrorOf(thrown)));
  }, []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFailure(undefined);
    try {
      const stored = await call('settings.setGaruda', { base64: await fileToBase64(file), mimeType: file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png' });
      setGaruda(stored);
      notify(t('memos.garuda.saved'));
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const issue = failure?.issues?.[0];
  return (
    <section className="card garuda-section" aria-labelledby="garuda-title" data-testid="garuda-card">
      <h2 id="garuda-title">{t('memos.garuda.title')}</h2>
      <p className="field-hint">{t('memos.garuda.hint')}</p>
      {failure && (
        <div className="notice notice-error" role="alert" data-testid="garuda-error">
          <p className="notice-title">{issue ? issueMessage(t, issue) : errorMessage(t, failure)}</p>
        </div>
      )}
      <div className="garuda-card">
        {garuda ? <img src={`data:${garuda.mimeType};base64,${garuda.base64}`} alt={t('memos.garuda.alt')} /> : <div className="garuda-empty" aria-label={t('memos.garuda.none')} />}
        {garuda === null && <span className="muted">{t('memos.garuda.none')}</span>}
        <label className="file-button button">
          {t('memos.garuda.choose')}
          <input ref={input} type="file" accept="image/png,image/jpeg" className="visually-hidden" data-testid="garuda-file" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {garuda && (
          <button
            type="button"
            onClick={() =>
              void call('settings.clearGaruda', {}).then(
                () => setGaruda(null),
                (thrown: unknown) => setFailure(apiErrorOf(thrown)),
              )
            }
          >
            {t('memos.garuda.clear')}
          </button>
        )}
      </div>
    </section>
  );
}

interface Lists {
  people: Person[];
  units: Unit[];
}

/** Memos: the list with search, the editor with preview of the real .docx, and export. */
export function MemosScreen() {
  const { t } = useTranslation();
  const { organization, notify } = useApp();
  const [query, setQuery] = useState('');
  const [memos, setMemos] = useState<MemoSummary[]>();
  const [lists, setLists] = useState<Lists>();
  const [failure, setFailure] = useState<ApiError>();
  const [editing, setEditing] = useState<Memo | 'new' | null>(null);
  const [deleting, setDeleting] = useState<MemoSummary | null>(null);
  const digits = { thaiDigits: organization?.thaiDigits ?? true };

  const load = useCallback(async (q: string) => {
    try {
      setMemos(await call('memos.list', q.trim() ? { query: q.trim() } : {}));
      setFailure(undefined);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void load(query), 200);
    return () => clearTimeout(timer);
  }, [query, load]);

  useEffect(() => {
    Promise.all([call('people.list', {}), call('units.list', {})]).then(
      ([people, units]) => setLists({ people, units }),
      (thrown: unknown) => setFailure(apiErrorOf(thrown)),
    );
  }, [editing]);

  const open = async (id: number) => {
    try {
      setEditing(await call('memos.get', { id }));
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  const exportMemo = async (id: number) => {
    try {
      const file = await call('memos.export', { id });
      downloadBase64(file.fileName, file.base64);
      notify(t('memos.exported', { file: file.fileName }));
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  if (!organization) return <ErrorNotice error={{ code: 'setup_required' }} />;

  if (editing && lists)
    return (
      <MemoEditor
        key={editing === 'new' ? 'new' : editing.id}
        memo={editing === 'new' ? null : editing}
        org={organization}
        people={lists.people}
        units={lists.units}
        onClose={() => {
          setEditing(null);
          void load(query);
        }}
        onSaved={(memo, message) => {
          notify(message);
          setEditing(memo);
          void load(query);
        }}
      />
    );

  return (
    <div className="screen" data-testid="memos-list">
      <ScreenHead title={t('memos.title')} lead={t('memos.intro')}>
        <button type="button" className="primary" onClick={() => setEditing('new')} disabled={!lists}>
          + {t('memos.new')}
        </button>
      </ScreenHead>
      <ErrorNotice error={failure} />
      <div className="memo-list-search">
        <label htmlFor="memo-search" className="visually-hidden">
          {t('memos.search')}
        </label>
        <input id="memo-search" type="search" placeholder={t('memos.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {memos && memos.length === 0 && <p className="empty">{query.trim() ? t('memos.noMatch') : t('memos.empty')}</p>}
      {memos && memos.length > 0 && (
        <table className="table" data-testid="memos-table">
          <thead>
            <tr>
              <th scope="col">{t('memos.column.date')}</th>
              <th scope="col">{t('memos.column.number')}</th>
              <th scope="col">{t('memos.column.subject')}</th>
              <th scope="col">{t('memos.column.signer')}</th>
              <th scope="col" className="actions-col" />
            </tr>
          </thead>
          <tbody>
            {memos.map((m) => (
              <tr key={m.id} data-memo-id={m.id}>
                <td style={{ whiteSpace: 'nowrap' }}>{formatThaiDate(m.date, digits)}</td>
                <td style={{ whiteSpace: 'nowrap' }}>{m.docNumber}</td>
                <th scope="row">{m.subject}</th>
                <td>{m.signerName}</td>
                <td className="row-actions">
                  <button type="button" className="small" onClick={() => void open(m.id)}>
                    {t('memos.open')}
                  </button>
                  <button type="button" className="small" onClick={() => void exportMemo(m.id)}>
                    {t('memos.exportDocx')}
                  </button>
                  <button type="button" className="small danger-text" onClick={() => setDeleting(m)}>
                    {t('action.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <GarudaCard />
      {deleting && (
        <ConfirmDialog
          title={t('action.delete')}
          onClose={() => setDeleting(null)}
          testId="delete-memo-dialog"
          confirm={{
            label: t('action.delete'),
            tone: 'danger',
            onClick: () =>
              void call('memos.delete', { id: deleting.id }).then(
                () => {
                  setDeleting(null);
                  notify(t('memos.deleted'));
                  void load(query);
                },
                (thrown: unknown) => {
                  setDeleting(null);
                  setFailure(apiErrorOf(thrown));
                },
              ),
          }}
        >
          <p>{t('memos.deleteConfirm', { subject: deleting.subject })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
