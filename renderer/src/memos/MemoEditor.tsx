import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import type { DocxFile, Memo, MemoInput, MemoSummary } from '../../../shared/api/memos';
import type { Organization, Person, Unit } from '../../../shared/api/office';
import { commentHeadingFor, DEFAULT_CLOSING, personFullName, STANDARD_SECTIONS, suggestAgency } from '../../../shared/documents/memo';
import { call } from '../api';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, encodeIssue, ErrorNotice, type FormFailure } from '../ui/errors';
import { Field, inputProps } from '../ui/form';
import { DocxPreview } from './DocxPreview';
import { downloadBase64 } from '../ui/download';
import { ScreenHead } from '../ui/ScreenHead';

/** The form as the user edits it: body text per section in one box, people by id. */
export interface MemoForm {
  date: string;
  docNumber: string;
  unitId: string;
  agency: string;
  subject: string;
  salutation: string;
  numbered: boolean;
  sections: { heading: string; text: string }[];
  closing: string;
  signerId: string;
  signerName: string;
  signerPosition: string;
  commentBoxes: { heading: string; personId: string; name: string; position: string }[];
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const personIdOf = (value: string) => (value === '' ? null : Number(value));

/** Form values → API input. Paragraphs are the non-empty lines of a section's text. */
export function toInput(form: MemoForm): MemoInput {
  return {
    date: form.date,
    docNumber: form.docNumber,
    unitId: form.unitId === '' ? null : Number(form.unitId),
    agency: form.agency,
    subject: form.subject,
    salutation: form.salutation,
    numbered: form.numbered,
    sections: form.sections.map((s) => ({ heading: s.heading, paragraphs: s.text.split('\n').map((p) => p.trim()).filter(Boolean) })),
    closing: form.closing,
    signer: { personId: personIdOf(form.signerId), name: form.signerName, position: form.signerPosition },
    commentBoxes: form.commentBoxes.map((b) => ({ heading: b.heading, signer: { personId: personIdOf(b.personId), name: b.name, position: b.position } })),
  };
}

function fromMemo(memo: Memo): MemoForm {
  return {
    date: memo.date,
    docNumber: memo.docNumber,
    unitId: memo.unitId === null ? '' : String(memo.unitId),
    agency: memo.agency,
    subject: memo.subject,
    salutation: memo.salutation,
    numbered: memo.numbered,
    sections: memo.sections.map((s) => ({ heading: s.heading, text: s.paragraphs.join('\n') })),
    closing: memo.closing,
    signerId: memo.signer.personId === null ? '' : String(memo.signer.personId),
    signerName: memo.signer.name,
    signerPosition: memo.signer.position,
    commentBoxes: memo.commentBoxes.map((b) => ({ heading: b.heading, personId: b.signer.personId === null ? '' : String(b.signer.personId), name: b.signer.name, position: b.signer.position })),
  };
}

function newMemo(org: Organization, people: Person[], units: Unit[]): MemoForm {
  const admin = people.find((p) => p.role === 'ita_admin');
  const chief = people.find((p) => p.role === 'chief_executive');
  const unit = units.find((u) => u.id === admin?.unitId);
  const topUnit = unit?.parentId ? units.find((u) => u.id === unit.parentId) : unit;
  return {
    date: today(),
    docNumber: '',
    unitId: topUnit ? String(topUnit.id) : '',
    agency: suggestAgency(org, topUnit?.name ?? null),
    subject: '',
    salutation: chief?.position ?? '',
    numbered: true,
    sections: STANDARD_SECTIONS.map((heading) => ({ heading, text: '' })),
    closing: DEFAULT_CLOSING,
    signerId: admin ? String(admin.id) : '',
    signerName: admin ? personFullName(admin) : '',
    signerPosition: admin?.position ?? '',
    commentBoxes: [],
  };
}

/** Where an API issue shows on this form (`sections.1.paragraphs.0` → the text box of section 2). */
function formPath(path: string): string {
  return path
    .replace(/^sections\.(\d+)\.paragraphs(\.\d+)?$/, 'sections.$1.text')
    .replace(/^signer\.personId$/, 'signerId')
    .replace(/^signer\.name$/, 'signerName')
    .replace(/^signer\.position$/, 'signerPosition')
    .replace(/^commentBoxes\.(\d+)\.signer\.personId$/, 'commentBoxes.$1.personId')
    .replace(/^commentBoxes\.(\d+)\.signer\.(name|position)$/, 'commentBoxes.$1.$2');
}

export function MemoEditor(props: { memo: Memo | null; org: Organization; people: Person[]; units: Unit[]; onClose: () => void; onSaved: (memo: Memo, message: string) => void }) {
  const { t } = useTranslation();
  const { memo, org, people, units } = props;
  const form = useForm<MemoForm>({ defaultValues: memo ? fromMemo(memo) : newMemo(org, people, units), mode: 'onTouched' });
  const { register, control, setValue, getValues, watch, formState } = form;
  const errors = formState.errors;
  const sections = useFieldArray({ control, name: 'sections' });
  const comments = useFieldArray({ control, name: 'commentBoxes' });
  const [failure, setFailure] = useState<FormFailure>();
  const [busy, setBusy] = useState<'save' | 'preview' | 'export' | null>(null);
  const [preview, setPreview] = useState<DocxFile | null>(null);
  const [numbering, setNumbering] = useState<{ fiscalYear: number; suggested: string; duplicates: MemoSummary[] }>();
  const personById = useMemo(() => new Map(people.map((p) => [String(p.id), p])), [people]);
  const date = watch('date');
  const docNumber = watch('docNumber');
  const signerId = watch('signerId');

  // The next number of the date's fiscal year, and whether the number typed is taken already.
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    let stale = false;
    const timer = setTimeout(() => {
      call('memos.numbering', { date, docNumber: docNumber || undefined, excludeId: memo?.id })
        .then((result) => {
          if (stale) return;
          setNumbering((previous) => {
            // A new memo follows the suggestion while the user has not typed a number of their own.
            const current = getValues('docNumber');
            if (!memo && (current === '' || current === previous?.suggested)) setValue('docNumber', result.suggested);
            return result;
          });
        })
        .catch(() => undefined);
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [date, docNumber, memo, getValues, setValue]);

  const knownPaths = (): Set<string> => {
    const values = getValues();
    const paths = ['date', 'docNumber', 'unitId', 'agency', 'subject', 'salutation', 'closing', 'signerId', 'signerName', 'signerPosition'];
    values.sections.forEach((_s, i) => paths.push(`sections.${i}.heading`, `sections.${i}.text`));
    values.commentBoxes.forEach((_b, i) => paths.push(`commentBoxes.${i}.heading`, `commentBoxes.${i}.personId`, `commentBoxes.${i}.name`, `commentBoxes.${i}.position`));
    return new Set(paths);
  };

  const fail = (thrown: unknown) => {
    const error = apiErrorOf(thrown);
    const known = knownPaths();
    const rest: FieldIssue[] = [];
    let focused = false;
    for (const issue of error.issues ?? []) {
      const path = formPath(issue.path);
      if (known.has(path)) {
        form.setError(path as FieldPath<MemoForm>, { type: 'server', message: encodeIssue(issue) }, { shouldFocus: !focused });
        focused = true;
      } else rest.push(issue);
    }
    setFailure(error.issues?.length && rest.length === 0 ? undefined : { error, issues: rest });
  };

  const save = async (): Promise<Memo | undefined> => {
    form.clearErrors();
    setFailure(undefined);
    const input = toInput(getValues());
    try {
      return memo ? await call('memos.update', { id: memo.id, ...input }) : await call('memos.create', input);
    } catch (thrown) {
      fail(thrown);
      return undefined;
    }
  };

  const run = async (what: 'save' | 'preview' | 'export') => {
    setBusy(what);
    try {
      if (what === 'preview') {
        form.clearErrors();
        setFailure(undefined);
        try {
          setPreview(await call('memos.preview', toInput(getValues())));
        } catch (thrown) {
          fail(thrown);
        }
        return;
      }
      const saved = await save();
      if (!saved) return;
      if (what === 'export') {
        try {
          const file = await call('memos.export', { id: saved.id });
          downloadBase64(file.fileName, file.base64);
          props.onSaved(saved, t('memos.exported', { file: file.fileName }));
        } catch (thrown) {
          setFailure({ error: apiErrorOf(thrown), issues: [] });
        }
      } else props.onSaved(saved, t('memos.saved'));
    } finally {
      setBusy(null);
    }
  };

  const pickSigner = (id: string) => {
    setValue('signerId', id);
    const person = personById.get(id);
    if (person) {
      setValue('signerName', personFullName(person));
      setValue('signerPosition', person.position);
    }
  };

  const pickCommenter = (index: number, id: string) => {
    setValue(`commentBoxes.${index}.personId`, id);
    const person = personById.get(id);
    if (!person) return;
    setValue(`commentBoxes.${index}.name`, personFullName(person));
    setValue(`commentBoxes.${index}.position`, person.position);
    if (!getValues(`commentBoxes.${index}.heading`)) setValue(`commentBoxes.${index}.heading`, commentHeadingFor(person.position));
  };

  const fillAgency = () => {
    const unitId = getValues('unitId');
    const unit = units.find((u) => String(u.id) === unitId);
    setValue('agency', suggestAgency(org, unit?.name ?? null));
  };

  const duplicates = numbering?.duplicates ?? [];
  const signerSnapshot = memo && memo.signer.personId === null && memo.signer.name && signerId === '';
  const peopleOptions = people.map((p) => (
    <option key={p.id} value={p.id}>
      {personFullName(p)} — {p.position}
    </option>
  ));

  return (
    <div className="screen memo-editor" data-testid="memo-editor">
      <ScreenHead title={memo ? t('memos.editTitle') : t('memos.newTitle')}>
        <button type="button" onClick={props.onClose}>
          ← {t('memos.backToList')}
        </button>
      </ScreenHead>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run('save');
        }}
      >
        <ErrorNotice error={failure?.error} issues={failure?.issues} />
        <div className="card">
          <div className="form-grid form-grid-3">
            <Field id="memo-date" label={t('memos.field.date')} error={errors.date} required hint={numbering ? t('memos.fiscalYear', { year: numbering.fiscalYear }) : undefined}>
              <input type="date" {...inputProps('memo-date', errors.date, Boolean(numbering))} {...register('date')} />
            </Field>
            <Field id="memo-number" label={t('memos.field.docNumber')} error={errors.docNumber} className="span-2">
              <div className="memo-number-row">
                <input type="text" {...inputProps('memo-number', errors.docNumber)} {...register('docNumber')} />
                <button type="button" disabled={!numbering} onClick={() => numbering && setValue('docNumber', numbering.suggested, { shouldDirty: true })}>
                  {t('memos.field.suggestNumber')}
                  {numbering ? `: ${numbering.suggested}` : ''}
                </button>
              </div>
            </Field>
          </div>
          {duplicates.length > 0 && (
            <p className="warning" role="status" data-testid="duplicate-number">
              {t('memos.duplicateNumber', { year: numbering?.fiscalYear, subjects: duplicates.map((d) => d.subject).join(', ') })}
            </p>
          )}
          <div className="form-grid">
            <Field id="memo-unit" label={t('memos.field.unit')} error={errors.unitId}>
              <div className="memo-number-row">
                <select {...inputProps('memo-unit', errors.unitId)} {...register('unitId')}>
                  <option value="">{t('state.none')}</option>
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.parentId ? `— ${u.name}` : u.name}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={fillAgency}>
                  {t('memos.field.fillAgency')}
                </button>
              </div>
            </Field>
            <Field id="memo-agency" label={t('memos.field.agency')} error={errors.agency} required>
              <input type="text" {...inputProps('memo-agency', errors.agency)} {...register('agency')} />
            </Field>
          </div>
          <Field id="memo-subject" label={t('memos.field.subject')} error={errors.subject} required>
            <input type="text" {...inputProps('memo-subject', errors.subject)} {...register('subject')} />
          </Field>
          <Field id="memo-salutation" label={t('memos.field.salutation')} error={errors.salutation} required>
            <input type="text" {...inputProps('memo-salutation', errors.salutation)} {...register('salutation')} />
          </Field>
        </div>

        <fieldset className="card">
          <legend>{t('memos.field.sections')}</legend>
          <label className="check">
            <input type="checkbox" {...register('numbered')} /> {t('memos.field.numbered')}
          </label>
          {sections.fields.map((field, i) => (
            <div key={field.id} className="section-card" data-testid={`memo-section-${i}`}>
              <div className="section-card-head">
                <Field id={`memo-section-${i}-heading`} label={t('memos.field.sectionHeading')} error={errors.sections?.[i]?.heading}>
                  <input type="text" {...inputProps(`memo-section-${i}-heading`, errors.sections?.[i]?.heading)} {...register(`sections.${i}.heading`)} />
                </Field>
                <button type="button" className="small danger-text" disabled={sections.fields.length === 1} onClick={() => sections.remove(i)} style={{ marginBottom: '1rem' }}>
                  {t('memos.field.removeSection')}
                </button>
              </div>
              <Field id={`memo-section-${i}-text`} label={t('memos.field.sectionText')} error={errors.sections?.[i]?.text}>
                <textarea {...inputProps(`memo-section-${i}-text`, errors.sections?.[i]?.text)} {...register(`sections.${i}.text`)} />
              </Field>
            </div>
          ))}
          <div className="button-row">
            <button type="button" onClick={() => sections.append({ heading: '', text: '' })}>
              + {t('memos.field.addSection')}
            </button>
            <button
              type="button"
              onClick={() => {
                const current = getValues('sections');
                const hasText = current.some((s) => s.text.trim());
                if (!hasText) sections.replace(STANDARD_SECTIONS.map((heading) => ({ heading, text: '' })));
                else STANDARD_SECTIONS.forEach((heading, i) => i < current.length && setValue(`sections.${i}.heading`, heading));
                setValue('numbered', true);
              }}
            >
              {t('memos.field.standardSections')}
            </button>
          </div>
          <Field id="memo-closing" label={t('memos.field.closing')} error={errors.closing}>
            <input type="text" {...inputProps('memo-closing', errors.closing)} {...register('closing')} />
          </Field>
        </fieldset>

        <fieldset className="card">
          <legend>{t('memos.field.signer')}</legend>
          {signerSnapshot && <p className="warning">{t('memos.signerSnapshot')}</p>}
          <div className="form-grid form-grid-3">
            <Field id="memo-signer" label={t('memos.field.signerPerson')} error={errors.signerId}>
              <select {...inputProps('memo-signer', errors.signerId)} value={signerId} onChange={(e) => pickSigner(e.target.value)}>
                <option value="">{t('memos.field.noPerson')}</option>
                {peopleOptions}
              </select>
            </Field>
            <Field id="memo-signer-name" label={t('memos.field.signerName')} error={errors.signerName}>
              <input type="text" readOnly={signerId !== ''} {...inputProps('memo-signer-name', errors.signerName)} {...register('signerName')} />
            </Field>
            <Field id="memo-signer-position" label={t('memos.field.signerPosition')} error={errors.signerPosition}>
              <input type="text" readOnly={signerId !== ''} {...inputProps('memo-signer-position', errors.signerPosition)} {...register('signerPosition')} />
            </Field>
          </div>
        </fieldset>

        <fieldset className="card">
          <legend>{t('memos.field.commentBoxes')}</legend>
          {comments.fields.map((field, i) => (
            <div key={field.id} className="section-card" data-testid={`memo-comment-${i}`}>
              <div className="form-grid form-grid-3">
                <Field id={`memo-comment-${i}-person`} label={t('memos.field.signerPerson')} error={errors.commentBoxes?.[i]?.personId}>
                  <select
                    {...inputProps(`memo-comment-${i}-person`, errors.commentBoxes?.[i]?.personId)}
                    value={watch(`commentBoxes.${i}.personId`)}
                    onChange={(e) => pickCommenter(i, e.target.value)}
                  >
                    <option value="">{t('memos.field.noPerson')}</option>
                    {peopleOptions}
                  </select>
                </Field>
                <Field id={`memo-comment-${i}-heading`} label={t('memos.field.commentHeading')} error={errors.commentBoxes?.[i]?.heading} required className="span-2">
                  <input type="text" {...inputProps(`memo-comment-${i}-heading`, errors.commentBoxes?.[i]?.heading)} {...register(`commentBoxes.${i}.heading`)} />
                </Field>
                <Field id={`memo-comment-${i}-name`} label={t('memos.field.signerName')} error={errors.commentBoxes?.[i]?.name}>
                  <input type="text" {...inputProps(`memo-comment-${i}-name`, errors.commentBoxes?.[i]?.name)} {...register(`commentBoxes.${i}.name`)} />
                </Field>
                <Field id={`memo-comment-${i}-position`} label={t('memos.field.signerPosition')} error={errors.commentBoxes?.[i]?.position} className="span-2">
                  <input type="text" {...inputProps(`memo-comment-${i}-position`, errors.commentBoxes?.[i]?.position)} {...register(`commentBoxes.${i}.position`)} />
                </Field>
              </div>
              <button type="button" className="small danger-text" onClick={() => comments.remove(i)}>
                {t('memos.field.removeComment')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => comments.append({ heading: '', personId: '', name: '', position: '' })}>
            + {t('memos.field.addComment')}
          </button>
        </fieldset>

        <div className="form-actions">
          <button type="button" onClick={() => void run('preview')} disabled={busy !== null}>
            {busy === 'preview' ? t('memos.previewLoading') : t('memos.preview')}
          </button>
          <button type="button" onClick={() => void run('export')} disabled={busy !== null}>
            {t('memos.exportDocx')}
          </button>
          <button type="submit" className="primary" disabled={busy !== null}>
            {t('action.save')}
          </button>
        </div>
      </form>
      {preview && (
        <Dialog open wide title={t('memos.previewTitle')} onClose={() => setPreview(null)} testId="memo-preview-dialog" footer={<button type="button" onClick={() => setPreview(null)}>{t('action.close')}</button>}>
          <DocxPreview base64={preview.base64} />
        </Dialog>
      )}
    </div>
  );
}
