import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { DocxFile, PlanOptions } from '../../../shared/api/measures';
import type { Person } from '../../../shared/api/office';
import { INSTRUMENT_CODES } from '../../../shared/ita/types';
import { call } from '../api';
import { useApp } from '../appContext';
import { DocxPreview } from '../memos/DocxPreview';
import { downloadBase64 } from '../memos/download';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { ParagraphsField, SignerFields } from './exportParts';
import { useMeasureFormat } from './labels';

const clean = (list: string[]) => list.map((p) => p.trim()).filter(Boolean);

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
  const { notify } = useApp();
  const fmt = useMeasureFormat();
  const [options, setOptions] = useState<PlanOptions>();
  const [stored, setStored] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState<'preview' | 'download' | null>(null);
  const [preview, setPreview] = useState<DocxFile>();

  useEffect(() => {
    call('measuresPlan.getOptions', { fiscalYear: props.fiscalYear })
      .then((got) => {
        setOptions(got.options);
        setStored(got.stored);
      })
      .catch((thrown: unknown) => setFailure(apiErrorOf(thrown)));
  }, [props.fiscalYear]);

  const set = (patch: Partial<PlanOptions>) => setOptions((o) => (o ? { ...o, ...patch } : o));

  const run = async (kind: 'preview' | 'download') => {
    if (!options) return;
    setBusy(kind);
    setFailure(undefined);
    try {
      const file = await call('measuresPlan.export', { fiscalYear: props.fiscalYear, options: cleanPlanOptions(options) });
      setStored(true);
      if (kind === 'preview') setPreview(file);
      else {
        downloadBase64(file.fileName, file.base64);
        notify(t('measuresUi.export.downloaded', { file: file.fileName }));
      }
    } catch (thrown) {
      setFailure(apiErrorOf(thrown));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog
      open
      wide
      title={t('measuresUi.export.planTitle', { year: fmt.year(props.fiscalYear) })}
      onClose={props.onClose}
      testId="plan-export-dialog"
      footer={
        <>
          <button type="button" onClick={props.onClose}>
            {t('action.close')}
          </button>
          <button type="button" onClick={() => void run('preview')} disabled={!options || busy !== null} data-testid="plan-preview">
            {busy === 'preview' ? t('measuresUi.export.working') : t('measuresUi.export.preview')}
          </button>
          <button type="button" className="primary" onClick={() => void run('download')} disabled={!options || busy !== null} data-testid="plan-download">
            {busy === 'download' ? t('measuresUi.export.working') : t('measuresUi.export.download')}
          </button>
        </>
      }
    >
      <ErrorNotice error={failure} issues={failure?.issues} testId="plan-export-error" />
      {!options ? (
        !failure && <p className="loading">{t('state.loading')}</p>
      ) : preview ? (
        <>
          <button type="button" className="link" onClick={() => setPreview(undefined)} data-testid="plan-back-to-edit">
            ← {t('measuresUi.export.backToEdit')}
          </button>
          <DocxPreview base64={preview.base64} />
        </>
      ) : (
        <div className="ms-export-form">
          <p className="field-hint">{stored ? t('measuresUi.export.storedHint') : t('measuresUi.export.defaultsHint')}</p>
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
        </div>
      )}
    </Dialog>
  );
}
