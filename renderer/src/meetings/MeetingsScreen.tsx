import './meetings.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { MEETING_TEMPLATES, type Meeting, type MeetingData, type MeetingSummary, type MeetingTemplate } from '../../../shared/api/meetings';
import type { Person } from '../../../shared/api/office';
import { formatNumber, formatThaiDate } from '../../../shared/domain/thaiFormat';
import { call } from '../api';
import { useApp } from '../appContext';
import { downloadBase64 } from '../ui/download';
import { ConfirmDialog, DialogButtons } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { ScreenHead } from '../ui/ScreenHead';
import { newDraft } from './draft';
import { MeetingEditor } from './MeetingEditor';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Editing = { meeting: Meeting | null; draft: MeetingData };

/** Meetings: the list, a new meeting from a template, the wizard and the exports. */
export function MeetingsScreen() {
  const { t } = useTranslation();
  const { organization, notify } = useApp();
  const [meetings, setMeetings] = useState<MeetingSummary[]>();
  const [people, setPeople] = useState<Person[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [creating, setCreating] = useState<{ template: MeetingTemplate; date: string } | null>(null);
  const [deleting, setDeleting] = useState<MeetingSummary | null>(null);
  const digits = { thaiDigits: organization?.thaiDigits ?? true };

  const load = useCallback(async () => {
    try {
      const [list, persons] = await Promise.all([call('meetings.list', {}), call('people.list', {})]);
      setMeetings(list);
      setPeople(persons);
      setFailure(undefined);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const open = async (id: number) => {
    try {
      const meeting = await call('meetings.get', { id });
      setEditing({ meeting, draft: meeting });
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  const startNew = async () => {
    if (!creating) return;
    try {
      const info = await call('meetings.template', creating);
      setEditing({ meeting: null, draft: newDraft(info, creating.date, people) });
      setCreating(null);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  const exportDoc = async (id: number, kind: 'minutes' | 'memo') => {
    try {
      const file = kind === 'minutes' ? await call('meetings.exportMinutes', { id }) : await call('meetings.exportMemo', { id });
      downloadBase64(file.fileName, file.base64);
      notify(t('meetings.export.done', { file: file.fileName }));
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  if (!organization) return <ErrorNotice error={{ code: 'setup_required' }} />;

  if (editing)
    return (
      <MeetingEditor
        key="meeting-editor"
        meeting={editing.meeting}
        draft={editing.draft}
        org={organization}
        people={people}
        meetings={meetings ?? []}
        onSaved={(meeting, message) => {
          notify(message);
          setEditing((before) => (before ? { ...before, meeting } : before));
          void load();
        }}
        onClose={() => {
          setEditing(null);
          void load();
        }}
      />
    );

  return (
    <div className="screen" data-testid="meetings-list">
      <ScreenHead title={t('meetings.title')}>
        <button type="button" className="primary" data-testid="meeting-new" onClick={() => setCreating({ template: 'analysis', date: today() })}>
          + {t('meetings.list.new')}
        </button>
      </ScreenHead>
      <ErrorNotice error={failure} issues={failure?.issues} />
      {meetings && meetings.length === 0 && <p className="empty">{t('meetings.list.empty')}</p>}
      {meetings && meetings.length > 0 && (
        <table className="table meetings-table" data-testid="meetings-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.list.number')}</th>
              <th scope="col">{t('meetings.list.date')}</th>
              <th scope="col">{t('meetings.list.committee')}</th>
              <th scope="col" className="num">
                {t('meetings.list.attendees')}
              </th>
              <th scope="col" className="actions-col" />
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id} data-meeting-id={m.id}>
                <td style={{ whiteSpace: 'nowrap' }}>
                  {formatNumber(m.number, digits)}/{formatNumber(m.numberYear, digits)}
                </td>
                <td style={{ whiteSpace: 'nowrap' }}>{formatThaiDate(m.date, digits)}</td>
                <th scope="row">{m.committee}</th>
                <td className="num">{formatNumber(m.attendeeCount, digits)}</td>
                <td className="row-actions">
                  <button type="button" className="small" data-testid="meeting-open" onClick={() => void open(m.id)}>
                    {t('meetings.list.open')}
                  </button>
                  <button type="button" className="small" data-testid="meeting-export-minutes" onClick={() => void exportDoc(m.id, 'minutes')}>
                    {t('meetings.list.exportMinutes')}
                  </button>
                  <button type="button" className="small" onClick={() => void exportDoc(m.id, 'memo')}>
                    {t('meetings.list.exportMemo')}
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
      {creating && (
        <Dialog
          open
          title={t('meetings.list.new')}
          onClose={() => setCreating(null)}
          testId="new-meeting-dialog"
          footer={<DialogButtons onCancel={() => setCreating(null)} confirm={{ label: t('action.next'), onClick: () => void startNew(), tone: 'primary', testId: 'new-meeting-start' }} />}
        >
          <fieldset className="meeting-templates">
            <legend>{t('meetings.template.label')}</legend>
            {MEETING_TEMPLATES.map((template) => (
              <label key={template} className="checkbox">
                <input type="radio" name="meeting-template" value={template} checked={creating.template === template} onChange={() => setCreating({ ...creating, template })} /> {t(`meetings.template.${template}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="new-meeting-date">{t('meetings.field.date')}</label>
            <input id="new-meeting-date" type="date" data-testid="new-meeting-date" value={creating.date} onChange={(e) => setCreating({ ...creating, date: e.target.value })} />
          </div>
        </Dialog>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('action.delete')}
          onClose={() => setDeleting(null)}
          confirm={{
            label: t('action.delete'),
            tone: 'danger',
            onClick: () =>
              void call('meetings.delete', { id: deleting.id }).then(
                () => {
                  setDeleting(null);
                  void load();
                },
                (thrown: unknown) => {
                  setDeleting(null);
                  setFailure(apiErrorOf(thrown));
                },
              ),
          }}
        >
          <p>{t('meetings.deleteConfirm')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
