import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { unitInput, type Unit, type UnitInput } from '../../../shared/api/office';
import { call } from '../api';
import { useApp } from '../appContext';
import { ConfirmDialog, FormDialogFooter } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, ErrorNotice, failForm, type FormFailure } from '../ui/errors';
import { Field, inputProps, schemaResolver } from '../ui/form';
import { useLoad } from '../ui/useLoad';
import { ScreenHead } from '../ui/ScreenHead';
import { Options } from '../ui/Options';
import { toUnitId, unitOptions } from './units';

const loadUnits = () => call('units.list', {});

type Editing = { mode: 'add'; parentId: number | null } | { mode: 'edit'; unit: Unit };

/** Add or edit one unit: its name and where it sits (a top-level unit, or a section of one). */
function UnitDialog({ editing, units, onClose, onSaved }: { editing: Editing; units: Unit[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const unit = editing.mode === 'edit' ? editing.unit : undefined;
  const form = useForm<UnitInput>({
    resolver: schemaResolver(unitInput),
    mode: 'onTouched',
    defaultValues: unit ? { name: unit.name, parentId: unit.parentId } : { name: '', parentId: editing.mode === 'add' ? editing.parentId : null },
  });
  const errors = form.formState.errors;
  const [failure, setFailure] = useState<FormFailure>();
  const hasSections = (unit?.sectionCount ?? 0) > 0;
  // A unit with sections stays top-level (sections do not nest), so it is offered no parent.
  const parents = hasSections ? [] : units.filter((u) => u.parentId === null && u.id !== unit?.id);
  const parentId = form.watch('parentId');
  const title = unit ? t('units.editTitle', { name: unit.name }) : parentId !== null ? t('units.addSectionTitle') : t('units.addTitle');

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      if (unit) await call('units.update', { id: unit.id, ...values });
      else await call('units.create', values);
      onSaved();
    } catch (thrown) {
      setFailure(failForm(thrown, form.setError, ['name', 'parentId']));
    }
  });

  return (
    <Dialog open title={title} onClose={onClose} testId="unit-dialog">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorNotice error={failure?.error} issues={failure?.issues} />
        <Field id="unit-name" label={parentId !== null ? t('units.sectionName') : t('units.name')} error={errors.name} required hint={t('units.nameHint')}>
          <input type="text" autoFocus {...inputProps('unit-name', errors.name, true)} {...form.register('name')} />
        </Field>
        <Field id="unit-parent" label={t('units.parent')} error={errors.parentId} hint={hasSections ? t('units.hasSectionsHint') : t('units.parentHint')}>
          <select {...inputProps('unit-parent', errors.parentId, true)} {...form.register('parentId', { setValueAs: toUnitId })}>
            <option value="">{t('units.topLevel')}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {t('units.sectionOf', { name: p.name })}
              </option>
            ))}
          </select>
        </Field>
        <FormDialogFooter onCancel={onClose} submitting={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}

/**
 * Deleting a unit never orphans anyone: a unit with sections asks for them to go first, and a unit
 * with people asks where they move (`units.delete {reassignTo}`), all in one transaction.
 */
function DeleteUnitDialog({ unit, units, onClose, onDeleted }: { unit: Unit; units: Unit[]; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const [targetMissing, setTargetMissing] = useState(false);
  const others = unitOptions(
    units.filter((u) => u.id !== unit.id),
    t,
  );
  const needsTarget = unit.peopleCount > 0;
  const blocked = unit.sectionCount > 0 || (needsTarget && others.length === 0);

  const remove = async () => {
    if (needsTarget && !target) {
      setTargetMissing(true);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await call('units.delete', { id: unit.id, reassignTo: needsTarget ? Number(target) : null });
      onDeleted();
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t('units.deleteTitle', { name: unit.name })}
      onClose={onClose}
      testId="delete-unit-dialog"
      busy={busy}
      cancelLabel={blocked ? t('action.close') : undefined}
      confirm={blocked ? null : { label: busy ? t('state.saving') : needsTarget ? t('units.moveAndDelete') : t('action.delete'), onClick: () => void remove(), tone: 'danger' }}
    >
      <ErrorNotice error={failure} />
      {unit.sectionCount > 0 ? (
        <p>{t('units.deleteHasSections', { n: unit.sectionCount })}</p>
      ) : needsTarget && others.length === 0 ? (
        <p>{t('units.deleteNoTarget', { n: unit.peopleCount })}</p>
      ) : needsTarget ? (
        <>
          <p>{t('units.deleteHasPeople', { n: unit.peopleCount })}</p>
          <div className={`field ${targetMissing ? 'field-invalid' : ''}`}>
            <label htmlFor="reassign-to">{t('units.reassignTo')}</label>
            <select
              id="reassign-to"
              value={target}
              aria-invalid={targetMissing || undefined}
              aria-describedby={targetMissing ? 'reassign-to-error' : undefined}
              onChange={(e) => {
                setTarget(e.target.value);
                setTargetMissing(false);
              }}
            >
              <option value="">{t('form.choose')}</option>
              <Options options={others} />
            </select>
            {targetMissing && (
              <p className="field-error" id="reassign-to-error">
                {t('units.reassignRequired')}
              </p>
            )}
          </div>
        </>
      ) : (
        <p>{t('units.deleteConfirm', { name: unit.name })}</p>
      )}
    </ConfirmDialog>
  );
}

/** Units: the office's สำนัก/กอง with their sections (ฝ่าย) indented; add, edit, order, delete. */
export function UnitsScreen() {
  const { t } = useTranslation();
  const { notify } = useApp();
  const { data: units, error, reload } = useLoad(loadUnits);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const [moveError, setMoveError] = useState<ApiError>();
  const [moving, setMoving] = useState(false);

  const move = async (unit: Unit, direction: 'up' | 'down') => {
    setMoving(true);
    try {
      await call('units.move', { id: unit.id, direction });
      setMoveError(undefined);
    } catch (thrown) {
      setMoveError(apiErrorOf(thrown));
    }
    await reload();
    setMoving(false);
  };

  const siblingsOf = (unit: Unit) => (units ?? []).filter((u) => u.parentId === unit.parentId);

  return (
    <div className="screen">
      <ScreenHead title={t('units.title')} lead={t('units.intro')}>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'add', parentId: null })}>
          + {t('units.add')}
        </button>
      </ScreenHead>
      <ErrorNotice error={error ?? moveError} />
      {units && units.length === 0 && <p className="empty">{t('units.empty')}</p>}
      {units && units.length > 0 && (
        <table className="table" data-testid="units-table">
          <thead>
            <tr>
              <th scope="col">{t('units.name')}</th>
              <th scope="col" className="num">
                {t('units.peopleCount')}
              </th>
              <th scope="col" className="actions-col">
                <span className="visually-hidden">{t('units.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => {
              const siblings = siblingsOf(unit);
              const index = siblings.findIndex((s) => s.id === unit.id);
              const isSection = unit.parentId !== null;
              return (
                <tr key={unit.id} className={isSection ? 'section-row' : 'unit-row'} data-unit-id={unit.id}>
                  <th scope="row" className="unit-name">
                    {isSection && (
                      <span className="section-mark" aria-hidden="true">
                        {t('units.sectionMark')}
                      </span>
                    )}
                    {unit.name}
                  </th>
                  <td className="num">{unit.peopleCount}</td>
                  <td className="row-actions">
                    {!isSection && (
                      <button type="button" className="small" onClick={() => setEditing({ mode: 'add', parentId: unit.id })}>
                        + {t('units.addSection')}
                      </button>
                    )}
                    <button type="button" className="small" onClick={() => setEditing({ mode: 'edit', unit })}>
                      {t('action.edit')}
                    </button>
                    <button type="button" className="small icon" aria-label={t('action.moveUp')} title={t('action.moveUp')} disabled={moving || index <= 0} onClick={() => void move(unit, 'up')}>
                      ▲
                    </button>
                    <button
                      type="button"
                      className="small icon"
                      aria-label={t('action.moveDown')}
                      title={t('action.moveDown')}
                      disabled={moving || index >= siblings.length - 1}
                      onClick={() => void move(unit, 'down')}
                    >
                      ▼
                    </button>
                    <button type="button" className="small danger-text" onClick={() => setDeleting(unit)}>
                      {t('action.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing && units && (
        <UnitDialog
          editing={editing}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notify(t('state.saved'));
            void reload();
          }}
        />
      )}
      {deleting && units && (
        <DeleteUnitDialog
          unit={deleting}
          units={units}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            notify(t('units.deleted'));
            void reload();
          }}
        />
      )}
    </div>
  );
}
