import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../shared/api/errors';
import type { Measure } from '../../../shared/api/measures';
import type { Unit } from '../../../shared/api/office';
import type { Framework } from '../../../shared/ita/types';
import { call } from '../api';
import { DialogButtons } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { apiErrorOf, ErrorNotice } from '../ui/errors';
import { draftFromMeasure, draftIssues, draftToInput, emptyDraft, issueField, type MeasureDraft } from './draft';
import { MeasureEditor } from './MeasureEditor';

/** Fields the editor shows issues for; issues of other paths go to the dialog's notice. */
export const EDITOR_FIELDS = new Set(['instrument', 'indicatorNo', 'title', 'methods', 'unitIds', 'period.start', 'period.end', 'period', 'cadence', 'oitItems', 'followUp']);
export const restIssues = (issues: FieldIssue[]) => issues.filter((i) => !EDITOR_FIELDS.has(issueField(i.path)));

/** Adds a measure by hand (at any time of the year) or edits one. */
export function MeasureDialog(props: { fiscalYear: number; measure: Measure | null; units: Unit[]; framework: Framework | null; onClose: () => void; onSaved: (measure: Measure) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MeasureDraft>(() => (props.measure ? draftFromMeasure(props.measure) : emptyDraft(props.fiscalYear)));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);

  const change = (next: MeasureDraft) => {
    setDraft(next);
    // Once a save was refused, the marks follow the typing (a fixed field clears at once).
    if (tried) setIssues(draftIssues(next));
  };

  const save = async () => {
    setTried(true);
    const found = draftIssues(draft);
    setIssues(found);
    if (found.length) {
      setFailure({ code: 'validation' });
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const input = draftToInput(draft);
      const saved = props.measure ? await call('measures.update', { id: props.measure.id, ...input }) : await call('measures.create', input);
      props.onSaved(saved);
    } catch (thrown) {
      const error = apiErrorOf(thrown);
      setFailure(error);
      setIssues(error.issues ?? []);
      setBusy(false);
    }
  };

  const rest = restIssues(issues);
  return (
    <Dialog
      open
      wide
      title={props.measure ? t('measuresUi.dialog.editTitle') : t('measuresUi.dialog.addTitle')}
      onClose={props.onClose}
      testId="measure-dialog"
      footer={<DialogButtons onCancel={props.onClose} busy={busy} confirm={{ label: busy ? t('state.saving') : t('action.save'), onClick: () => void save(), tone: 'primary', testId: 'measure-save' }} />}
    >
      <ErrorNotice error={failure} issues={rest} testId="measure-dialog-error" />
      <MeasureEditor draft={draft} onChange={change} units={props.units} framework={props.framework} issues={issues} idPrefix="measure" />
    </Dialog>
  );
}
