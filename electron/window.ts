import { BrowserWindow, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { externalLinkTarget, indexUrlFor, isAllowedNavigation, SECURE_WEB_PREFERENCES } from './windowPolicy';

function guard(contents: WebContents, indexUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Only plain web links leave the app, and only to the system browser.
    const external = externalLinkTarget(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, indexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, indexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every window of ITA Desk is built here: isolated, sandboxed, no Node, strict CSP, no escapes. */
export function createMainWindow(rendererDir: string, preload: string): BrowserWindow {
  const indexFile = path.join(rendererDir, 'index.html');
  const indexUrl = indexUrlFor(indexFile);
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
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  });
  guard(window.webContents, indexUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(indexFile);
  return window;
}
