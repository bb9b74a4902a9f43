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
 * A dialog that asks before something is done: Cancel, then the button that does it. `confirm:
 * null` offers Cancel alone (nothing may be done; `cancelLabel` can say Close). While `busy`,
 * both buttons are disabled.
 */
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
  const { t } = useTranslation();
  const { confirm, busy } = props;
  return (
    <Dialog
      open
      wide={props.wide}
      title={props.title}
      onClose={props.onClose}
      testId={props.testId}
      footer={
        <>
          <button type="button" onClick={props.onClose} disabled={busy}>
            {props.cancelLabel ?? t('action.cancel')}
          </button>
          {confirm && (
            <button type="button" className={confirm.tone} onClick={confirm.onClick} disabled={busy} data-testid={confirm.testId}>
              {confirm.label}
            </button>
          )}
        </>
      }
    >
      {props.children}
    </Dialog>
  );
}
