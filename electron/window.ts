import { BrowserWindow, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

/** The app's own pages; everything else is refused. */
const isAppUrl = (url: string, indexUrl: string) => new URL(url).href.split('#')[0] === new URL(indexUrl).href.split('#')[0];

function guard(contents: WebContents, indexUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Only plain web links leave the app, and only to the system browser.
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') void shell.openExternal(parsed.href);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, indexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every window of ITA Desk is built here: isolated, sandboxed, no Node, strict CSP, no escapes. */
export function createMainWindow(rendererDir: string, preload: string): BrowserWindow {
  const indexFile = path.join(rendererDir, 'index.html');
  const indexUrl = `file://${indexFile.replace(/\\/g, '/')}`;
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'ITA Desk',
    webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
  });
  guard(window.webContents, indexUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(indexFile);
  return window;
}
