import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../electron/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import { call, freshContext, ok, ORGANIZATION, tempDir } from './helpers';

let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so that the Host and Origin headers are exactly what a test says. */
function request(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  request(bridge!.url, { method: 'POST', path: `/api/${channel}`, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });

describe('localhost bridge', () => {
  it('listens on 127.0.0.1 only', async () => {
    bridge = await startBridge(freshContext(), {});
    const address = bridge.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(bridge.url).toBe(`http://127.0.0.1:${address.port}`);
  });

  it('serves the same results as dispatch, for successes and for errors', async () => {
    const ctx = freshContext();
    bridge = await startBridge(ctx, {});
    await ok(ctx, 'setup.complete', { organization: ORGANIZATION, units: [{ name: 'กองคลัง', sections: ['ฝ่ายพัฒนารายได้'] }] });
    const cases: [string, unknown][] = [
      ['app.info', {}],
      ['organization.get', {}],
      ['units.list', {}],
      ['units.create', { name: 'กองคลัง', parentId: null }],
      ['people.create', { title: '', firstName: '', lastName: '', position: 'x', unitId: 999, role: 'staff' }],
      ['no.such.channel', {}],
      ['units.list', 'not an object'],
    ];
    for (const [channel, input] of cases) {
      const reply = await post(channel, input);
      expect(reply.status, channel).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(reply.body), channel).toEqual(await call(ctx, channel, input));
    }
    // A write through the bridge lands in the same database the services use.
    const created = JSON.parse((await post('units.create', { name: 'กองช่าง', parentId: null })).body);
    expect(created.ok).toBe(true);
    expect((await ok(ctx, 'units.list', {})).map((u) => u.name)).toContain('กองช่าง');
  });

  it('accepts localhost as well as 127.0.0.1 in the Host header', async () => {
    bridge = await startBridge(freshContext(), {});
    const port = new URL(bridge.url).port;
    expect((await post('app.info', {}, { host: `localhost:${port}` })).status).toBe(200);
    expect((await post('app.info', {}, { host: `127.0.0.1:${port}` })).status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:80', '127.0.0.1.evil.example', 'localhost.evil.example:1234', '127.0.0.1'])(
    'refuses a foreign Host header (%s): DNS rebinding',
    async (host) => {
      const ctx = freshContext();
      bridge = await startBridge(ctx, { staticDir: tempDir() });
      expect((await post('units.create', { name: 'แฮก', parentId: null }, { host })).status).toBe(403);
      expect((await request(bridge.url, { path: '/', headers: { host } })).status).toBe(403);
      expect(await ok(ctx, 'units.list', {})).toEqual([]);
    },
  );

  it('refuses a request without a Host header', async () => {
    bridge = await startBridge(freshContext(), {});
    const { port } = bridge.server.address() as AddressInfo;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.\d 403/);
  });

  it('refuses a cross-origin POST, a GET, and a non-JSON body (a plain form post)', async () => {
    const ctx = freshContext();
    bridge = await startBridge(ctx, {});
    const input = { name: 'แฮก', parentId: null };
    expect((await post('units.create', input, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('units.create', input, { origin: 'null' })).status).toBe(403);
    expect((await post('units.create', input, { origin: `http://127.0.0.1:1` })).status).toBe(403);
    expect((await request(bridge.url, { path: '/api/units.list' })).status).toBe(403);
    expect((await request(bridge.url, { method: 'POST', path: '/api/units.create', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(input) })).status).toBe(403);
    expect((await request(bridge.url, { method: 'POST', path: '/api/units.create', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=x' })).status).toBe(403);
    expect(await ok(ctx, 'units.list', {})).toEqual([]);
    // The page's own origin is allowed.
    expect((await post('units.create', input, { origin: bridge.url })).status).toBe(200);
  });

  it('answers a body that is not JSON with a validation error, not a crash', async () => {
    bridge = await startBridge(freshContext(), {});
    const reply = await request(bridge.url, { method: 'POST', path: '/api/units.list', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'validation' } });
  });

  it('serves the renderer files with the CSP header, and never a file outside its folder', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>index</title>');
    fs.writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret');
    bridge = await startBridge(freshContext(), { staticDir: root });
    const js = await request(bridge.url, { path: '/app.js' });
    expect(js).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(js.headers['content-type']).toBe('text/javascript');
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    for (const escape of [`/../${path.basename(root)}-secret.txt`, `/%2e%2e/${path.basename(root)}-secret.txt`, '/..%2f..%2fetc%2fpasswd', `/..%2f${path.basename(root)}-secret.txt`]) {
      const reply = await request(bridge.url, { path: escape });
      expect(reply.body, escape).not.toContain('secret');
      expect(reply.body, escape).not.toContain('root:');
    }
    // Unknown paths fall back to the app (a single-page app).
    expect((await request(bridge.url, { path: '/units' })).body).toContain('<title>index</title>');
    fs.rmSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`));
  });
});
