import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import { unitInput, type OrganizationInput } from '../../../shared/api/office';
import { starterUnits, type OrganizationType } from '../../../shared/domain/office';
import { toFieldIssues } from '../../../shared/api/validation';
import { call } from '../api';
import { useApp } from '../appContext';
import { apiErrorOf, ErrorNotice, failForm, issueMessage, type FormFailure } from '../ui/errors';
import { OrganizationFields, ORGANIZATION_FIELDS, useOrganizationForm } from './OrganizationFields';

interface DraftSection {
  key: string;
  name: string;
  checked: boolean;
}
interface DraftUnit extends DraftSection {
  sections: DraftSection[];
}

let nextKey = 0;
const draft = (name: string): DraftSection => ({ key: `u${++nextKey}`, name, checked: true });

function draftUnits(type: OrganizationType): DraftUnit[] {
  return starterUnits(type).map((u) => ({ ...draft(u.name), sections: (u.sections ?? []).map(draft) }));
}

/** A new unit or section name: the API's own rule for names, and no twin among its siblings. */
function checkName(name: string, siblings: DraftSection[]): Pick<FieldIssue, 'key' | 'params'> | null {
  const parsed = unitInput.shape.name.safeParse(name);
  if (!parsed.success) return toFieldIssues(parsed.error)[0] ?? { key: 'validation.invalid' };
  if (siblings.some((s) => s.name === parsed.data)) return { key: 'validation.duplicate', params: { value: parsed.data } };
  return null;
}

/** An inline "add" row: a text box and a button, with its message under it. */
function AddName(props: { id: string; label: string; button: string; siblings: DraftSection[]; onAdd: (name: string) => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [issue, setIssue] = useState<Pick<FieldIssue, 'key' | 'params'> | null>(null);
  const add = () => {
    const problem = checkName(name, props.siblings);
    setIssue(problem);
    if (!problem) {
      props.onAdd(name.trim());
      setName('');
    }
  };
  return (
    <div className="add-row">
      <label htmlFor={props.id} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        placeholder={props.label}
        autoFocus={props.autoFocus}
        value={name}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? `${props.id}-error` : undefined}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="button" onClick={add}>
        {props.button}
      </button>
      {issue && (
        <p className="field-error" id={`${props.id}-error`}>
          {issueMessage(t, issue)}
        </p>
      )}
    </div>
  );
}

/**
 * First run: step 1 the organisation, step 2 its units (the usual ones of its type, ticked), then
 * `setup.complete`. The first screen also offers the sample office for those who want to look first.
 */
export function SetupWizard() {
  const { t } = useTranslation();
  const { refresh } = useApp();
  const form = useOrganizationForm(null);
  const [step, setStep] = useState<1 | 2>(1);
  const [units, setUnits] = useState<DraftUnit[]>([]);
  const [unitsType, setUnitsType] = useState<OrganizationType | null>(null);
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure>();

  const toStep2 = form.handleSubmit((org: OrganizationInput) => {
    if (unitsType !== org.type) {
      setUnits(draftUnits(org.type));
      setUnitsType(org.type);
    }
    setFailure(undefined);
    setStep(2);
    window.scrollTo(0, 0);
  });

  const finish = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const chosen = units.filter((u) => u.checked).map((u) => ({ name: u.name, sections: u.sections.filter((s) => s.checked).map((s) => s.name) }));
      await call('setup.complete', { organization: form.getValues(), units: chosen });
      await refresh();
    } catch (thrown) {
      const failure = failForm(thrown, form.setError, ORGANIZATION_FIELDS, 'organization.');
      // A field of step 1 is at fault: go back there, where its message shows.
      if ((apiErrorOf(thrown).issues?.length ?? 0) > (failure?.issues.length ?? 0)) setStep(1);
      setFailure(failure);
      setBusy(false);
    }
  };

  const loadSample = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await call('sample.load', { replace: false });
      await refresh();
    } catch (thrown) {
      setFailure({ error: apiErrorOf(thrown), issues: [] });
      setBusy(false);
    }
  };

  const update = (key: string, change: (u: DraftUnit) => DraftUnit) => setUnits((list) => list.map((u) => (u.key === key ? change(u) : u)));

  return (
    <div className="wizard" data-testid="setup-wizard">
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      <ol className="steps" aria-label={t('setup.stepsLabel')}>
        <li aria-current={step === 1 ? 'step' : undefined}>{t('setup.step1')}</li>
        <li aria-current={step === 2 ? 'step' : undefined}>{t('setup.step2')}</li>
      </ol>
      <ErrorNotice error={failure?.error} issues={failure?.issues} />

      {step === 1 && (
        <>
          <section className="card sample-offer" aria-labelledby="sample-title">
            <div>
              <h2 id="sample-title">{t('setup.sampleTitle')}</h2>
              <p>{t('setup.sampleText')}</p>
            </div>
            <button type="button" onClick={() => void loadSample()} disabled={busy}>
              {t('setup.sampleButton')}
            </button>
          </section>
          <form className="card" noValidate onSubmit={(e) => void toStep2(e)} aria-labelledby="org-title">
            <h2 id="org-title">
              {t('setup.stepOf', { n: 1, total: 2 })} {t('setup.step1')}
            </h2>
            <OrganizationFields form={form} />
            <div className="form-actions">
              <button type="submit" className="primary">
                {t('action.next')}
              </button>
            </div>
          </form>
        </>
      )}

      {step === 2 && (
        <section className="card" aria-labelledby="units-title">
          <h2 id="units-title">
            {t('setup.stepOf', { n: 2, total: 2 })} {t('setup.step2')}
          </h2>
          <p>{t('setup.unitsIntro', { type: unitsType ? t(`orgType.${unitsType}`) : '' })}</p>
          <ul className="unit-checklist">
            {units.map((unit) => (
              <li key={unit.key}>
                <label className="check unit-check">
                  <input type="checkbox" checked={unit.checked} onChange={(e) => update(unit.key, (u) => ({ ...u, checked: e.target.checked }))} />
                  {unit.name}
                </label>
                {(unit.sections.length > 0 || unit.checked) && (
                  <ul className="section-checklist">
                    {unit.sections.map((section) => (
                      <li key={section.key}>
                        <label className="check">
                          <input
                            type="checkbox"
                            checked={section.checked && unit.checked}
                            disabled={!unit.checked}
                            onChange={(e) =>
                              update(unit.key, (u) => ({ ...u, sections: u.sections.map((s) => (s.key === section.key ? { ...s, checked: e.target.checked } : s)) }))
                            }
                          />
                          {section.name}
                        </label>
                      </li>
                    ))}
                    {unit.checked && addingTo !== unit.key && (
                      <li>
                        <button type="button" className="link" onClick={() => setAddingTo(unit.key)}>
                          + {t('units.addSection')}
                        </button>
                      </li>
                    )}
                    {unit.checked && addingTo === unit.key && (
                      <li>
                        <AddName
                          id={`add-section-${unit.key}`}
                          label={t('setup.newSection', { unit: unit.name })}
                          button={t('units.addSection')}
                          siblings={unit.sections}
                          autoFocus
                          onAdd={(name) => update(unit.key, (u) => ({ ...u, sections: [...u.sections, draft(name)] }))}
                        />
                      </li>
                    )}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <AddName id="add-unit" label={t('setup.newUnit')} button={t('units.add')} siblings={units} onAdd={(name) => setUnits((list) => [...list, { ...draft(name), sections: [] }])} />
          <p className="field-hint">{t('setup.unitsLater')}</p>
          <div className="form-actions">
            <button type="button" onClick={() => setStep(1)} disabled={busy}>
              {t('action.back')}
            </button>
            <button type="button" className="primary" onClick={() => void finish()} disabled={busy}>
              {busy ? t('state.saving') : t('setup.finish')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
