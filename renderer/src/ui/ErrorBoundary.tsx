import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy';

/** The text copied for IT staff: what failed and where. Never shown on screen. */
function reportOf(error: unknown, extra = ''): string {
  const err = error instanceof Error ? error : new Error(String(error));
  return [`ITA Desk error: ${err.name}: ${err.message}`, `time: ${new Date().toISOString()}`, `page: ${location.hash || '#'}`, err.stack ?? '', extra].filter(Boolean).join('\n');
}

/** The panel shown instead of a broken screen: a plain translated message and "copy error". */
export function ErrorPanel({ report, onRetry }: { report: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="error-panel" role="alert" data-testid="error-panel">
      <h2>{t('shell.errorTitle')}</h2>
      <p>{t('error.internal')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void copyText(report).then(setCopied)}>
          {t('action.copyError')}
        </button>
        {onRetry && (
          <button type="button" className="primary" onClick={onRetry}>
            {t('action.retry')}
          </button>
        )}
      </div>
      {copied && <p className="field-hint">{t('shell.errorCopied')}</p>}
    </div>
  );
}

interface State {
  report: string | null;
}

/** Catches render errors of the subtree; "try again" re-mounts it. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { report: null };

  static getDerivedStateFromError(error: unknown): State {
    return { report: reportOf(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ report: reportOf(error, info.componentStack ?? '') });
    console.error('[ita-desk] render error', error);
  }

  override render() {
    if (this.state.report !== null) return <ErrorPanel report={this.state.report} onRetry={() => this.setState({ report: null })} />;
    return this.props.children;
  }
}

/** Errors outside rendering (a failed promise nobody handled): a banner with the same message. */
export function UnhandledErrorBanner() {
  const { t } = useTranslation();
  const [report, setReport] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => setReport(reportOf(event.reason));
    const onError = (event: ErrorEvent) => setReport(reportOf(event.error ?? event.message));
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, []);
  if (report === null) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner">
      <span>{t('error.internal')}</span>
      <button type="button" onClick={() => void copyText(report).then(setCopied)}>
        {copied ? t('shell.errorCopied') : t('action.copyError')}
      </button>
      <button type="button" onClick={() => setReport(null)}>
        {t('action.close')}
      </button>
    </div>
  );
}
