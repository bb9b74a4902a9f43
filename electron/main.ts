import { app, dialog, ipcMain } from 'electron';
import path from 'node:path';
import { CHANNEL_NAMES } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { translate } from '../shared/i18n';
import { resolveDataDir } from './dataDir';
import { closeAppContext, openAppContext, type AppContext } from './services/context';
import { dispatch } from './services/dispatch';
import { handlers } from './services/handlers';
import { createMainWindow } from './window';

/** The Electron shell: open the database, serve the API over IPC, show one secure window. */
let ctx: AppContext | undefined;

function fail(error: unknown): never {
  const code = error instanceof AppError ? error.code : 'internal';
  const params = error instanceof AppError ? error.details.params : undefined;
  dialog.showErrorBox('ITA Desk', `${translate('th', `error.${code}`, params)}\n\n${translate('en', `error.${code}`, params)}`);
  app.exit(1);
  throw error;
}

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(() => {
  try {
    ctx = openAppContext(resolveDataDir(process.argv, process.env, () => app.getPath('userData')));
  } catch (error) {
    fail(error);
  }
  const rendererUrl = (url: string) => url.startsWith('file://');
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`api:${channel}`, (event, input) => {
      if (!ctx || !rendererUrl(event.senderFrame?.url ?? '')) return { ok: false, error: { code: 'internal' } };
      return dispatch(ctx, handlers, channel, input);
    });
  }
  createMainWindow(path.join(__dirname, '..', 'renderer'), path.join(__dirname, 'preload.cjs'));
});

app.on('second-instance', () => {
  // A second launch focuses the running window instead of opening the database twice.
});
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  if (ctx) closeAppContext(ctx);
});
process.on('uncaughtException', fail);
