import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import type { Unit } from '../../../shared/api/office';
import { INSTRUMENT_CODES, type Framework } from '../../../shared/ita/types';
import { MEASURE_CADENCES } from '../../../shared/measures/types';
import { issueMessage } from '../ui/errors';
import { issuesByField, moveItem, removeAt, splitCodes, toggleUnit, type MeasureDraft } from './draft';
import { useMeasureFormat } from './labels';
import { fiscalMonths, monthLabel } from './periods';

function Issues({ id, issues }: { id: string; issues: FieldIssue[] | undefined }) {
  const { t } = useTranslation();
  if (!issues?.length) return null;
  return (
    <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
      {[...new Set(issues.map((issue) => issueMessage(t, issue)))].join(' · ')}
    </p>
  );
}

function Block(props: { id: string; label: string; required?: boolean; issues?: FieldIssue[] | undefined; hint?: ReactNode; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  const invalid = Boolean(props.issues?.length);
  return (
    <div className={`field ${invalid ? 'field-invalid' : ''} ${props.className ?? ''}`}>
      <span className="label-like" id={`${props.id}-label`}>
        {props.label}
        {props.required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : (
          <span className="optional"> {t('form.optional')}</span>
        )}
      </span>
      {props.children}
      {props.hint && !invalid && <p className="field-hint">{props.hint}</p>}
      <Issues id={props.id} issues={props.issues} />
    </div>
  );
}

/**
 * Everything of one measure: instrument and indicator, the measure (มาตรการ/แนวทาง), its numbered
 * steps (add, remove, reorder), one or more responsible units (in the order chosen), the period
 * (the fiscal year or start–end months), the follow-up cadence, the OIT items it serves and the
 * follow-up text. Controlled: the wizard holds many drafts, the dialog one.
 */
export function MeasureEditor(props: { draft: MeasureDraft; onChange: (draft: MeasureDraft) => void; units: Unit[]; framework: Framework | null; issues: FieldIssue[]; idPrefix: string; library?: boolean }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const { draft, units, framework } = props;
  const set = (patch: Partial<MeasureDraft>) => props.onChange({ ...draft, ...patch });
  const byField = issuesByField(props.issues);
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const indicators = (framework?.indicators ?? []).filter((i) => i.instrument === draft.instrument);
  const months = [...new Set([...fiscalMonths(draft.fiscalYear), draft.start, draft.end])].sort();
  const itemNames = new Map((framework?.items ?? []).map((i) => [i.code, i.name]));
  const codes = splitCodes(draft.oitItems);
  const unknownCodes = framework ? codes.filter((c) => !itemNames.has(c)) : [];
  const chosen = draft.unitIds.map((u) => units.find((x) => x.id === u)?.name ?? `#${u}`);
  const periodIssues = [...(byField.get('period.start') ?? []), ...(byField.get('period.end') ?? []), ...(byField.get('period') ?? [])];

  return (
    <div className="ms-editor" data-testid={`${props.idPrefix}-editor`}>
      <div className="form-grid">
        <Block id={id('instrument')} label={t('measuresUi.field.instrument')} required issues={byField.get('instrument')}>
          <select
            id={id('instrument')}
            aria-labelledby={id('instrument-label')}
            value={draft.instrument}
            onChange={(e) => set({ instrument: e.target.value as MeasureDraft['instrument'], indicatorNo: null })}
          >
            {INSTRUMENT_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`measuresUi.instrument.${code}`)}
              </option>
            ))}
          </select>
        </Block>
        <Block id={id('indicator')} label={t('measuresUi.field.indicator')} issues={byField.get('indicatorNo')}>
          <select
            id={id('indicator')}
            aria-labelledby={id('indicator-label')}
            value={draft.indicatorNo ?? ''}
            onChange={(e) => set({ indicatorNo: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{t('measuresUi.field.wholeInstrument')}</option>
            {indicators.map((i) => (
              <option key={i.no} value={i.no}>
                {fmt.num(i.no)}. {i.name}
              </option>
            ))}
            {draft.indicatorNo !== null && !indicators.some((i) => i.no === draft.indicatorNo) && <option value={draft.indicatorNo}>{fmt.num(draft.indicatorNo)}</option>}
          </select>
        </Block>
      </div>

      <Block id={id('title')} label={t('measuresUi.field.title')} required issues={byField.get('title')}>
        <textarea id={id('title')} aria-labelledby={id('title-label')} rows={2} value={draft.title} aria-invalid={byField.has('title') || undefined} onChange={(e) => set({ title: e.target.value })} />
      </Block>

      <Block id={id('methods')} label={t('measuresUi.field.methods')} issues={byField.get('methods')} hint={t('measuresUi.field.methodsHint')}>
        <ol className="ms-steps" data-testid={id('methods')}>
          {draft.methods.map((method, i) => (
            <li key={i} className="ms-step">
              <span className="ms-step-no" aria-hidden="true">
                {fmt.num(i + 1)}.
              </span>
              <textarea
                rows={2}
                value={method}
                aria-label={t('measuresUi.field.step', { n: i + 1 })}
                data-testid={`${id('step')}-${i}`}
                onChange={(e) => set({ methods: draft.methods.map((m, j) => (j === i ? e.target.value : m)) })}
              />
              <span className="ms-step-actions">
                <button type="button" className="small icon" title={t('action.moveUp')} aria-label={`${t('action.moveUp')} ${i + 1}`} disabled={i === 0} onClick={() => set({ methods: moveItem(draft.methods, i, -1) })}>
                  ▲
                </button>
                <button
                  type="button"
                  className="small icon"
                  title={t('action.moveDown')}
                  aria-label={`${t('action.moveDown')} ${i + 1}`}
                  disabled={i === draft.methods.length - 1}
                  onClick={() => set({ methods: moveItem(draft.methods, i, 1) })}
                >
                  ▼
                </button>
                <button
                  type="button"
                  className="small icon danger-text"
                  title={t('measuresUi.field.removeStep')}
                  aria-label={`${t('measuresUi.field.removeStep')} ${i + 1}`}
                  onClick={() => set({ methods: draft.methods.length === 1 ? [''] : removeAt(draft.methods, i) })}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
        <div>
          <button type="button" className="small" data-testid={id('add-step')} onClick={() => set({ methods: [...draft.methods, ''] })}>
            + {t('measuresUi.field.addStep')}
          </button>
        </div>
      </Block>

      {!props.library && (
      <Block id={id('units')} label={t('measuresUi.field.units')} required issues={byField.get('unitIds')} hint={t('measuresUi.field.unitsHint')}>
        <div className={`ms-unit-pick ${byField.has('unitIds') ? 'ms-invalid' : ''}`} role="group" aria-labelledby={id('units-label')} data-testid={id('units')}>
          {units.map((unit) => (
            <label key={unit.id} className={`check ${unit.parentId === null ? 'ms-unit-top' : 'ms-unit-section'}`}>
              <input type="checkbox" checked={draft.unitIds.includes(unit.id)} onChange={() => set({ unitIds: toggleUnit(draft.unitIds, unit.id) })} />
              <span>{unit.name}</span>
              {draft.unitIds.includes(unit.id) && <span className="ms-unit-order">{fmt.num(draft.unitIds.indexOf(unit.id) + 1)}</span>}
            </label>
          ))}
        </div>
        {chosen.length > 0 && <p className="ms-chosen">{t('measuresUi.field.unitsChosen', { units: chosen.join(', ') })}</p>}
      </Block>
      )}

      <div className="form-grid">
        {!props.library && (
        <Block id={id('period')} label={t('measuresUi.field.period')} required issues={periodIssues.length ? periodIssues : undefined}>
          <div className="radio-row ms-period-mode">
            <label className="check">
              <input type="radio" name={id('period-mode')} checked={draft.wholeYear} onChange={() => set({ wholeYear: true })} data-testid={id('period-year')} />
              {t('measuresUi.period.wholeYear', { year: fmt.year(draft.fiscalYear) })}
            </label>
            <label className="check">
              <input type="radio" name={id('period-mode')} checked={!draft.wholeYear} onChange={() => set({ wholeYear: false })} data-testid={id('period-months')} />
              {t('measuresUi.period.months')}
            </label>
          </div>
          {!draft.wholeYear && (
            <div className="ms-period-months">
              <select aria-label={t('measuresUi.period.start')} value={draft.start} onChange={(e) => set({ start: e.target.value })} data-testid={id('period-start')}>
                {months.map((m) => (
                  <option key={m} value={m}>
                    {monthLabel(m, fmt.months)}
                  </option>
                ))}
              </select>
              <span aria-hidden="true">–</span>
              <select
                aria-label={t('measuresUi.period.end')}
                value={draft.end}
                aria-invalid={periodIssues.length > 0 || undefined}
                onChange={(e) => set({ end: e.target.value })}
                data-testid={id('period-end')}
              >
                {months.map((m) => (
                  <option key={m} value={m}>
                    {monthLabel(m, fmt.months)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Block>
        )}
        <Block id={id('cadence')} label={t('measuresUi.field.cadence')} required issues={byField.get('cadence')}>
          <select id={id('cadence')} aria-labelledby={id('cadence-label')} value={draft.cadence} onChange={(e) => set({ cadence: e.target.value as MeasureDraft['cadence'] })}>
            {MEASURE_CADENCES.map((c) => (
              <option key={c} value={c}>
                {t(`measuresUi.cadence.${c}`)}
              </option>
            ))}
          </select>
        </Block>
      </div>

      <Block id={id('oit')} label={t('measuresUi.field.oitItems')} issues={byField.get('oitItems')} hint={t('measuresUi.field.oitItemsHint')}>
        <input type="text" id={id('oit')} aria-labelledby={id('oit-label')} value={draft.oitItems} onChange={(e) => set({ oitItems: e.target.value })} placeholder="O12, O20" />
        {codes.length > 0 && (
          <ul className="ms-codes">
            {codes.map((code) => (
              <li key={code} className={unknownCodes.includes(code) ? 'ms-code-unknown' : undefined}>
                <strong>{code}</strong> {itemNames.get(code) ?? t('measuresUi.field.unknownItem')}
              </li>
            ))}
          </ul>
        )}
      </Block>

      <Block id={id('followup')} label={t('measuresUi.field.followUp')} issues={byField.get('followUp')} hint={t('measuresUi.field.followUpHint')}>
        <textarea id={id('followup')} aria-labelledby={id('followup-label')} rows={2} value={draft.followUp} onChange={(e) => set({ followUp: e.target.value })} />
      </Block>
    </div>
  );
}
