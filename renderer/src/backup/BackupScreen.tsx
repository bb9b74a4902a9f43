import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupListing, BackupProgress, BackupSettings, Drive, RestorePreview } from '../../../shared/api/backup';
import { call } from '../api';
import { useApp } from '../appContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorNotice } from '../ui/errors';
import { useLoad } from '../ui/useLoad';
import { failureOf, formatBytes, formatDateTime, type Failure } from './format';

const loadStatus = () => call('backup.status', {});

/** Runs a long backup operation while polling its progress for the progress bar. */
function useOperation() {
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      call('backup.progress', {})
        .then((p) => setProgress(p))
        .catch(() => undefined);
    }, 250);
    return () => clearInterval(timer);
  }, [running]);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setProgress(null);
    setRunning(true);
    try {
      return await work();
    } finally {
      setRunning(false);
      setProgress(null);
    }
  }, []);
  return { running, progress, run };
}

function ProgressBar({ progress, running }: { progress: BackupProgress | null; running: boolean }) {
  const { t } = useTranslation();
  if (!running) return null;
  return (
    <div className="backup-progress" data-testid="backup-progress">
      <label>
        {progress ? t(`backup.progress.${progress.phase}`) : t('state.loading')}
        <progress max={1} value={progress?.fraction ?? 0} aria-label={t('backup.progress.label')} />
      </label>
    </div>
  );
}

/** "Choose…": the system's file or folder chooser, in the desktop app only (browser mode types the path). */
function PickButton({ kind, canPick, onPick }: { kind: 'folder' | 'file'; canPick: boolean; onPick: (path: string) => void }) {
  const { t } = useTranslation();
  if (!canPick) return null;
  const pick = async () => {
    const chosen = await call('backup.pick', { kind }).catch(() => null);
    if (chosen) onPick(chosen);
  };
  return (
    <button type="button" onClick={() => void pick()}>
      {kind === 'folder' ? t('backup.pick.folder') : t('backup.pick.file')}
    </button>
  );
}

function BackupNow({ localDir, canPick, onDone }: { localDir: string; canPick: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [target, setTarget] = useState('');
  const [drives, setDrives] = useState<Drive[] | null>(null);
  const [failure, setFailure] = useState<Failure>();
  const [done, setDone] = useState<string>();
  const { running, progress, run } = useOperation();
  const findDrives = useCallback(() => {
    setDrives(null);
    call('backup.drives', {})
      .then(setDrives)
      .catch(() => setDrives([]));
  }, []);
  useEffect(findDrives, [findDrives]);

  const start = async () => {
    setFailure(undefined);
    setDone(undefined);
    try {
      const result = await run(() => call('backup.create', { targetDir: target }));
      setDone(result.file);
      notify(t('backup.now.done', { file: result.file }));
      onDone();
    } catch (thrown) {
      setFailure(failureOf(thrown));
    }
  };

  return (
    <section className="card" aria-labelledby="backup-now-title">
      <h2 id="backup-now-title">{t('backup.now.title')}</h2>
      <div className="field">
        <label htmlFor="backup-target">{t('backup.now.target')}</label>
        <input id="backup-target" type="text" value={target} onChange={(e) => setTarget(e.target.value)} aria-describedby="backup-target-hint" />
        <PickButton kind="folder" canPick={canPick} onPick={setTarget} />
        <p className="field-hint" id="backup-target-hint">
          {t('backup.now.targetHint')}
        </p>
      </div>
      <h3>{t('backup.now.drives')}</h3>
      {drives === null ? (
        <p className="muted">{t('state.loading')}</p>
      ) : drives.length === 0 ? (
        <p className="muted">{t('backup.now.noDrives')}</p>
      ) : (
        <ul className="drive-list">
          {drives.map((d) => (
            <li key={d.mount}>
              <button type="button" onClick={() => setTarget(d.mount)} aria-pressed={target === d.mount}>
                {d.label} ({d.mount}) · {t('backup.now.free', { free: formatBytes(d.free), size: formatBytes(d.size) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" onClick={findDrives}>
          {t('backup.now.refreshDrives')}
        </button>
        <button type="button" onClick={() => setTarget(localDir)}>
          {t('backup.now.useLocal')}
        </button>
        <button type="button" className="primary" disabled={running || !target.trim()} onClick={() => void start()} data-testid="backup-start">
          {t('backup.now.start')}
        </button>
      </div>
      <ProgressBar progress={progress} running={running} />
      <ErrorNotice error={failure?.error} issues={failure?.issues} testId="backup-error" />
      {done && (
        <p className="notice" role="status" data-testid="backup-done">
          {t('backup.now.done', { file: done })}
        </p>
      )}
    </section>
  );
}

function PreviewDialog({ preview, onClose, onRestored }: { preview: RestorePreview; onClose: () => void; onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const { refresh, notify } = useApp();
  const [failure, setFailure] = useState<Failure>();
  const { running, progress, run } = useOperation();
  const { manifest } = preview;
  // Tables with records on either side, by their translated names (a table of a newer feature shows its own name).
  const tables = [...new Set([...Object.keys(manifest.counts), ...Object.keys(preview.current.counts)])]
    .filter((n) => n !== 'setting' && ((manifest.counts[n] ?? 0) > 0 || (preview.current.counts[n] ?? 0) > 0))
    .sort();
  const restore = async () => {
    setFailure(undefined);
    try {
      const result = await run(() => call('backup.restore', { file: preview.file }));
      await refresh();
      notify(t('backup.preview.restored', { organization: result.organization ?? '—' }));
      onRestored();
    } catch (thrown) {
      setFailure(failureOf(thrown));
    }
  };
  return (
    <ConfirmDialog
      wide
      title={t('backup.preview.title')}
      onClose={onClose}
      testId="restore-preview"
      busy={running}
      confirm={{ label: t('backup.preview.confirm'), onClick: () => void restore(), tone: 'primary', testId: 'restore-confirm' }}
    >
      <p className="warning">{t('backup.preview.warning')}</p>
      <dl className="facts">
        <dt>{t('backup.preview.organization')}</dt>
        <dd data-testid="preview-organization">{manifest.organization ?? t('state.none')}</dd>
        <dt>{t('backup.preview.createdAt')}</dt>
        <dd>{formatDateTime(manifest.createdAt, i18n.language)}</dd>
        <dt>{t('backup.preview.appVersion')}</dt>
        <dd>{manifest.appVersion}</dd>
        <dt>{t('backup.preview.schemaVersion')}</dt>
        <dd>{manifest.schemaVersion}</dd>
        <dt>{t('backup.preview.fiscalYears')}</dt>
        <dd>{manifest.fiscalYears.length ? manifest.fiscalYears.join(', ') : t('backup.preview.noFiscalYears')}</dd>
      </dl>
      {preview.willMigrate && <p className="notice">{t('backup.preview.willMigrate')}</p>}
      <table className="table">
        <caption>{t('backup.preview.counts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.preview.table')}</th>
            <th scope="col">{t('backup.preview.inBackup')}</th>
            <th scope="col">{t('backup.preview.current')}</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((name) => (
            <tr key={name} data-testid={`count-${name}`}>
              <th scope="row">{t(`backup.table.${name}`, { defaultValue: name })}</th>
              <td>{manifest.counts[name] ?? '—'}</td>
              <td>{preview.current.counts[name] ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProgressBar progress={progress} running={running} />
      <ErrorNotice error={failure?.error} issues={failure?.issues} testId="restore-error" />
    </ConfirmDialog>
  );
}

function BackupList({ localDir, canPick, version, onPreview }: { localDir: string; canPick: boolean; version: number; onPreview: (p: RestorePreview) => void }) {
  const { t, i18n } = useTranslation();
  const [dir, setDir] = useState(localDir);
  const [file, setFile] = useState('');
  const [list, setList] = useState<BackupListing[] | null>(null);
  const [failure, setFailure] = useState<Failure>();
  const [verified, setVerified] = useState<string>();
  const { running, progress, run } = useOperation();

  const [shown, setShown] = useState(localDir);
  const show = useCallback(async (folder: string, quiet = false) => {
    setFailure(undefined);
    setShown(folder);
    try {
      setList(await call('backup.list', { dir: folder }));
    } catch (thrown) {
      setList(null);
      if (!quiet) setFailure(failureOf(thrown));
    }
  }, []);
  // After a backup or restore the folder on show is listed again; the local folder may not exist yet.
  useEffect(() => {
    void show(shown, shown === localDir);
  }, [version]);

  const verify = async (path: string) => {
    setFailure(undefined);
    setVerified(undefined);
    try {
      await run(() => call('backup.verify', { file: path }));
      setVerified(path);
    } catch (thrown) {
      setFailure(failureOf(thrown));
    }
  };
  const inspect = async (path: string) => {
    setFailure(undefined);
    setVerified(undefined);
    try {
      onPreview(await run(() => call('backup.inspect', { file: path })));
    } catch (thrown) {
      setFailure(failureOf(thrown));
    }
  };

  return (
    <section className="card" aria-labelledby="backup-list-title">
      <h2 id="backup-list-title">{t('backup.list.title')}</h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="backup-dir">{t('backup.list.dir')}</label>
          <input id="backup-dir" type="text" value={dir} onChange={(e) => setDir(e.target.value)} />
        </div>
        <PickButton
          kind="folder"
          canPick={canPick}
          onPick={(chosen) => {
            setDir(chosen);
            void show(chosen);
          }}
        />
        <button type="button" onClick={() => void show(dir)} data-testid="backup-list-show">
          {t('backup.list.show')}
        </button>
      </div>
      {list && list.length === 0 && <p className="empty">{t('backup.list.empty')}</p>}
      {list && list.length > 0 && (
        <table className="table" data-testid="backup-list">
          <thead>
            <tr>
              <th scope="col">{t('backup.list.file')}</th>
              <th scope="col">{t('backup.list.createdAt')}</th>
              <th scope="col">{t('backup.list.organization')}</th>
              <th scope="col">{t('backup.list.size')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.map((item) => (
              <tr key={item.file}>
                <td>
                  {item.name}
                  {item.manifest && <span className="muted"> · {item.manifest.kind === 'auto' ? t('backup.list.kindAuto') : t('backup.list.kindManual')}</span>}
                </td>
                <td>{item.manifest ? formatDateTime(item.manifest.createdAt, i18n.language) : '—'}</td>
                <td>{item.manifest ? (item.manifest.organization ?? t('state.none')) : <span className="field-error">{t(item.problem ?? 'backup.list.unreadable', { file: item.name, code: '' })}</span>}</td>
                <td>{formatBytes(item.bytes)}</td>
                <td className="row-actions">
                  <button type="button" disabled={running} onClick={() => void verify(item.file)}>
                    {t('backup.list.verify')}
                  </button>
                  <button type="button" disabled={running || !item.manifest} onClick={() => void inspect(item.file)}>
                    {t('backup.list.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="toolbar">
        <div className="field">
          <label htmlFor="backup-file">{t('backup.file.label')}</label>
          <input id="backup-file" type="text" value={file} onChange={(e) => setFile(e.target.value)} />
        </div>
        <PickButton kind="file" canPick={canPick} onPick={setFile} />
        <button type="button" disabled={running || !file.trim()} onClick={() => void inspect(file)} data-testid="backup-file-open">
          {t('backup.file.open')}
        </button>
      </div>
      <ProgressBar progress={progress} running={running} />
      <ErrorNotice error={failure?.error} issues={failure?.issues} testId="backup-list-error" />
      {verified && (
        <p className="notice" role="status" data-testid="backup-verified">
          {t('backup.list.verified')}
        </p>
      )}
    </section>
  );
}

function UndoRestore({ undo, onDone }: { undo: { restoredFrom: string; restoredAt: string }; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { refresh, notify } = useApp();
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);
  const undoIt = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await call('backup.undoRestore', {});
      await refresh();
      notify(t('backup.undo.done'));
      onDone();
    } catch (thrown) {
      setFailure(failureOf(thrown));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card warning" aria-labelledby="undo-title" data-testid="undo-card">
      <h2 id="undo-title">{t('backup.undo.title')}</h2>
      <p>{t('backup.undo.info', { file: undo.restoredFrom, at: formatDateTime(undo.restoredAt, i18n.language) })}</p>
      <button type="button" disabled={busy} onClick={() => void undoIt()} data-testid="undo-restore">
        {t('backup.undo.action')}
      </button>
      <ErrorNotice error={failure?.error} issues={failure?.issues} />
    </section>
  );
}

function AutoSettings({ settings, localDir, canPick, onSaved }: { settings: BackupSettings; localDir: string; canPick: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [auto, setAuto] = useState(settings.auto);
  const [usb, setUsb] = useState(settings.usbTarget ?? '');
  const [days, setDays] = useState(String(settings.warnAfterDays));
  const [failure, setFailure] = useState<Failure>();
  const save = async () => {
    setFailure(undefined);
    try {
      await call('backup.saveSettings', { auto, usbTarget: usb.trim() ? usb.trim() : null, warnAfterDays: Number(days) });
      notify(t('backup.settings.saved'));
      onSaved();
    } catch (thrown) {
      setFailure(failureOf(thrown));
    }
  };
  return (
    <section className="card" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">{t('backup.settings.title')}</h2>
      <label className="check">
        <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
        <span>{t('backup.settings.auto')}</span>
      </label>
      <p className="field-hint">{t('backup.settings.localDir', { dir: localDir })}</p>
      <div className="field">
        <label htmlFor="backup-usb">{t('backup.settings.usbTarget')}</label>
        <input id="backup-usb" type="text" value={usb} onChange={(e) => setUsb(e.target.value)} />
        <PickButton kind="folder" canPick={canPick} onPick={setUsb} />
      </div>
      <div className="field">
        <label htmlFor="backup-days">{t('backup.settings.warnAfterDays')}</label>
        <input id="backup-days" type="text" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
      </div>
      <ErrorNotice error={failure?.error} issues={failure?.issues} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void save()} data-testid="backup-settings-save">
          {t('action.save')}
        </button>
      </div>
    </section>
  );
}

/** Back up now, the backups of a folder, verify, restore with a preview, undo, automatic backups. */
export function BackupScreen() {
  const { t } = useTranslation();
  const { data: status, error, reload } = useLoad(loadStatus);
  const [version, setVersion] = useState(0);
  const [preview, setPreview] = useState<RestorePreview>();
  const changed = () => {
    setVersion((v) => v + 1);
    void reload();
  };
  return (
    <div className="screen">
      <h1>{t('backup.title')}</h1>
      <p className="lead">{t('backup.intro')}</p>
      <ErrorNotice error={error} />
      {status?.undo && <UndoRestore undo={status.undo} onDone={changed} />}
      {status && <BackupNow localDir={status.localDir} canPick={status.canPick} onDone={changed} />}
      {status && <BackupList localDir={status.localDir} canPick={status.canPick} version={version} onPreview={setPreview} />}
      {status && <AutoSettings settings={status.settings} localDir={status.localDir} canPick={status.canPick} onSaved={changed} />}
      {preview && (
        <PreviewDialog
          preview={preview}
          onClose={() => setPreview(undefined)}
          onRestored={() => {
            setPreview(undefined);
            changed();
          }}
        />
      )}
    </div>
  );
}
