import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import path from 'node:path';
import { CHANNEL_NAMES } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { translate } from '../shared/i18n';
import { resolveDataDir } from './dataDir';
import { closeAppContext, openAppContext, type AppContext } from './services/context';
import { runAutoBackup, startAutoBackups } from './services/backup';
import { dispatch } from './services/dispatch';
import { handlers } from './services/handlers';
import { createMainWindow } from './window';
import { focusExistingWindow, indexUrlFor, isAppPage } from './windowPolicy';

/** The Electron shell: open the database, serve the API over IPC, show one secure window. */
let ctx: AppContext | undefined;
let mainWindow: BrowserWindow | undefined;
let stopAutoBackups: (() => void) | undefined;
let exitBackupDone = false;
/** The backup on exit may take a while on a slow USB drive, but never holds the app open forever. */
const EXIT_BACKUP_LIMIT_MS = 120_000;

function fail(error: unknown): never {
  const code = error instanceof AppError ? error.code : 'internal';
  const params = error instanceof AppError ? error.details.params : undefined;
  dialog.showErrorBox('ITA Desk', `${translate('th', `error.${code}`, params)}\n\n${translate('en', `error.${code}`, params)}`);
  app.exit(1);
  throw error;
}

function start(): void {
  app.whenReady().then(() => {
    try {
      ctx = openAppContext(resolveDataDir(process.argv, process.env, () => app.getPath('userData')));
    } catch (error) {
      fail(error);
    }
    const rendererDir = path.join(__dirname, '..', 'renderer');
    const indexUrl = indexUrlFor(path.join(rendererDir, 'index.html'));
    for (const channel of CHANNEL_NAMES) {
      ipcMain.handle(`api:${channel}`, (event, input) => {
        // Only the app's own page may call the API.
        if (!ctx || !isAppPage(event.senderFrame?.url ?? '', indexUrl)) return { ok: false, error: { code: 'internal' } };
        return dispatch(ctx, handlers, channel, input);
      });
    }
    // Automatic backups: daily (checked every half hour) and on exit (see 'before-quit').
    if (ctx) stopAutoBackups = startAutoBackups(ctx);
    mainWindow = createMainWindow(rendererDir, path.join(__dirname, 'preload.cjs'));
    if (ctx)
      ctx.pickPath = async (kind) => {
        const options: Electron.OpenDialogOptions = kind === 'folder'
          ? { properties: ['openDirectory', 'createDirectory'] }
          : { properties: ['openFile'], filters: [{ name: 'ITA Desk backup', extensions: ['itadesk'] }] };
        const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      };
    mainWindow.on('closed', () => (mainWindow = undefined));
  });

  // A second launch brings the running window back instead of opening the database twice.
  app.on('second-instance', () => {
    focusExistingWindow(mainWindow);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (exitBackupDone || !ctx) return;
    event.preventDefault();
    exitBackupDone = true;
    stopAutoBackups?.();
    const limit = new Promise((resolve) => setTimeout(resolve, EXIT_BACKUP_LIMIT_MS));
    void Promise.race([runAutoBackup(ctx, 'exit'), limit]).finally(() => app.quit());
  });
  app.on('will-quit', () => {
    if (ctx) closeAppContext(ctx);
  });
  process.on('uncaughtException', fail);
}

// One ITA Desk per user: a second copy hands over to the first (see 'second-instance') and quits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
