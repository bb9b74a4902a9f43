import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import type { PlanInputs } from '../../../shared/api/measures';
import type { Unit } from '../../../shared/api/office';
import type { AssessmentSummary } from '../../../shared/ita/types';
import { call } from '../api';
import { apiErrorOf, ErrorNotice, issueMessage } from '../ui/errors';
import { ScreenHead } from '../ui/ScreenHead';
import { draftIssues, draftToInput, emptyDraft, splitManyIssues } from './draft';
import { useMeasureFormat } from './labels';
import { restIssues } from './MeasureDialog';
import { MeasureEditor } from './MeasureEditor';
import { useFrameworkFor } from './refs';
import { defaultChoices, draftsFor, needsMeasure, weakPoints, type Choice, type PointDraft, type WeakPoint } from './wizard';

const STEPS = ['year', 'points', 'details', 'review'] as const;
type Step = (typeof STEPS)[number];

/** The analysis rules as typed: an empty or impossible value falls back to the default (pass mark, 0, 85). */
function ruleOptions(rules: { target: string; oitThreshold: string; eiThreshold: string }): { target?: number; oitThreshold?: number; eiThreshold?: number } {
  const out: { target?: number; oitThreshold?: number; eiThreshold?: number } = {};
  for (const key of ['target', 'oitThreshold', 'eiThreshold'] as const) {
    const text = rules[key].trim().replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
    const value = Number(text);
    if (text !== '' && Number.isFinite(value) && value >= 0 && value <= 100) out[key] = value;
  }
  return out;
}

const choiceValue = (c: Choice | undefined) => (!c ? 'skip' : c.mode === 'library' ? `lib-${c.libraryId}` : c.mode);

/** One weak point with its comment, the NACC recommendation and the choices for it. */
function PointCard({ point, choice, parentPlanned, nested, onChoose }: { point: WeakPoint; choice: Choice | undefined; parentPlanned: boolean; nested: boolean; onChoose: (c: Choice) => void }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const name = `choice-${point.id}`;
  const score = point.score === null ? '—' : fmt.score(point.score, point.kind === 'item' && point.instrument === 'OIT' ? 0 : 2);
  return (
    <article className={`ms-point ${point.weak ? 'ms-point-weak' : needsMeasure(point) ? 'ms-point-lowest' : ''} ${point.kind === 'item' ? 'ms-point-item' : ''} ${nested ? 'ms-point-nested' : ''}`} data-testid={`point-${point.id}`}>
      <header className="ms-point-head">
        <div>
          <span className={`ms-inst ms-inst-${point.instrument}`}>{point.instrument}</span>{' '}
          {point.kind === 'indicator' ? (
            <strong>{t('measuresUi.wizard.indicatorPoint', { no: fmt.num(point.indicatorNo), name: point.name })}</strong>
          ) : (
            <strong>
              {point.code} {point.name}
            </strong>
          )}
        </div>
        <div className="ms-point-score">
          {t('measuresUi.wizard.score', { score })}
          {point.kind === 'indicator' && point.weak && <span className="ms-badge ms-overdue">{t('measuresUi.wizard.belowTarget')}</span>}
          {point.lowestOfInstrument && <span className="ms-badge ms-status-inProgress">{t('measuresUi.wizard.lowest')}</span>}
        </div>
      </header>
      {point.comment && (
        <p className="ms-comment">
          <span className="ms-label">{t('measuresUi.wizard.assessorComment')}</span> {point.comment}
        </p>
      )}
      {point.recommendation && (
        <details className="ms-reco">
          <summary>{t('measuresUi.wizard.recommendation', { instrument: point.instrument })}</summary>
          <p className="ms-pre">{point.recommendation}</p>
        </details>
      )}
      {point.existing > 0 && <p className="ms-muted">{t('measuresUi.wizard.existing', { n: fmt.num(point.existing) })}</p>}
      <div className="ms-choices" role="radiogroup" aria-label={t('measuresUi.wizard.choiceLabel')}>
        {point.suggestions.map((s) => (
          <label key={s.id} className="ms-choice">
            <input type="radio" name={name} value={`lib-${s.id}`} checked={choiceValue(choice) === `lib-${s.id}`} onChange={() => onChoose({ mode: 'library', libraryId: s.id })} />
            <span>
              <span className="ms-choice-title">{s.title}</span>
              {s.methods.length > 0 && <span className="ms-muted ms-choice-steps">{s.methods.map((m, i) => `${fmt.num(i + 1)}. ${m}`).join('  ')}</span>}
            </span>
          </label>
        ))}
        {point.kind === 'item' && parentPlanned && (
          <label className="ms-choice">
            <input type="radio" name={name} value="merge" checked={choiceValue(choice) === 'merge'} onChange={() => onChoose({ mode: 'merge' })} />
            <span>{t('measuresUi.wizard.merge', { no: fmt.num(point.indicatorNo) })}</span>
          </label>
        )}
        <label className="ms-choice">
          <input type="radio" name={name} value="own" checked={choiceValue(choice) === 'own'} onChange={() => onChoose({ mode: 'own' })} data-testid={`own-${point.id}`} />
          <span>{t('measuresUi.wizard.own')}</span>
        </label>
        <label className="ms-choice">
          <input type="radio" name={name} value="skip" checked={choiceValue(choice) === 'skip'} onChange={() => onChoose({ mode: 'skip' })} data-testid={`skip-${point.id}`} />
          <span className="ms-muted">{t('measuresUi.wizard.skip')}</span>
        </label>
      </div>
    </article>
  );
}

/**
 * The plan wizard: (1) pick the assessment year, (2) go through its weak indicators and items with
 * the assessors' comments and the NACC recommendations, choosing a library measure, one's own, or
 * none for each, (3) complete every measure (steps, units, period, cadence, OIT items), (4) review
 * and save them all at once. Nothing is saved before the last step.
 */
export function PlanWizard(props: { initialPlanYear: number; units: Unit[]; onCancel: () => void; onSaved: (planYear: number, count: number) => void }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const [step, setStep] = useState<Step>('year');
  const [assessments, setAssessments] = useState<AssessmentSummary[]>();
  const [assessmentYear, setAssessmentYear] = useState<number>();
  const [inputs, setInputs] = useState<PlanInputs>();
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [drafts, setDrafts] = useState<PointDraft[]>([]);
  const [issues, setIssues] = useState<Map<string, FieldIssue[]>>(new Map());
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [existing, setExisting] = useState<Map<number, number>>(new Map());
  const [rules, setRules] = useState({ target: '', oitThreshold: '0', eiThreshold: '85' });
  const planYear = (assessmentYear ?? props.initialPlanYear - 1) + 1;
  const framework = useFrameworkFor(planYear);

  useEffect(() => {
    call('assessments.list', {})
      .then((list) => {
        setAssessments(list);
        const wanted = list.find((a) => a.fiscalYear === props.initialPlanYear - 1) ?? list.at(-1);
        setAssessmentYear((y) => y ?? wanted?.fiscalYear);
      })
      .catch((thrown: unknown) => setFailure(apiErrorOf(thrown)));
    call('measures.years', {})
      .then((years) => setExisting(new Map(years.map((y) => [y.fiscalYear, y.measures]))))
      .catch(() => setExisting(new Map()));
  }, [props.initialPlanYear]);

  const points = useMemo(() => (inputs ? weakPoints(inputs) : []), [inputs]);
  const shown = points.filter((p) => showAll || needsMeasure(p));
  const hiddenCount = points.length - points.filter(needsMeasure).length;

  const loadPoints = async () => {
    if (assessmentYear === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const next = await call('measures.planInputs', { assessmentYear, ...ruleOptions(rules) });
      setInputs(next);
      const nextPoints = weakPoints(next);
      setChoices(defaultChoices(nextPoints));
      setDrafts([]);
      setStep('points');
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    } finally {
      setBusy(false);
    }
  };

  const toDetails = () => {
    setDrafts((previous) => draftsFor(points, choices, previous, planYear, assessmentYear ?? planYear - 1));
    setIssues(new Map());
    setFailure(undefined);
    setStep('details');
  };

  const checkAll = (list: PointDraft[]) => new Map(list.map((d) => [d.draft.key, draftIssues(d.draft)] as const).filter(([, found]) => found.length > 0));

  const toReview = () => {
    const found = checkAll(drafts);
    setIssues(found);
    if (found.size > 0) {
      setFailure({ code: 'validation' });
      document.querySelector(`[data-testid="draft-${[...found.keys()][0]}"]`)?.scrollIntoView({ block: 'start' });
      return;
    }
    setFailure(undefined);
    setStep('review');
  };

  const save = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await call('measures.createMany', { measures: drafts.map((d) => draftToInput(d.draft)) });
      props.onSaved(planYear, saved.length);
    } catch (thrown) {
      const error = apiErrorOf(thrown);
      setFailure(error);
      const byIndex = splitManyIssues(error.issues ?? []);
      const next = new Map<string, FieldIssue[]>();
      drafts.forEach((d, i) => {
        const found = byIndex.get(i);
        if (found?.length) next.set(d.draft.key, found);
      });
      setIssues(next);
      if (next.size > 0) setStep('details');
      setBusy(false);
    }
  };

  const updateDraft = (key: string, next: PointDraft['draft']) => {
    setDrafts((list) => list.map((d) => (d.draft.key === key ? { ...d, draft: next } : d)));
    if (issues.has(key)) setIssues((m) => new Map(m).set(key, draftIssues(next)));
  };

  const pointOf = (id: string | null) => points.find((p) => p.id === id);
  const unitName = (id: number) => props.units.find((u) => u.id === id)?.name ?? `#${id}`;
  const invalidCount = [...issues.values()].filter((l) => l.length > 0).length;

  return (
    <div className="screen ms-screen ms-wizard" data-testid="plan-wizard">
      <ScreenHead title={t('measuresUi.wizard.title', { year: fmt.year(planYear) })} lead={t('measuresUi.wizard.intro')}>
        <button type="button" onClick={props.onCancel} data-testid="wizard-cancel">
          {t('measuresUi.wizard.cancel')}
        </button>
      </ScreenHead>
      <ol className="steps">
        {STEPS.map((s) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t(`measuresUi.wizard.step.${s}`)}
          </li>
        ))}
      </ol>
      <ErrorNotice error={failure} issues={failure && issues.size === 0 ? failure.issues : undefined} testId="wizard-error" />
      {failure?.code === 'validation' && invalidCount > 0 && step === 'details' && <p className="field-error">{t('measuresUi.wizard.invalidDrafts', { n: fmt.num(invalidCount) })}</p>}

      {step === 'year' && (
        <section className="card">
          {assessments && assessments.length === 0 ? (
            <p data-testid="wizard-no-results">{t('measuresUi.wizard.noResults')}</p>
          ) : (
            <>
              <div className="field">
                <label htmlFor="wizard-year">{t('measuresUi.wizard.assessmentYear')}</label>
                <select id="wizard-year" value={assessmentYear ?? ''} onChange={(e) => setAssessmentYear(Number(e.target.value))} data-testid="wizard-year">
                  {[...(assessments ?? [])].reverse().map((a) => (
                    <option key={a.fiscalYear} value={a.fiscalYear}>
                      {t('measuresUi.yearOption', { year: fmt.year(a.fiscalYear) })}
                      {a.overallScore !== null ? ` · ${fmt.score(a.overallScore)} ${a.grade ?? ''}` : ''}
                    </option>
                  ))}
                </select>
                <p className="field-hint">{t('measuresUi.wizard.planYearHint', { year: fmt.year(planYear) })}</p>
              </div>
              <fieldset className="ms-filters ms-rules">
                <legend>{t('measuresUi.wizard.rules')}</legend>
                {(['target', 'oitThreshold', 'eiThreshold'] as const).map((key) => (
                  <label key={key}>
                    <span>{t(`measuresUi.wizard.rule.${key}`)}</span>
                    <input
                      type="text"
                      inputMode="decimal"
                      value={rules[key]}
                      placeholder={key === 'target' ? t('measuresUi.wizard.passMark') : undefined}
                      onChange={(e) => setRules((r) => ({ ...r, [key]: e.target.value }))}
                      data-testid={`wizard-${key}`}
                    />
                  </label>
                ))}
              </fieldset>
              {(existing.get(planYear) ?? 0) > 0 && (
                <p className="warning" data-testid="wizard-existing">
                  {t('measuresUi.wizard.planYearHas', { year: fmt.year(planYear), n: fmt.num(existing.get(planYear) ?? 0) })}
                </p>
              )}
              <div className="form-actions">
                <button type="button" className="primary" disabled={assessmentYear === undefined || busy} onClick={() => void loadPoints()} data-testid="wizard-next">
                  {busy ? t('state.loading') : t('action.next')}
                </button>
              </div>
            </>
          )}
        </section>
      )}

      {step === 'points' && inputs && (
        <section>
          <p className="ms-summary-line" data-testid="wizard-summary">
            {t('measuresUi.wizard.summary', {
              year: fmt.year(inputs.assessmentYear),
              score: inputs.score === null ? '—' : fmt.score(inputs.score),
              grade: inputs.grade ?? '—',
              weak: fmt.num(points.filter(needsMeasure).length),
            })}
          </p>
          {points.filter(needsMeasure).length === 0 && <p className="empty">{t('measuresUi.wizard.noWeak')}</p>}
          <div className="ms-points">
            {shown.map((p) => (
              <PointCard
                key={p.id}
                point={p}
                choice={choices.get(p.id)}
                parentPlanned={(choices.get(`ind-${p.indicatorNo}`)?.mode ?? 'skip') !== 'skip'}
                nested={p.kind === 'item' && shown.some((o) => o.id === `ind-${p.indicatorNo}`)}
                onChoose={(c) => setChoices((m) => new Map(m).set(p.id, c))}
              />
            ))}
          </div>
          {hiddenCount > 0 && (
            <button type="button" className="link" onClick={() => setShowAll((v) => !v)} data-testid="wizard-show-all">
              {showAll ? t('measuresUi.wizard.hideOthers') : t('measuresUi.wizard.showOthers', { n: fmt.num(hiddenCount) })}
            </button>
          )}
          <div className="form-actions">
            <button type="button" onClick={() => setStep('year')}>
              {t('action.back')}
            </button>
            <button type="button" className="primary" onClick={toDetails} data-testid="wizard-next">
              {t('action.next')}
            </button>
          </div>
        </section>
      )}

      {step === 'details' && (
        <section>
          {drafts.length === 0 && <p className="empty">{t('measuresUi.wizard.noDrafts')}</p>}
          {drafts.map((d, i) => {
            const point = pointOf(d.pointId);
            const found = issues.get(d.draft.key) ?? [];
            const rest = restIssues(found);
            return (
              <article key={d.draft.key} className={`card ms-draft ${found.length ? 'ms-draft-invalid' : ''}`} data-testid={`draft-${d.draft.key}`}>
                <header className="ms-draft-head">
                  <h2>
                    {t('measuresUi.wizard.draftNo', { n: fmt.num(i + 1) })}
                    {point && <span className="ms-muted"> · {point.kind === 'indicator' ? t('measuresUi.wizard.indicatorPoint', { no: fmt.num(point.indicatorNo), name: point.name }) : `${point.code ?? ''} ${point.name}`}</span>}
                  </h2>
                  <button
                    type="button"
                    className="small danger-text"
                    onClick={() => {
                      setDrafts((list) => list.filter((x) => x.draft.key !== d.draft.key));
                      if (d.pointId) setChoices((m) => new Map(m).set(d.pointId!, { mode: 'skip' }));
                    }}
                  >
                    {t('measuresUi.wizard.removeDraft')}
                  </button>
                </header>
                {point?.comment && (
                  <p className="ms-comment">
                    <span className="ms-label">{t('measuresUi.wizard.assessorComment')}</span> {point.comment}
                  </p>
                )}
                {rest.length > 0 && (
                  <ul className="field-error">
                    {rest.map((issue, j) => (
                      <li key={j}>{issueMessage(t, issue)}</li>
                    ))}
                  </ul>
                )}
                <MeasureEditor draft={d.draft} onChange={(next) => updateDraft(d.draft.key, next)} units={props.units} framework={framework} issues={found} idPrefix={`draft${i}`} />
              </article>
            );
          })}
          <button
            type="button"
            onClick={() => setDrafts((list) => [...list, { pointId: null, choice: null, draft: emptyDraft(planYear, { sourceYear: assessmentYear ?? null }) }])}
            data-testid="wizard-add-draft"
          >
            + {t('measuresUi.wizard.addDraft')}
          </button>
          <div className="form-actions">
            <button type="button" onClick={() => setStep('points')}>
              {t('action.back')}
            </button>
            <button type="button" className="primary" onClick={toReview} disabled={drafts.length === 0} data-testid="wizard-next">
              {t('action.next')}
            </button>
          </div>
        </section>
      )}

      {step === 'review' && (
        <section>
          <p>{t('measuresUi.wizard.reviewIntro', { n: fmt.num(drafts.length), year: fmt.year(planYear) })}</p>
          <div className="ms-table-wrap">
            <table className="table ms-table" data-testid="wizard-review">
              <thead>
                <tr>
                  <th>{t('measuresUi.col.measure')}</th>
                  <th>{t('measuresUi.col.units')}</th>
                  <th>{t('measuresUi.col.period')}</th>
                  <th>{t('measuresUi.col.followUp')}</th>
                </tr>
              </thead>
              <tbody>
                {drafts.map((d) => {
                  const input = draftToInput(d.draft);
                  return (
                    <tr key={d.draft.key}>
                      <td className="ms-title-cell">
                        <div className="ms-ind-line">
                          <span className={`ms-inst ms-inst-${input.instrument}`}>{input.instrument}</span>
                          {input.indicatorNo !== null && input.indicatorNo !== undefined && (
                            <span className="ms-muted">
                              {' '}
                              {t('measuresUi.indicatorShort', { no: fmt.num(input.indicatorNo) })} {framework?.indicators.find((i) => i.no === input.indicatorNo)?.name ?? ''}
                            </span>
                          )}
                        </div>
                        <div className="ms-title">{input.title}</div>
                        <ol className="ms-methods">
                          {input.methods.map((m, j) => (
                            <li key={j}>{m}</li>
                          ))}
                        </ol>
                      </td>
                      <td>
                        <ul className="ms-unit-list">
                          {input.unitIds.map((id) => (
                            <li key={id}>{unitName(id)}</li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <span className="ms-nowrap">{fmt.period(input.period ?? null, planYear)}</span>
                      </td>
                      <td>
                        {t(`measuresUi.cadence.${d.draft.cadence}`)}
                        {(input.oitItems ?? []).length > 0 && <div className="ms-muted">{(input.oitItems ?? []).join(', ')}</div>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="form-actions">
            <button type="button" onClick={() => setStep('details')} disabled={busy}>
              {t('action.back')}
            </button>
            <button type="button" className="primary" onClick={() => void save()} disabled={busy} data-testid="wizard-save">
              {busy ? t('state.saving') : t('measuresUi.wizard.save', { n: fmt.num(drafts.length) })}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
