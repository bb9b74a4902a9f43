import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { base64ToBlob } from '../ui/download';

/**
 * Shows the generated .docx itself (not an HTML imitation of it): the very bytes that export
 * writes, laid out page by page by docx-preview inside the app.
 */
export function DocxPreview({ base64 }: { base64: string }) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const styles = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'rendering' | 'done' | 'failed'>('rendering');

  useEffect(() => {
    const container = body.current;
    if (!container || !styles.current) return;
    let cancelled = false;
    setState('rendering');
    container.replaceChildren();
    renderAsync(base64ToBlob(base64), container, styles.current, {
      inWrapper: true,
      breakPages: true,
      renderHeaders: true,
      renderFooters: true,
      ignoreLastRenderedPageBreak: false,
      experimental: true,
      // Images as data: URLs, which the app's content security policy allows.
      useBase64URL: true,
    }).then(
      () => !cancelled && setState('done'),
      (error: unknown) => {
        console.error('[ita-desk] preview failed', error);
        if (!cancelled) setState('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [base64]);

  return (
    <div className="docx-preview" data-testid="docx-preview" data-state={state}>
      {state === 'rendering' && <p className="muted">{t('memos.previewLoading')}</p>}
      {state === 'failed' && <p className="notice notice-error">{t('memos.previewFailed')}</p>}
      <div ref={styles} />
      <div ref={body} lang="th" />
    </div>
  );
}
