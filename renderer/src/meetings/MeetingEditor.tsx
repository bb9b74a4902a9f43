import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import {
  ATTENDANCES,
  DATA_BLOCK_KINDS,
  RESOLUTION_KINDS,
  type AgendaEntry,
  type AgendaSubItem,
  type Meeting,
  type MeetingData,
  type MeetingSummary,
  type MeetingWarning,
  type MemoSigner,
} from '../../../shared/api/meetings';
import type { Organization, Person } from '../../../shared/api/office';
import { formatNumber, formatThaiDate } from '../../../shared/domain/thaiFormat';
import { fiscalYearOf } from '../../../shared/domain/fiscalYear';
import { dataBlocksOf, moveItem, sortByRank, toMeetingInput } from '../../../shared/meetings/templates';
import { call } from '../api';
import { downloadBase64 } from '../ui/download';
import { apiErrorOf, ErrorNotice, issueMessage } from '../ui/errors';
import { ScreenHead } from '../ui/ScreenHead';
import { attendeeOf, EMPTY_SIGNER, getPart, newEntry, signerOf, updatePart, type PartRef } from './draft';

const STEPS = ['details', 'attendees', 'agenda', 'closing', 'export'] as const;
type Step = (typeof STEPS)[number];

/** A person picked from the list (snapshot filled in) or the name as recorded, kept when the person is gone. */
function PersonSelect(props: { id: string; label: string; value: MemoSigner; people: Person[]; onChange: (s: MemoSigner) => void; testId?: string }) {
  const { t } = useTranslation();
  const { value, people } = props;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        data-testid={props.testId}
        value={value.personId === null ? '' : String(value.personId)}
        onChange={(e) => {
          const person = people.find((p) => p.id === Number(e.target.value));
          props.onChange(person ? signerOf(person) : EMPTY_SIGNER);
        }}
      >
        <option value="">{value.personId === null && value.name ? value.name : t('state.none')}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {signerOf(p).name} — {p.position}
          </option>
        ))}
      </select>
      {value.name && <p className="field-hint">{[value.name, value.position].filter(Boolean).join(' · ')}</p>}
    </div>
  );
}

function EntryEditor(props: {
  entry: AgendaEntry;
  at: string;
  onChange: (e: AgendaEntry) => void;
  onRemove: () => void;
  onMove: (d: 'up' | 'down') => void;
  warning?: MeetingWarning | undefined;
  params?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { entry, at } = props;
  return (
    <div className="meeting-entry" data-testid={`entry-${at}`} data-kind={entry.kind}>
      <div className="meeting-entry-body">
        {entry.kind === 'text' && (
          <textarea aria-label={t('meetings.agenda.text')} value={entry.text} rows={2} onChange={(e) => props.onChange({ ...entry, text: e.target.value })} />
        )}
        {entry.kind === 'speech' && (
          <div className="meeting-speech">
            <input type="text" aria-label={t('meetings.agenda.speaker')} value={entry.speaker} onChange={(e) => props.onChange({ ...entry, speaker: e.target.value })} />
            <textarea aria-label={t('meetings.agenda.text')} value={entry.text} rows={2} onChange={(e) => props.onChange({ ...entry, text: e.target.value })} />
          </div>
        )}
        {entry.kind === 'data' && (
          <div className="meeting-data">
            <select aria-label={t('meetings.agenda.addData')} data-testid="data-block-kind" value={entry.block} onChange={(e) => props.onChange({ ...entry, block: e.target.value as typeof entry.block })}>
              {DATA_BLOCK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`meetings.block.${k}`)}
                </option>
              ))}
            </select>
            <label>
              {t('meetings.agenda.year')}{' '}
              <input type="number" className="year-input" data-testid="data-block-year" min={2500} max={2700} value={entry.fiscalYear} onChange={(e) => props.onChange({ ...entry, fiscalYear: Number(e.target.value) })} />
            </label>
            {entry.block === 'weakIndicators' && (
              <label>
                {t('meetings.agenda.threshold')}{' '}
                <input type="number" className="year-input" min={0} max={100} value={entry.threshold ?? 85} onChange={(e) => props.onChange({ ...entry, threshold: Number(e.target.value) })} />
              </label>
            )}
            {props.warning && (
              <p className="warning" role="status" data-testid="block-warning">
                {t(props.warning.key, props.params)}
              </p>
            )}
          </div>
        )}
        {entry.kind === 'previousMinutes' && <p className="muted">{t('meetings.agenda.previousMinutes')}</p>}
      </div>
      <div className="meeting-entry-actions">
        <button type="button" className="small" aria-label={t('action.moveUp')} onClick={() => props.onMove('up')}>
          ↑
        </button>
        <button type="button" className="small" aria-label={t('action.moveDown')} onClick={() => props.onMove('down')}>
          ↓
        </button>
        <button type="button" className="small danger-text" onClick={props.onRemove}>
          {t('meetings.agenda.remove')}
        </button>
      </div>
    </div>
  );
}

function PartEditor(props: {
  part: AgendaSubItem;
  path: string;
  label: string;
  year: number;
  onChange: (p: AgendaSubItem) => void;
  warnings: MeetingWarning[];
  issues: FieldIssue[];
  formatParams: (params: MeetingWarning['params']) => Record<string, string>;
}) {
  const { t } = useTranslation();
  const { part, path } = props;
  const setEntries = (entries: AgendaEntry[]) => props.onChange({ ...part, entries });
  const issue = props.issues.find((i) => i.path === `${path}.resolution.text` || i.path === `${path}.title`);
  return (
    <div className="meeting-part">
      <div className="meeting-part-head">
        <strong>{props.label}</strong>
        <input type="text" aria-label={t('meetings.agenda.title')} data-testid={`title-${path}`} value={part.title} onChange={(e) => props.onChange({ ...part, title: e.target.value })} />
      </div>
      {part.entries.map((entry, k) => (
        <EntryEditor
          key={k}
          entry={entry}
          at={`${path}.entries.${k}`}
          warning={props.warnings.find((w) => w.path === `${path}.entries.${k}`)}
          params={props.formatParams(props.warnings.find((w) => w.path === `${path}.entries.${k}`)?.params)}
          onChange={(e) => setEntries(part.entries.map((x, i) => (i === k ? e : x)))}
          onRemove={() => setEntries(part.entries.filter((_x, i) => i !== k))}
          onMove={(d) => setEntries(moveItem(part.entries, k, d))}
        />
      ))}
      <div className="button-row meeting-add">
        <button type="button" className="small" onClick={() => setEntries([...part.entries, newEntry('text', props.year)])}>
          + {t('meetings.agenda.addText')}
        </button>
        <button type="button" className="small" onClick={() => setEntries([...part.entries, newEntry('speech', props.year)])}>
          + {t('meetings.agenda.addSpeech')}
        </button>
        <button type="button" className="small" data-testid={`add-data-${path}`} onClick={() => setEntries([...part.entries, newEntry('data', props.year)])}>
          + {t('meetings.agenda.addData')}
        </button>
        <button type="button" className="small" onClick={() => setEntries([...part.entries, newEntry('previousMinutes', props.year)])}>
          + {t('meetings.agenda.addPrevious')}
        </button>
      </div>
      <div className="meeting-resolution">
        <label>
          {t('meetings.agenda.resolution')}{' '}
          <select value={part.resolution.kind} data-testid={`resolution-${path}`} onChange={(e) => props.onChange({ ...part, resolution: { ...part.resolution, kind: e.target.value as AgendaSubItem['resolution']['kind'] } })}>
            {RESOLUTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`meetings.resolution.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <input type="text" aria-label={t('meetings.agenda.resolutionText')} placeholder={t('meetings.agenda.resolutionText')} value={part.resolution.text} onChange={(e) => props.onChange({ ...part, resolution: { ...part.resolution, text: e.target.value } })} />
      </div>
      {issue && <p className="field-error">{issueMessage(t, issue)}</p>}
    </div>
  );
}

/** The meeting wizard: details, attendees, agenda with data blocks, closing and signatures, then export. */
export function MeetingEditor(props: { meeting: Meeting | null; draft: MeetingData; org: Organization; people: Person[]; meetings: MeetingSummary[]; onSaved: (m: Meeting, message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { people, org } = props;
  const digits = { thaiDigits: org.thaiDigits };
  const [m, setM] = useState<MeetingData>(props.meeting ? toMeetingInput(props.meeting) : props.draft);
  const [step, setStep] = useState<Step>('details');
  const [failure, setFailure] = useState<ApiError>();
  const [warnings, setWarnings] = useState<MeetingWarning[]>([]);
  const [pick, setPick] = useState('');
  const [adoptYear, setAdoptYear] = useState(fiscalYearOf(m.date));
  const [busy, setBusy] = useState(false);
  const issues = failure?.issues ?? [];
  const issueAt = (path: string) => issues.find((i) => i.path === path);
  const set = (patch: Partial<MeetingData>) => setM((before) => ({ ...before, ...patch }));
  const year = fiscalYearOf(m.date) - 1;
  // Data blocks are checked while the agenda is edited: a year without results is flagged at once.
  const blockKey = JSON.stringify(dataBlocksOf(m.agenda));
  useEffect(() => {
    const timer = setTimeout(() => {
      call('meetings.checkDraft', { agenda: m.agenda }).then(setWarnings, () => undefined);
    }, 300);
    return () => clearTimeout(timer);
    // Only the data blocks matter for the warnings, not every keystroke of the agenda.
  }, [blockKey]);
  // Years and counts in messages follow the office's digits.
  const formatParams = (params: MeetingWarning['params']): Record<string, string> =>
    Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, digits) : v]));
  const roleOf = useMemo(() => new Map(people.map((p) => [p.id, p.role])), [people]);

  const save = async (): Promise<Meeting | null> => {
    setBusy(true);
    try {
      const saved = props.meeting ? await call('meetings.update', { ...m, id: props.meeting.id }) : await call('meetings.create', m);
      setFailure(undefined);
      setWarnings(await call('meetings.check', { id: saved.id }));
      props.onSaved(saved, t('meetings.saved'));
      return saved;
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const exportDoc = async (kind: 'minutes' | 'memo') => {
    const saved = await save();
    if (!saved) return;
    try {
      const file = kind === 'minutes' ? await call('meetings.exportMinutes', { id: saved.id }) : await call('meetings.exportMemo', { id: saved.id });
      downloadBase64(file.fileName, file.base64);
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    }
  };

  const setAgendaPart = (ref: PartRef, part: AgendaSubItem) => set({ agenda: updatePart(m.agenda, ref, () => part) });
  const available = people.filter((p) => !m.attendees.some((a) => a.personId === p.id));

  return (
    <div className="screen meeting-editor" data-testid="meeting-editor">
      <ScreenHead title={props.meeting ? `${t('meetings.field.number')} ${formatNumber(props.meeting.number, digits)}/${formatNumber(props.meeting.numberYear, digits)}` : t('meetings.list.new')} lead={m.committee}>
        <div className="button-row">
          <button type="button" onClick={props.onClose}>
            {t('action.close')}
          </button>
          <button type="button" className="primary" data-testid="meeting-save" disabled={busy} onClick={() => void save()}>
            {t('action.save')}
          </button>
        </div>
      </ScreenHead>
      <ol className="steps" role="tablist">
        {STEPS.map((s) => (
          <li key={s} role="presentation" aria-current={s === step ? 'step' : undefined}>
            <button type="button" className="link-button" role="tab" data-testid={`step-${s}`} aria-selected={s === step} onClick={() => setStep(s)}>
              {t(`meetings.step.${s}`)}
            </button>
          </li>
        ))}
      </ol>
      <ErrorNotice error={failure} issues={issues} testId="meeting-error" />
      {warnings.length > 0 && (
        <div className="warning" role="status" data-testid="meeting-warnings">
          <ul>
            {warnings.map((w) => (
              <li key={w.path}>{t(w.key, formatParams(w.params))}</li>
            ))}
          </ul>
        </div>
      )}

      {step === 'details' && (
        <section className="card">
          <div className="form-grid">
            <div className="field">
              <label htmlFor="meeting-committee">{t('meetings.field.committee')}</label>
              <input type="text" id="meeting-committee" value={m.committee} onChange={(e) => set({ committee: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="meeting-number">{t('meetings.field.number')}</label>
              <input id="meeting-number" type="number" min={1} placeholder={t('meetings.field.numberAuto')} value={m.number ?? ''} onChange={(e) => set({ number: e.target.value === '' ? null : Number(e.target.value) })} />
            </div>
            <div className="field">
              <label htmlFor="meeting-date">{t('meetings.field.date')}</label>
              <input
                id="meeting-date"
                type="date"
                value={m.date}
                // Another year starts its own numbering: the app takes the next number of that year.
                onChange={(e) => set({ date: e.target.value, number: e.target.value.slice(0, 4) === m.date.slice(0, 4) ? m.number : null })}
              />
              <p className="field-hint">{/^\d{4}-\d{2}-\d{2}$/.test(m.date) ? formatThaiDate(m.date, digits) : ''}</p>
            </div>
            <div className="field">
              <label htmlFor="meeting-start">{t('meetings.field.startTime')}</label>
              <input id="meeting-start" type="time" value={m.startTime} onChange={(e) => set({ startTime: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="meeting-venue">{t('meetings.field.venue')}</label>
              <input type="text" id="meeting-venue" value={m.venue} onChange={(e) => set({ venue: e.target.value })} />
            </div>
            <PersonSelect id="meeting-chair" label={t('meetings.field.chair')} value={m.chair} people={people} onChange={(chair) => set({ chair })} />
            <div className="field">
              <label htmlFor="meeting-previous">{t('meetings.field.previousMeeting')}</label>
              <select id="meeting-previous" value={m.previousMeetingId ?? ''} onChange={(e) => set({ previousMeetingId: e.target.value === '' ? null : Number(e.target.value) })}>
                <option value="">{t('meetings.field.noPrevious')}</option>
                {props.meetings
                  .filter((o) => o.id !== props.meeting?.id)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {formatNumber(o.number, digits)}/{formatNumber(o.numberYear, digits)} · {formatThaiDate(o.date, digits)}
                    </option>
                  ))}
              </select>
            </div>
          </div>
        </section>
      )}

      {step === 'attendees' && (
        <section className="card" data-testid="attendees-step">
          <div className="button-row meeting-add">
            <label htmlFor="attendee-pick" className="visually-hidden">
              {t('meetings.attendees.add')}
            </label>
            <select id="attendee-pick" data-testid="attendee-pick" value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">{t('meetings.attendees.add')}…</option>
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {signerOf(p).name} — {p.position}
                </option>
              ))}
            </select>
            <button
              type="button"
              data-testid="attendee-add"
              disabled={!pick}
              onClick={() => {
                const person = people.find((p) => p.id === Number(pick));
                if (person) set({ attendees: [...m.attendees, attendeeOf(person)] });
                setPick('');
              }}
            >
              + {t('action.add')}
            </button>
            <button type="button" data-testid="attendee-add-all" onClick={() => set({ attendees: [...m.attendees, ...available.map(attendeeOf)] })}>
              {t('meetings.attendees.addAll')}
            </button>
            <button type="button" onClick={() => set({ attendees: [...m.attendees, { personId: null, name: '', position: '', attendance: 'other', reason: '' }] })}>
              + {t('meetings.attendees.addOutsider')}
            </button>
            <button type="button" data-testid="attendee-sort" onClick={() => set({ attendees: sortByRank(m.attendees, (id) => roleOf.get(id)) })}>
              {t('meetings.attendees.sortByRank')}
            </button>
            <label className="checkbox">
              <input type="checkbox" checked={m.signatureColumn} onChange={(e) => set({ signatureColumn: e.target.checked })} /> {t('meetings.field.signatureColumn')}
            </label>
          </div>
          {m.attendees.length === 0 ? (
            <p className="empty">{t('meetings.attendees.none')}</p>
          ) : (
            <table className="table" data-testid="attendees-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('meetings.field.name')}</th>
                  <th scope="col">{t('meetings.field.position')}</th>
                  <th scope="col">{t('meetings.attendance.label')}</th>
                  <th scope="col">{t('meetings.attendance.reason')}</th>
                  <th scope="col" className="actions-col" />
                </tr>
              </thead>
              <tbody>
                {m.attendees.map((a, i) => {
                  const change = (patch: Partial<typeof a>) => set({ attendees: m.attendees.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                  const rowIssue = issues.find((x) => x.path.startsWith(`attendees.${i}.`));
                  return (
                    <tr key={i} data-attendee={i}>
                      <td>{formatNumber(i + 1, digits)}</td>
                      <td className={a.personId === null ? undefined : 'person-name'}>
                        {a.personId === null ? <input type="text" aria-label={t('meetings.field.name')} value={a.name} onChange={(e) => change({ name: e.target.value })} /> : a.name}
                        {rowIssue && <p className="field-error">{issueMessage(t, rowIssue)}</p>}
                      </td>
                      <td>{a.personId === null ? <input type="text" aria-label={t('meetings.field.position')} value={a.position} onChange={(e) => change({ position: e.target.value })} /> : a.position}</td>
                      <td>
                        <select aria-label={t('meetings.attendance.label')} className="attendance-select" value={a.attendance} onChange={(e) => change({ attendance: e.target.value as typeof a.attendance, reason: e.target.value === 'absent' ? a.reason : '' })}>
                          {ATTENDANCES.map((k) => (
                            <option key={k} value={k}>
                              {t(`meetings.attendance.${k}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{a.attendance === 'absent' && <input type="text" aria-label={t('meetings.attendance.reason')} value={a.reason} onChange={(e) => change({ reason: e.target.value })} />}</td>
                      <td className="row-actions">
                        <button type="button" className="small" aria-label={t('action.moveUp')} onClick={() => set({ attendees: moveItem(m.attendees, i, 'up') })}>
                          ↑
                        </button>
                        <button type="button" className="small" aria-label={t('action.moveDown')} onClick={() => set({ attendees: moveItem(m.attendees, i, 'down') })}>
                          ↓
                        </button>
                        <button type="button" className="small danger-text" onClick={() => set({ attendees: m.attendees.filter((_x, j) => j !== i) })}>
                          {t('action.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      )}

      {step === 'agenda' && (
        <section data-testid="agenda-step">
          {m.agenda.length === 0 && <p className="empty">{t('meetings.agenda.empty')}</p>}
          {m.agenda.map((item, i) => (
            <div key={i} className="card meeting-item" data-testid={`agenda-item-${i}`}>
              <PartEditor
                part={item}
                path={`agenda.${i}`}
                label={t('meetings.agenda.item', { no: formatNumber(i + 1, digits) })}
                year={year}
                warnings={warnings}
                issues={issues}
                formatParams={formatParams}
                onChange={(p) => setAgendaPart({ item: i }, p)}
              />
              {item.subItems.map((sub, j) => (
                <div key={j} className="meeting-sub">
                  <PartEditor
                    part={getPart(m.agenda, { item: i, sub: j })}
                    path={`agenda.${i}.subItems.${j}`}
                    label={`${formatNumber(i + 1, digits)}.${formatNumber(j + 1, digits)}`}
                    year={year}
                    warnings={warnings}
                    issues={issues}
                    formatParams={formatParams}
                    onChange={(p) => setAgendaPart({ item: i, sub: j }, p)}
                  />
                  <div className="button-row">
                    <button type="button" className="small" aria-label={t('action.moveUp')} onClick={() => set({ agenda: m.agenda.map((x, k) => (k === i ? { ...x, subItems: moveItem(x.subItems, j, 'up') } : x)) })}>
                      ↑
                    </button>
                    <button type="button" className="small" aria-label={t('action.moveDown')} onClick={() => set({ agenda: m.agenda.map((x, k) => (k === i ? { ...x, subItems: moveItem(x.subItems, j, 'down') } : x)) })}>
                      ↓
                    </button>
                    <button type="button" className="small danger-text" onClick={() => set({ agenda: m.agenda.map((x, k) => (k === i ? { ...x, subItems: x.subItems.filter((_s, l) => l !== j) } : x)) })}>
                      {t('meetings.agenda.remove')}
                    </button>
                  </div>
                </div>
              ))}
              <div className="button-row meeting-add">
                <button type="button" className="small" onClick={() => set({ agenda: m.agenda.map((x, k) => (k === i ? { ...x, subItems: [...x.subItems, { title: '', entries: [], resolution: { kind: 'none', text: '' } }] } : x)) })}>
                  + {t('meetings.agenda.addSubItem')}
                </button>
                <button type="button" className="small" aria-label={t('action.moveUp')} onClick={() => set({ agenda: moveItem(m.agenda, i, 'up') })}>
                  ↑ {t('action.moveUp')}
                </button>
                <button type="button" className="small" aria-label={t('action.moveDown')} onClick={() => set({ agenda: moveItem(m.agenda, i, 'down') })}>
                  ↓ {t('action.moveDown')}
                </button>
                <button type="button" className="small danger-text" onClick={() => set({ agenda: m.agenda.filter((_x, k) => k !== i) })}>
                  {t('meetings.agenda.remove')}
                </button>
              </div>
            </div>
          ))}
          <button type="button" onClick={() => set({ agenda: [...m.agenda, { title: '', entries: [], resolution: { kind: 'none', text: '' }, subItems: [] }] })}>
            + {t('meetings.agenda.addItem')}
          </button>
        </section>
      )}

      {step === 'closing' && (
        <section className="card">
          <div className="form-grid">
            <div className="field">
              <label htmlFor="meeting-end">{t('meetings.field.endTime')}</label>
              <input id="meeting-end" type="time" data-testid="meeting-end" value={m.endTime ?? ''} onChange={(e) => set({ endTime: e.target.value || null })} aria-invalid={issueAt('endTime') ? true : undefined} />
              {issueAt('endTime') && <p className="field-error">{issueMessage(t, issueAt('endTime')!)}</p>}
            </div>
            <PersonSelect id="meeting-recorder" label={t('meetings.field.recorder')} value={m.recorder} people={people} onChange={(recorder) => set({ recorder })} />
            <PersonSelect id="meeting-checker" label={t('meetings.field.checker')} value={m.checker} people={people} onChange={(checker) => set({ checker })} />
            <div className="field">
              <label className="checkbox">
                <input type="checkbox" checked={m.certifier !== null} onChange={(e) => set({ certifier: e.target.checked ? m.chair : null })} /> {t('meetings.field.hasCertifier')}
              </label>
            </div>
            {m.certifier && <PersonSelect id="meeting-certifier" label={t('meetings.field.certifier')} value={m.certifier} people={people} onChange={(certifier) => set({ certifier })} />}
          </div>
        </section>
      )}

      {step === 'export' && (
        <section className="card" data-testid="export-step">
          <h2>{t('meetings.cover.title')}</h2>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="cover-recipient">{t('meetings.cover.recipient')}</label>
              <select id="cover-recipient" value={m.cover.recipient} onChange={(e) => set({ cover: { ...m.cover, recipient: e.target.value as 'chief' | 'allUnits' } })}>
                <option value="chief">{t('meetings.cover.chief')}</option>
                <option value="allUnits">{t('meetings.cover.allUnits')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="cover-number">{t('meetings.cover.docNumber')}</label>
              <input type="text" id="cover-number" value={m.cover.docNumber} onChange={(e) => set({ cover: { ...m.cover, docNumber: e.target.value } })} />
            </div>
            <div className="field">
              <label htmlFor="cover-date">{t('meetings.cover.date')}</label>
              <input id="cover-date" type="date" value={m.cover.date ?? ''} onChange={(e) => set({ cover: { ...m.cover, date: e.target.value || null } })} />
            </div>
            <PersonSelect id="cover-signer" label={t('meetings.cover.signer')} value={m.cover.signer} people={people} onChange={(signer) => set({ cover: { ...m.cover, signer } })} />
          </div>
          <div className="button-row">
            <button type="button" className="primary" data-testid="export-minutes" disabled={busy} onClick={() => void exportDoc('minutes')}>
              {t('meetings.export.minutes')}
            </button>
            <button type="button" data-testid="export-memo" disabled={busy} onClick={() => void exportDoc('memo')}>
              {t('meetings.export.memo')}
            </button>
          </div>
          {props.meeting && (
            <div className="button-row meeting-adopt">
              <input type="number" className="year-input" aria-label={t('meetings.agenda.year')} value={adoptYear} onChange={(e) => setAdoptYear(Number(e.target.value))} />
              <button
                type="button"
                data-testid="adopt-measures"
                onClick={() =>
                  void call('meetings.adoptMeasures', { id: props.meeting!.id, fiscalYear: adoptYear }).then(
                    (r) => props.onSaved(props.meeting!, t('meetings.export.adopted', { count: formatNumber(r.approved, digits) })),
                    (thrown: unknown) => setFailure(apiErrorOf(thrown)),
                  )
                }
              >
                {t('meetings.export.adoptMeasures', { year: formatNumber(adoptYear, digits) })}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
