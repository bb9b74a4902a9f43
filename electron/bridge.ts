import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import type { AppContext } from './services/context';
import { dispatch } from './services/dispatch';
import { handlers } from './services/handlers';

/**
 * The localhost bridge: the same API as the preload, served over HTTP from the same services, so
 * the real renderer runs in an ordinary browser for development and end-to-end tests. It binds to
 * 127.0.0.1 only, refuses other hosts (DNS rebinding) and cross-origin calls, and is never started
 * by the packaged app.
 */
const MAX_BODY = 64 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.ico': 'image/x-icon',
};

export type Fallback = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(root: string): Fallback {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const wanted = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    // Inside the folder only: `root + sep`, so that a sibling such as `<root>-secret` is not inside.
    const file = wanted.startsWith(root + path.sep) && fs.existsSync(wanted) && fs.statSync(wanted).isFile() ? wanted : path.join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' });
    fs.createReadStream(file).pipe(res);
  };
}

export interface Bridge {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

export async function startBridge(ctx: AppContext, options: { port?: number; staticDir?: string; fallback?: Fallback }): Promise<Bridge> {
  const fallback = options.fallback ?? (options.staticDir ? serveStatic(path.resolve(options.staticDir)) : undefined);
  let origin = '';
  const server = http.createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    if (host !== origin.slice('http://'.length) && !/^localhost:\d+$/.test(host)) {
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      const sameOrigin = req.headers.origin === undefined || req.headers.origin === origin || req.headers.origin === `http://${host}`;
      if (req.method !== 'POST' || !sameOrigin || !String(req.headers['content-type']).startsWith('application/json')) {
        res.writeHead(403).end();
        return;
      }
      let input: unknown;
      try {
        input = JSON.parse(await readBody(req));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: { code: 'validation' } }));
        return;
      }
      const result = await dispatch(ctx, handlers, url.pathname.slice('/api/'.length), input);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
      return;
    }
    if (fallback) fallback(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
