import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, testPassword } from '../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { buildServer } from './server.ts';

/** What a production operator relies on: probes, logs, metrics, headers, compression, caching. */

let database: TestDatabase;
let app: FastifyInstance;
let webDir: string;
const logLines: Record<string, unknown>[] = [];
const metricsToken = 'a-metrics-token-of-some-length';
let jobsAlive = true;

beforeAll(async () => {
  database = await createTestDatabase();
  await buildWorld(database.db);
  webDir = `${mkdtempSync(join(tmpdir(), 'ordo-web-'))}/`;
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Ordo</title>');
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  writeFileSync(join(webDir, 'assets', 'app-Ab12Cd34.js'), script);
  writeFileSync(join(webDir, 'assets', 'app-Ab12Cd34.js.br'), brotliCompressSync(script));
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  app = await buildServer({
    database,
    webDir,
    logger: pino({ level: 'info' }, sink),
    metricsToken,
    background: { isAlive: () => jobsAlive },
  });
  app.get('/api/test-failure', { config: { action: null } }, async () => {
    throw new Error('a bug on our side');
  });
});
afterAll(async () => {
  await app.close();
  await database.drop();
  rmSync(webDir, { recursive: true, force: true });
});

describe('probes for load balancers', () => {
  it('answers liveness and readiness as JSON without a sign-in', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true }, jobs: { ok: true } },
    });
  });

  it('is not ready while the job runner is dead or a migration is pending', async () => {
    jobsAlive = false;
    const noJobs = await app.inject({ method: 'GET', url: '/api/ready' });
    jobsAlive = true;
    expect(noJobs.statusCode).toBe(503);
    expect(noJobs.json().checks.jobs).toEqual({ ok: false, detail: 'stopped or stuck' });

    const last = await database.db
      .selectFrom('ordo_migrations')
      .select('name')
      .orderBy('name', 'desc')
      .executeTakeFirstOrThrow();
    await database.db.deleteFrom('ordo_migrations').where('name', '=', last.name).execute();
    const pending = await app.inject({ method: 'GET', url: '/api/ready' });
    await database.db.insertInto('ordo_migrations').values({ name: last.name }).execute();
    expect(pending.statusCode).toBe(503);
    expect(pending.json().checks.migrations.detail).toContain(last.name);
  });

  it('never answers a probe path with the web app', async () => {
    for (const url of ['/healthz', '/readyz', '/health']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/json');
    }
  });
});

describe('logs', () => {
  it('writes one line per request with its id, the person, the route pattern, status and duration', async () => {
    const world = await database.db
      .selectFrom('people')
      .select(['id', 'email'])
      .where('is_admin', '=', true)
      .executeTakeFirstOrThrow();
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: world.email, password: testPassword },
    });
    const cookie = signIn.cookies.find((c) => c.name === 'ordo_session');
    const response = await app.inject({
      method: 'GET',
      url: '/api/items/PAY-999',
      headers: { cookie: `ordo_session=${cookie?.value}`, 'x-request-id': 'proxy-42' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-request-id']).toBe('proxy-42');
    const lines = logLines.filter((line) => line.reqId === 'proxy-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      method: 'GET',
      route: '/api/items/:itemKey',
      status: 404,
      person: world.id,
    });
    expect(lines[0]?.ms).toBeTypeOf('number');
  });

  it('makes up a request id when the one sent is not sensible', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\nwith a newline' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a 5xx with its stack, and answers without it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-failure' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('a bug on our side');
    const id = response.headers['x-request-id'];
    const lines = logLines.filter((line) => line.reqId === id);
    const stacks = lines.map((line) => (line.err as { stack?: string } | undefined)?.stack ?? '');
    expect(stacks.some((stack) => stack.includes('a bug on our side'))).toBe(true);
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ level: 50, status: 500 });
  });
});

describe('metrics', () => {
  it('asks for the token, then counts requests per route pattern and status', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    await app.inject({ method: 'GET', url: '/api/items/PAY-1' });
    const response = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toMatch(
      /ordo_http_requests_total\{method="GET",route="\/api\/items\/:itemKey",status="\d{3}"\} \d+/,
    );
    expect(text).toMatch(
      /ordo_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/items\/:itemKey"/,
    );
    expect(text).toMatch(/ordo_db_statement_duration_seconds_count\{outcome="ok"\} [1-9]/);
    expect(text).toMatch(/ordo_background_work_waiting\{kind="jobs"\} \d+/);
    expect(text).toMatch(/ordo_live_streams \d+/);
    expect(text).toMatch(/ordo_process_resident_memory_bytes \d+/);
  });

  it('are not served at all without a token', async () => {
    const plain = await buildServer({ database, webDir });
    try {
      const response = await plain.inject({ method: 'GET', url: '/metrics' });
      expect(response.statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('headers, compression and caching', () => {
  it('sends the security headers on pages and API answers alike', async () => {
    for (const url of ['/', '/api/health', '/p/PAY/backlog']) {
      const response = await app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS and upgrades requests when Ordo is served over https', async () => {
    const secure = await buildServer({ database, webDir, baseUrl: 'https://ordo.example.com' });
    try {
      const response = await secure.inject({ method: 'GET', url: '/api/health' });
      expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });

  it('compresses JSON for a client that accepts it', async () => {
    const openapi = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/openapi.json',
        headers: { 'accept-encoding': encoding },
      });
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.rawPayload.length).toBeLessThan(openapi.rawPayload.length / 3);
      expect(JSON.parse(decode(response.rawPayload).toString())).toEqual(openapi.json());
    }
  });

  it('keeps hashed assets a year, sends their compressed copy, and has index.html checked each time', async () => {
    const asset = await app.inject({
      method: 'GET',
      url: '/assets/app-Ab12Cd34.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toContain('console.log');
    for (const url of ['/', '/p/PAY/backlog']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });
});
