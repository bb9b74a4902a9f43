import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOptions } from '../../../shared/api/measures';
import type { Person } from '../../../shared/api/office';
import { INSTRUMENT_CODES } from '../../../shared/ita/types';
import { call } from '../api';
import { DocxExportDialog, useDocxExport } from './DocxExportDialog';
import { cleanParagraphs as clean, ParagraphsField, SignerFields } from './exportParts';
import { useMeasureFormat } from './labels';

/** The options as sent: empty lines dropped from every paragraph list. */
export function cleanPlanOptions(o: PlanOptions): PlanOptions {
  return {
    ...o,
    background: clean(o.background),
    populations: { IIT: clean(o.populations.IIT), EIT: clean(o.populations.EIT), OIT: clean(o.populations.OIT) },
    analysisIntro: clean(o.analysisIntro),
    analysisRemarks: clean(o.analysisRemarks),
    measuresIntro: clean(o.measuresIntro),
    reporting: clean(o.reporting),
  };
}

/**
 * The measures plan as a Word file: its editable parts (defaults made from the data, or as last
 * exported), a preview of the very file, then the download. Options are stored with each export,
 * so the same document can be made again later.
 */
export function PlanExportDialog(props: { fiscalYear: number; people: Person[]; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const { fiscalYear } = props;
  const load = useCallback(() => call('measuresPlan.getOptions', { fiscalYear }), [fiscalYear]);
  const exporter = useDocxExport(load, (options: PlanOptions) => call('measuresPlan.export', { fiscalYear, options: cleanPlanOptions(options) }));
  const set = (patch: Partial<PlanOptions>) => exporter.setOptions((o) => (o ? { ...o, ...patch } : o));

  return (
    <DocxExportDialog
      title={t('measuresUi.export.planTitle', { year: fmt.year(fiscalYear) })}
      testIdPrefix="plan"
      exporter={exporter}
      onClose={props.onClose}
      form={(options) => (
        <>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="plan-assessment-year">{t('measuresUi.export.assessmentYear')}</label>
              <input id="plan-assessment-year" type="text" readOnly value={fmt.year(options.assessmentYear)} />
            </div>
            <label className="check ms-check-field">
              <input type="checkbox" checked={options.includeChart} onChange={(e) => set({ includeChart: e.target.checked })} data-testid="plan-include-chart" />
              {t('measuresUi.export.includeChart')}
            </label>
          </div>
          <div className="field">
            <label htmlFor="plan-title">{t('measuresUi.export.docTitle')}</label>
            <input id="plan-title" type="text" value={options.title} onChange={(e) => set({ title: e.target.value })} data-testid="plan-title" />
          </div>
          <ParagraphsField id="plan-background" label={t('measuresUi.export.background')} value={options.background} onChange={(background) => set({ background })} rows={5} />
          {INSTRUMENT_CODES.map((code) => (
            <ParagraphsField
              key={code}
              id={`plan-population-${code}`}
              label={t('measuresUi.export.population', { instrument: code })}
              value={options.populations[code]}
              onChange={(list) => set({ populations: { ...options.populations, [code]: list } })}
              rows={3}
            />
          ))}
          <ParagraphsField id="plan-analysis-intro" label={t('measuresUi.export.analysisIntro')} value={options.analysisIntro} onChange={(analysisIntro) => set({ analysisIntro })} rows={3} />
          <ParagraphsField id="plan-analysis-remarks" label={t('measuresUi.export.analysisRemarks')} value={options.analysisRemarks} onChange={(analysisRemarks) => set({ analysisRemarks })} rows={3} />
          {options.issues.length > 0 && (
            <fieldset className="ms-fieldset">
              <legend>{t('measuresUi.export.issues')}</legend>
              {options.issues.map((issue, i) => (
                <div className="field" key={`${issue.indicatorNo}-${i}`}>
                  <label htmlFor={`plan-issue-${i}`}>{t('measuresUi.export.issueOf', { no: fmt.num(issue.indicatorNo) })}</label>
                  <textarea
                    id={`plan-issue-${i}`}
                    rows={2}
                    value={issue.text}
                    onChange={(e) => set({ issues: options.issues.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
                  />
                </div>
              ))}
            </fieldset>
          )}
          <ParagraphsField id="plan-measures-intro" label={t('measuresUi.export.measuresIntro')} value={options.measuresIntro} onChange={(measuresIntro) => set({ measuresIntro })} rows={3} />
          <ParagraphsField id="plan-reporting" label={t('measuresUi.export.reporting')} value={options.reporting} onChange={(reporting) => set({ reporting })} rows={4} />
          <fieldset className="ms-fieldset">
            <legend>{t('measuresUi.export.signers')}</legend>
            {options.signers.length === 0 && <p className="field-hint">{t('measuresUi.export.noSigners')}</p>}
            {options.signers.map((signer, i) => (
              <SignerFields
                key={i}
                id={`plan-signer-${i}`}
                value={signer}
                people={props.people}
                onChange={(next) => set({ signers: options.signers.map((s, j) => (j === i ? next : s)) })}
                onRemove={() => set({ signers: options.signers.filter((_s, j) => j !== i) })}
              />
            ))}
            {options.signers.length < 4 && (
              <button type="button" className="small" onClick={() => set({ signers: [...options.signers, { personId: null, name: '', position: '' }] })} data-testid="plan-add-signer">
                + {t('measuresUi.export.addSigner')}
              </button>
            )}
          </fieldset>
        </>
      )}
    />
  );
}
