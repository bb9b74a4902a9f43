import { useCallback, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { personInput, type Person, type PersonInput, type Unit } from '../../../shared/api/office';
import { PERSON_ROLES, TITLE_PREFIXES } from '../../../shared/domain/office';
import { call } from '../api';
import { useApp } from '../appContext';
import { ConfirmDialog, FormDialogFooter } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, ErrorNotice, failForm, type FormFailure } from '../ui/errors';
import { Field, inputProps, schemaResolver } from '../ui/form';
import { useLoad } from '../ui/useLoad';
import { ScreenHead } from '../ui/ScreenHead';
import { Options } from '../ui/Options';
import { toUnitId, unitLabel, unitOptions } from './units';

const loadPeople = async () => {
  const [people, units] = await Promise.all([call('people.list', {}), call('units.list', {})]);
  return { people, units };
};
const PERSON_FIELDS = Object.keys(personInput.shape);
const EMPTY: PersonInput = { title: '', firstName: '', lastName: '', position: '', unitId: null, role: 'staff' };

/** "นางสาวกมลชนก บุญมี": Thai writes the title prefix joined to the first name. */
export const fullName = (p: Pick<Person, 'title' | 'firstName' | 'lastName'>) => `${p.title}${p.firstName}${p.lastName ? ` ${p.lastName}` : ''}`;

function PersonDialog({ person, units, onClose, onSaved }: { person: Person | null; units: Unit[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<PersonInput>({
    resolver: schemaResolver(personInput),
    mode: 'onTouched',
    defaultValues: person ? { title: person.title, firstName: person.firstName, lastName: person.lastName, position: person.position, unitId: person.unitId, role: person.role } : EMPTY,
  });
  const errors = form.formState.errors;
  const [failure, setFailure] = useState<FormFailure>();

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      if (person) await call('people.update', { id: person.id, ...values });
      else await call('people.create', values);
      onSaved();
    } catch (thrown) {
      setFailure(failForm(thrown, form.setError, PERSON_FIELDS));
    }
  });

  return (
    <Dialog open wide title={person ? t('people.editTitle', { name: fullName(person) }) : t('people.addTitle')} onClose={onClose} testId="person-dialog">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorNotice error={failure?.error} issues={failure?.issues} />
        <div className="form-grid form-grid-3">
          <Field id="person-title" label={t('people.titlePrefix')} error={errors.title} hint={t('people.titleHint')} optional>
            <input type="text" list="title-prefixes" autoComplete="off" {...inputProps('person-title', errors.title, true)} {...form.register('title')} />
            <datalist id="title-prefixes">
              {TITLE_PREFIXES.map((prefix) => (
                <option key={prefix} value={prefix} />
              ))}
            </datalist>
          </Field>
          <Field id="person-first" label={t('people.firstName')} error={errors.firstName} required>
            <input type="text" autoFocus {...inputProps('person-first', errors.firstName)} {...form.register('firstName')} />
          </Field>
          <Field id="person-last" label={t('people.lastName')} error={errors.lastName} optional>
            <input type="text" {...inputProps('person-last', errors.lastName)} {...form.register('lastName')} />
          </Field>
          <Field id="person-position" label={t('people.position')} error={errors.position} hint={t('people.positionHint')} required className="span-3">
            <input type="text" {...inputProps('person-position', errors.position, true)} {...form.register('position')} />
          </Field>
          <Field id="person-unit" label={t('people.unit')} error={errors.unitId} hint={t('people.unitHint')} className="span-2">
            <select {...inputProps('person-unit', errors.unitId, true)} {...form.register('unitId', { setValueAs: toUnitId })}>
              <option value="">{t('people.noUnit')}</option>
              <Options options={unitOptions(units, t)} />
            </select>
          </Field>
          <Field id="person-role" label={t('people.role')} error={errors.role} hint={t('people.roleHint')} required>
            <select {...inputProps('person-role', errors.role, true)} {...form.register('role')}>
              {PERSON_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <FormDialogFooter onCancel={onClose} submitting={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}

function DeletePersonDialog({ person, onClose, onDeleted }: { person: Person; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const remove = async () => {
    setBusy(true);
    try {
      await call('people.delete', { id: person.id });
      onDeleted();
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('people.deleteTitle')}
      onClose={onClose}
      testId="delete-person-dialog"
      busy={busy}
      confirm={{ label: busy ? t('state.saving') : t('action.delete'), onClick: () => void remove(), tone: 'danger' }}
    >
      <ErrorNotice error={failure} />
      <p>{t('people.deleteConfirm', { name: fullName(person), position: person.position })}</p>
    </ConfirmDialog>
  );
}

/** People: everyone who appears in the office's ITA documents, with their unit and ITA role. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const { notify } = useApp();
  const { data, error, reload } = useLoad(loadPeople);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);
  const [search, setSearch] = useState('');

  const units = data?.units ?? [];
  const matches = useCallback(
    (p: Person) => {
      const q = search.trim().toLocaleLowerCase();
      if (!q) return true;
      return [fullName(p), p.position, unitLabel(units, p.unitId), t(`role.${p.role}`)].some((text) => text.toLocaleLowerCase().includes(q));
    },
    [search, units, t],
  );
  const shown = useMemo(() => data?.people.filter(matches) ?? [], [data, matches]);

  return (
    <div className="screen">
      <ScreenHead title={t('people.title')} lead={t('people.intro')}>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          + {t('people.add')}
        </button>
      </ScreenHead>
      <ErrorNotice error={error} />
      {data && data.people.length > 0 && (
        <div className="toolbar">
          <label htmlFor="people-search">{t('people.search')}</label>
          <input id="people-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('people.searchPlaceholder')} />
          <span className="muted">{t('people.count', { shown: shown.length, total: data.people.length })}</span>
        </div>
      )}
      {data && data.people.length === 0 && <p className="empty">{t('people.empty')}</p>}
      {data && data.people.length > 0 && (
        <table className="table" data-testid="people-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('people.no')}
              </th>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.position')}</th>
              <th scope="col">{t('people.unit')}</th>
              <th scope="col">{t('people.role')}</th>
              <th scope="col" className="actions-col">
                <span className="visually-hidden">{t('units.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((person, i) => (
              <tr key={person.id} data-person-id={person.id}>
                <td className="num">{i + 1}</td>
                <th scope="row" className="person-name">
                  {fullName(person)}
                </th>
                <td>{person.position}</td>
                <td>{unitLabel(units, person.unitId) || <span className="muted">{t('state.none')}</span>}</td>
                <td>
                  <span className={`role role-${person.role}`}>{t(`role.${person.role}`)}</span>
                </td>
                <td className="row-actions">
                  <button type="button" className="small" onClick={() => setEditing(person)}>
                    {t('action.edit')}
                  </button>
                  <button type="button" className="small danger-text" onClick={() => setDeleting(person)}>
                    {t('action.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.people.length > 0 && shown.length === 0 && <p className="empty">{t('people.noMatch')}</p>}
      {editing && data && (
        <PersonDialog
          person={editing === 'new' ? null : editing}
          units={data.units}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notify(t('state.saved'));
            void reload();
          }}
        />
      )}
      {deleting && (
        <DeletePersonDialog
          person={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            notify(t('people.deleted'));
            void reload();
          }}
        />
      )}
    </div>
  );
}
