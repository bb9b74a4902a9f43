import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { externalLinkTarget, focusExistingWindow, indexUrlFor, isAllowedNavigation, SECURE_WEB_PREFERENCES } from '../../../electron/windowPolicy';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const INDEX_URL = indexUrlFor('/opt/ITA Desk/resources/app.asar/dist/renderer/index.html');

/** The directives of a CSP string, as a map of name → sources. */
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));

describe('Electron window security', () => {
  it('webPreferences: isolated, sandboxed, no Node anywhere, no webviews', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('window.ts builds its window from these preferences (and sets none of its own)', () => {
    const source = fs.readFileSync(path.join(ROOT, 'electron/window.ts'), 'utf8');
    expect(source).toMatch(/webPreferences:\s*\{\s*\.\.\.SECURE_WEB_PREFERENCES,\s*preload\s*\}/);
    expect(source).toContain('isAllowedNavigation(url, indexUrl)');
    expect(source).toContain('externalLinkTarget(url)');
    expect(source).toMatch(/action:\s*'deny'/);
    expect(source).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false/);
  });

  it('the index URL is a proper file URL, also for Windows paths', () => {
    expect(INDEX_URL).toBe('file:///opt/ITA%20Desk/resources/app.asar/dist/renderer/index.html');
    expect(isAllowedNavigation(INDEX_URL, INDEX_URL)).toBe(true);
  });

  it('navigation stays on the app page (a #hash at most); everything else is refused', () => {
    expect(isAllowedNavigation(`${INDEX_URL}#/units`, INDEX_URL)).toBe(true);
    for (const away of [
      'https://example.org/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'file:///opt/ITA%20Desk/resources/app.asar/dist/renderer/other.html',
      `${INDEX_URL}?x=1`,
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(away, INDEX_URL), away).toBe(false);
    }
  });

  it('only plain http(s) links are opened, in the system browser; nothing else leaves the app', () => {
    expect(externalLinkTarget('https://itas.nacc.go.th/')).toBe('https://itas.nacc.go.th/');
    expect(externalLinkTarget('http://www.example.go.th/page?q=1')).toBe('http://www.example.go.th/page?q=1');
    for (const refused of [
      'file:///C:/Windows/System32/cmd.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'data:text/html,hi',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox',
      'mailto:a@b.c',
      'https://user:pass@example.org/',
      'not a url',
      '',
    ]) {
      expect(externalLinkTarget(refused), refused).toBeNull();
    }
  });

  it('a second launch restores and focuses the existing window', () => {
    const window = { isDestroyed: vi.fn(() => false), isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(focusExistingWindow(window)).toBe(true);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    window.isMinimized.mockReturnValue(false);
    focusExistingWindow(window);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledTimes(2);
    expect(focusExistingWindow(undefined)).toBe(false);
    expect(focusExistingWindow({ ...window, isDestroyed: () => true })).toBe(false);
    expect(fs.readFileSync(path.join(ROOT, 'electron/main.ts'), 'utf8')).toMatch(/'second-instance',[\s\S]{0,80}focusExistingWindow\(mainWindow\)/);
  });

  it('windowPolicy stays free of Electron, so that it is testable without the binary', () => {
    expect(fs.readFileSync(path.join(ROOT, 'electron/windowPolicy.ts'), 'utf8')).not.toMatch(/from 'electron'|require\('electron'\)/);
  });
});

describe('Content Security Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('has no eval, no remote hosts, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|\/\//);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of csp) for (const source of sources) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('the built renderer (vite build, as npm test runs first) carries it in a meta tag, and loads nothing remote', () => {
    const index = path.join(ROOT, 'dist/renderer/index.html');
    expect(fs.existsSync(index), 'dist/renderer/index.html is missing: run `npx vite build` first (npm test does)').toBe(true);
    const html = fs.readFileSync(index, 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    // The meta tag comes before any script or stylesheet, so it covers them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link/));
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // Fonts are bundled, not fetched from the web.
    const assets = fs.readdirSync(path.join(ROOT, 'dist/renderer/assets'));
    expect(assets.some((f) => /sarabun.*\.woff2$/i.test(f))).toBe(true);
    for (const css of assets.filter((f) => f.endsWith('.css'))) expect(fs.readFileSync(path.join(ROOT, 'dist/renderer/assets', css), 'utf8')).not.toMatch(/url\((["']?)https?:/);
  });
});
