import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** The button that does what the dialog asks about: red (`danger`) for a delete or a replace. */
export interface ConfirmAction {
  label: string;
  onClick: () => void;
  tone: 'danger' | 'primary';
  testId?: string;
}

/**
 * The buttons at the foot of a dialog: Cancel, then the button that does what the dialog is for.
 * `confirm: null` offers Cancel alone (`cancelLabel` can say Close). While `busy`, both are disabled.
 */
export function DialogButtons(props: { onCancel: () => void; confirm: ConfirmAction | null; busy?: boolean; cancelLabel?: string }) {
  const { t } = useTranslation();
  const { confirm, busy } = props;
  return (
    <>
      <button type="button" onClick={props.onCancel} disabled={busy}>
        {props.cancelLabel ?? t('action.cancel')}
      </button>
      {confirm && (
        <button type="button" className={confirm.tone} onClick={confirm.onClick} disabled={busy} data-testid={confirm.testId}>
          {confirm.label}
        </button>
      )}
    </>
  );
}

/**
 * The foot of a form inside a dialog: Cancel, then Save, which submits the form and says "saving"
 * while it is submitted.
 */
export function FormDialogFooter(props: { onCancel: () => void; submitting: boolean; saveTestId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-footer">
      <button type="button" onClick={props.onCancel}>
        {t('action.cancel')}
      </button>
      <button type="submit" className="primary" disabled={props.submitting} data-testid={props.saveTestId}>
        {props.submitting ? t('state.saving') : t('action.save')}
      </button>
    </div>
  );
}

/** A dialog that asks before something is done, with `DialogButtons` at its foot. */
export function ConfirmDialog(props: {
  title: string;
  onClose: () => void;
  confirm: ConfirmAction | null;
  children: ReactNode;
  busy?: boolean;
  cancelLabel?: string;
  testId?: string;
  wide?: boolean;
}) {
  return (
    <Dialog
      open
      wide={props.wide}
      title={props.title}
      onClose={props.onClose}
      testId={props.testId}
      footer={<DialogButtons onCancel={props.onClose} confirm={props.confirm} busy={props.busy} cancelLabel={props.cancelLabel} />}
    >
      {props.children}
    </Dialog>
  );
}
