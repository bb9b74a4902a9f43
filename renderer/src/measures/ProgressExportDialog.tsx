import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressReportOptions } from '../../../shared/api/measures';
import type { Person } from '../../../shared/api/office';
import type { ReportingPeriod } from '../../../shared/measures/types';
import { INSTRUMENT_CODES } from '../../../shared/ita/types';
import { formatThaiDate } from '../../../shared/domain/thaiFormat';
import { call } from '../api';
import { DocxExportDialog, useDocxExport } from './DocxExportDialog';
import { cleanParagraphs as clean, fromParagraphs, ParagraphsField, SignerFields, toParagraphs } from './exportParts';
import { useMeasureFormat } from './labels';

export function cleanReportOptions(o: ProgressReportOptions): ProgressReportOptions {
  return {
    ...o,
    title: clean(o.title),
    intro: clean(o.intro),
    memo: { ...o.memo, sections: o.memo.sections.map((s) => ({ ...s, paragraphs: clean(s.paragraphs) })) },
  };
}

/**
 * The progress report of a period as a Word file: the covering memo to the chief executive (its
 * text, signer and comment boxes), the report's title and intro, one heading per instrument; then
 * a preview of the very file and the download. A period with no progress yet still exports: the
 * document says so.
 */
export function ProgressExportDialog(props: { fiscalYear: number; period: ReportingPeriod; people: Person[]; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useMeasureFormat();
  const { fiscalYear, period } = props;
  const load = useCallback(() => call('progressReport.getOptions', { fiscalYear, period }), [fiscalYear, period]);
  const exporter = useDocxExport(load, (options: ProgressReportOptions) => call('progressReport.export', { fiscalYear, period, options: cleanReportOptions(options) }));
  const { setOptions } = exporter;
  const [recorded, setRecorded] = useState<number>();

  useEffect(() => {
    call('progress.list', { fiscalYear, period })
      .then((list) => setRecorded(list.length))
      .catch(() => setRecorded(undefined));
  }, [fiscalYear, period]);

  const [suggested, setSuggested] = useState<string>();
  const memoDate = exporter.options?.memo.date;
  // The next memo number of the date's fiscal year, offered when the number is left empty.
  useEffect(() => {
    if (!memoDate || !/^\d{4}-\d{2}-\d{2}$/.test(memoDate)) return;
    let current = true;
    call('memos.numbering', { date: memoDate })
      .then((n) => current && setSuggested(n.suggested))
      .catch(() => current && setSuggested(undefined));
    return () => {
      current = false;
    };
  }, [memoDate]);

  const set = (patch: Partial<ProgressReportOptions>) => setOptions((o) => (o ? { ...o, ...patch } : o));
  const setMemo = (patch: Partial<ProgressReportOptions['memo']>) => setOptions((o) => (o ? { ...o, memo: { ...o.memo, ...patch } } : o));

  return (
    <DocxExportDialog
      title={t('measuresUi.export.progressTitle', { period: fmt.reporting(period, fiscalYear), year: fmt.year(fiscalYear) })}
      testIdPrefix="progress"
      exporter={exporter}
      onClose={props.onClose}
      notice={
        recorded === 0 && (
          <p className="warning" data-testid="progress-export-empty">
            {t('measuresUi.export.noProgress')}
          </p>
        )
      }
      form={(options) => {
        const memo = options.memo;
        return (
          <>
              <fieldset className="ms-fieldset">
                <legend>{t('measuresUi.export.memo')}</legend>
                <div className="form-grid">
                  <div className="field">
                    <label htmlFor="report-doc-number">{t('measuresUi.export.docNumber')}</label>
                    <input id="report-doc-number" type="text" value={memo.docNumber} onChange={(e) => setMemo({ docNumber: e.target.value })} />
                    {suggested && memo.docNumber.trim() === '' && (
                      <p className="field-hint">
                        {t('measuresUi.export.nextNumber', { number: suggested })}{' '}
                        <button type="button" className="link" onClick={() => setMemo({ docNumber: suggested })}>
                          {t('measuresUi.export.useNumber')}
                        </button>
                      </p>
                    )}
                  </div>
                  <div className="field">
                    <label htmlFor="report-date">{t('measuresUi.export.date')}</label>
                    <input id="report-date" type="date" value={memo.date} onChange={(e) => setMemo({ date: e.target.value })} />
                    {/^\d{4}-\d{2}-\d{2}$/.test(memo.date) && <p className="field-hint">{formatThaiDate(memo.date, { thaiDigits: fmt.thaiDigits })}</p>}
                  </div>
                </div>
                <div className="field">
                  <label htmlFor="report-agency">{t('measuresUi.export.agency')}</label>
                  <input id="report-agency" type="text" value={memo.agency} onChange={(e) => setMemo({ agency: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor="report-subject">{t('measuresUi.export.subject')}</label>
                  <input id="report-subject" type="text" value={memo.subject} onChange={(e) => setMemo({ subject: e.target.value })} data-testid="report-subject" />
                </div>
                <div className="field">
                  <label htmlFor="report-salutation">{t('measuresUi.export.salutation')}</label>
                  <input id="report-salutation" type="text" value={memo.salutation} onChange={(e) => setMemo({ salutation: e.target.value })} />
                </div>
                {memo.sections.map((section, i) => (
                  <div className="field" key={i}>
                    <label htmlFor={`report-section-${i}`}>{section.heading || t('measuresUi.export.body')}</label>
                    <textarea
                      id={`report-section-${i}`}
                      rows={3}
                      defaultValue={fromParagraphs(section.paragraphs)}
                      onChange={(e) => setMemo({ sections: memo.sections.map((s, j) => (j === i ? { ...s, paragraphs: e.target.value.split('\n') } : s)) })}
                      onBlur={(e) => setMemo({ sections: memo.sections.map((s, j) => (j === i ? { ...s, paragraphs: toParagraphs(e.target.value) } : s)) })}
                      data-testid={`report-section-${i}`}
                    />
                  </div>
                ))}
                <div className="field">
                  <label htmlFor="report-closing">{t('measuresUi.export.closing')}</label>
                  <input id="report-closing" type="text" value={memo.closing} onChange={(e) => setMemo({ closing: e.target.value })} />
                </div>
                <SignerFields id="report-signer" heading={t('measuresUi.export.memoSigner')} value={memo.signer} people={props.people} onChange={(signer) => setMemo({ signer })} />
                {memo.commentBoxes.map((box, i) => (
                  <div key={i} className="ms-comment-box">
                    <div className="field">
                      <label htmlFor={`report-box-${i}`}>{t('measuresUi.export.commentBox', { n: fmt.num(i + 1) })}</label>
                      <input
                        id={`report-box-${i}`}
                        type="text"
                        value={box.heading}
                        onChange={(e) => setMemo({ commentBoxes: memo.commentBoxes.map((b, j) => (j === i ? { ...b, heading: e.target.value } : b)) })}
                      />
                    </div>
                    <SignerFields
                      id={`report-box-signer-${i}`}
                      value={box.signer}
                      people={props.people}
                      onChange={(signer) => setMemo({ commentBoxes: memo.commentBoxes.map((b, j) => (j === i ? { ...b, signer } : b)) })}
                      onRemove={() => setMemo({ commentBoxes: memo.commentBoxes.filter((_b, j) => j !== i) })}
                    />
                  </div>
                ))}
                {memo.commentBoxes.length < 10 && (
                  <button type="button" className="small" onClick={() => setMemo({ commentBoxes: [...memo.commentBoxes, { heading: t('measuresUi.export.newCommentBox'), signer: { personId: null, name: '', position: '' } }] })}>
                    + {t('measuresUi.export.addCommentBox')}
                  </button>
                )}
              </fieldset>
              <fieldset className="ms-fieldset">
                <legend>{t('measuresUi.export.report')}</legend>
                <ParagraphsField id="report-title" label={t('measuresUi.export.titleLines')} value={options.title} onChange={(title) => set({ title })} rows={3} hint={t('measuresUi.export.titleLinesHint')} />
                <ParagraphsField id="report-intro" label={t('measuresUi.export.intro')} value={options.intro} onChange={(intro) => set({ intro })} rows={3} />
                {INSTRUMENT_CODES.map((code) => (
                  <div className="field" key={code}>
                    <label htmlFor={`report-heading-${code}`}>{t('measuresUi.export.instrumentHeading', { instrument: code })}</label>
                    <input
                      id={`report-heading-${code}`}
                      type="text"
                      value={options.instrumentHeadings[code]}
                      onChange={(e) => set({ instrumentHeadings: { ...options.instrumentHeadings, [code]: e.target.value } })}
                    />
                  </div>
                ))}
              </fieldset>
          </>
        );
      }}
    />
  );
}
