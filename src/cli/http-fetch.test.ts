import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch } from './http-fetch.ts';

const received: { method: string; headers: IncomingMessage['headers']; body: string }[] = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ method: request.method ?? '', headers: request.headers, body });
    response.writeHead(request.method === 'DELETE' ? 204 : 200, { 'content-type': 'application/json' });
    response.end(request.method === 'DELETE' ? undefined : JSON.stringify({ ok: true, body }));
  });
});
let base: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the CLI's fetch on node:http", () => {
  it('sends a method, headers and a body (a DELETE too), and reads the answer', async () => {
    const posted = await httpFetch(`${base}/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ name: 'ü' }),
    });
    expect(posted.ok).toBe(true);
    expect(posted.headers.get('Content-Type')).toBe('application/json');
    expect(await posted.json()).toEqual({ ok: true, body: '{"name":"ü"}' });
    const deleted = await httpFetch(`${base}/things/1`, {
      method: 'DELETE',
      body: JSON.stringify({ why: 'x' }),
    });
    expect(deleted.status).toBe(204);
    expect(received.map((r) => [r.method, r.body, r.headers.authorization ?? null])).toEqual([
      ['POST', '{"name":"ü"}', 'Bearer t'],
      ['DELETE', '{"why":"x"}', null],
    ]);
    // No socket is kept open after the answer: a command ends when its work does.
    expect(received.every((r) => r.headers.connection === 'close')).toBe(true);
  });

  it('says which server it could not reach', async () => {
    await expect(httpFetch('http://127.0.0.1:1/x')).rejects.toThrow(
      'cannot reach http://127.0.0.1:1: ECONNREFUSED',
    );
  });
});
