/**
 * The security rules of ITA Desk's windows as plain values and functions, kept apart from
 * `window.ts` (which needs the Electron binary) so that they can be tested anywhere.
 */
import { pathToFileURL } from 'node:url';

/** Isolated, sandboxed, no Node anywhere in the page, no webviews, no mixed content. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
});

/** The `file:` URL of the renderer's index page, as `loadFile` will load it (also right on Windows). */
export function indexUrlFor(indexFile: string): string {
  return pathToFileURL(indexFile).href;
}

const withoutHash = (url: string): string | undefined => {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
};

/**
 * The app has one page: a navigation is allowed only to that page (a change of `#hash` at most).
 * Anything else, including other local files, is cancelled.
 */
export function isAllowedNavigation(url: string, indexUrl: string): boolean {
  const target = withoutHash(url);
  return target !== undefined && target === withoutHash(indexUrl);
}

/** IPC is answered only for frames showing the app's own page. */
export const isAppPage = isAllowedNavigation;

/**
 * A link that asks for a new window never gets one; a plain web link (http or https) is handed to
 * the system browser instead. Returns the URL to open there, or null to just refuse.
 */
export function externalLinkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '') return parsed.href;
  } catch {
    /* not a URL at all */
  }
  return null;
}

/** What a second launch does with the window of the first: bring it back and to the front. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function focusExistingWindow(window: FocusableWindow | undefined): boolean {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}
