import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, testPassword } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { abuseLimits } from '../../domain/abuse-limits.ts';
import { buildServer } from '../server.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const signIn = (email: string, password: string, remoteAddress = '127.0.0.1', app = h.app) =>
  app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress });

describe('sign-in, sessions and tokens', () => {
  it('signs in with the right password only, and never stores a secret in clear', async () => {
    const owner = h.world.actors.owner;
    expect((await signIn(owner.email, 'wrong password')).statusCode).toBe(401);
    expect((await signIn('nobody@test.example', testPassword)).json().error.message).toBe(
      'The email or password is wrong',
    );
    const ok = await signIn(owner.email.toUpperCase(), testPassword);
    expect(ok.statusCode).toBe(200);
    const cookie = ok.cookies.find((c) => c.name === 'ordo_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const person = await h.database.db
      .selectFrom('people')
      .select('password_hash')
      .where('id', '=', owner.personId)
      .executeTakeFirstOrThrow();
    expect(person.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await h.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(cookie?.value);
  });

  it('ends a session at sign-out', async () => {
    const ok = await signIn(h.world.actors.editor.email, testPassword);
    const cookie = `ordo_session=${ok.cookies.find((c) => c.name === 'ordo_session')?.value}`;
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    const session = await h.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(session.json()).toEqual({
      me: {
        id: h.world.actors.editor.personId,
        name: h.world.actors.editor.name,
        email: h.world.actors.editor.email,
        isAdmin: false,
        mustSetUpTwoFactor: false,
      },
    });
    await h.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } });
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    // Whether anyone is signed in is answered without a 401, for the browser.
    const signedOut = await h.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(signedOut.statusCode).toBe(200);
    expect(signedOut.json()).toEqual({ me: null });
  });

  it('acts through an API token until it is revoked; the token is stored hashed', async () => {
    const created = await h.request('member', {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'script' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    const authorization = `Bearer ${token}`;
    const me = await h.app.inject({ method: 'GET', url: '/api/me', headers: { authorization } });
    expect(me.json().email).toBe(h.world.actors.member.email);
    const stored = await h.database.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    await h.request('member', { method: 'DELETE', url: `/api/tokens/${id}` });
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/me', headers: { authorization } })).statusCode,
    ).toBe(401);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Bearer nonsense' } }))
        .statusCode,
    ).toBe(401);
  });
});

describe('limits on failed sign-ins, kept in the database', () => {
  const perAccount = abuseLimits.signInAccount.max;
  const newAccount = () => buildPerson(h.database.db, h.world.actors.owner.workspaceId);

  it('locks an account after its failures: even the right password waits, other accounts do not', async () => {
    const { email } = await newAccount();
    for (let i = 0; i < perAccount; i++)
      expect((await signIn(email, `guess ${i}`, `198.51.100.${i}`)).statusCode).toBe(401);
    const locked = await signIn(email, testPassword, '198.51.100.200');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({
      code: 'rate_limited',
      message: 'Too many failed sign-ins to this account: try again in 15 minutes',
      details: { limit: 'sign-in-account' },
    });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect((await signIn(email.toUpperCase(), testPassword, '198.51.100.201')).statusCode).toBe(429);
    expect((await signIn(h.world.actors.stakeholder.email, testPassword, '198.51.100.200')).statusCode).toBe(
      200,
    );
  });

  it('forgets an account’s failures once its person signs in', async () => {
    const { email } = await newAccount();
    const address = '198.51.100.210';
    for (let i = 0; i < perAccount - 1; i++) await signIn(email, `guess ${i}`, address);
    expect((await signIn(email, testPassword, address)).statusCode).toBe(200);
    for (let i = 0; i < perAccount - 1; i++) await signIn(email, `typo ${i}`, `198.51.100.${211 + i}`);
    expect((await signIn(email, testPassword, address)).statusCode).toBe(200);
  });

  it('refuses an address that tries many accounts (password spraying), not the accounts', async () => {
    const accounts = await Promise.all(Array.from({ length: 30 }, newAccount));
    const sprayer = '203.0.113.66';
    const answers = [];
    for (const { email } of accounts) answers.push(await signIn(email, 'Summer2026!Summer', sprayer));
    const perAddress = abuseLimits.signInAddress.max;
    expect(answers.map((a) => a.statusCode)).toEqual([
      ...Array(perAddress).fill(401),
      ...Array(30 - perAddress).fill(429),
    ]);
    const refused = answers[29];
    expect(refused?.json().error.details.limit).toBe('sign-in-address');
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(accounts[0]?.email ?? '', testPassword, sprayer)).statusCode).toBe(429);
    expect((await signIn(accounts[0]?.email ?? '', testPassword, '203.0.113.67')).statusCode).toBe(200);
  });

  it('signs six people in from one address without counting a success', async () => {
    for (let round = 0; round < 5; round++)
      for (const actor of Object.values(h.world.actors).slice(0, 6))
        expect((await signIn(actor.email, testPassword, '203.0.113.80')).statusCode).toBe(200);
    const counted = await h.database.db
      .selectFrom('limit_counters')
      .select('key')
      .where('key', '=', `${abuseLimits.signInAddress.name}:203.0.113.80`)
      .execute();
    expect(counted).toEqual([]);
  });

  it('has a ceiling on failures from everyone together', async () => {
    const key = abuseLimits.signInEveryone.name;
    const full = { hits: abuseLimits.signInEveryone.max, resets_at: new Date(Date.now() + 60_000) };
    await h.database.db
      .insertInto('limit_counters')
      .values({ key, ...full })
      .onConflict((oc) => oc.column('key').doUpdateSet(full))
      .execute();
    try {
      const refused = await signIn(h.world.actors.viewer.email, testPassword, '203.0.113.90');
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.message).toBe('Too many failed sign-ins: try again in 1 minute');
    } finally {
      await h.database.db.deleteFrom('limit_counters').where('key', '=', key).execute();
    }
  });

  it('counts the failures of two instances on one database together', async () => {
    const other = await buildServer({ database: h.database, webDir: '/nonexistent/' });
    try {
      const { email } = await newAccount();
      for (let i = 0; i < perAccount; i++)
        await signIn(email, `guess ${i}`, `198.51.101.${i}`, i % 2 ? other : h.app);
      expect((await signIn(email, testPassword, '198.51.101.100', other)).statusCode).toBe(429);
      expect((await signIn(email, testPassword, '198.51.101.100', h.app)).statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });
});

describe('first run', () => {
  let empty: TestDatabase;
  afterAll(() => empty.drop());

  it('sets up the first admin on an empty database, once', async () => {
    empty = await createTestDatabase();
    const app = await buildServer({ database: empty, webDir: '/nonexistent/' });
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ isSetUp: false });
    const weak = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { workspaceName: 'Acme', name: 'Ann', email: 'ann@acme.test', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toBe('password: at least 15 characters');
    const common = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { workspaceName: 'Acme', name: 'Ann', email: 'ann@acme.test', password: 'passwordpassword' },
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().error).toMatchObject({
      message: 'password: this password is too common: choose another',
      details: [{ field: 'password' }],
    });
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ isSetUp: false });
    const body = {
      workspaceName: 'Acme',
      name: 'Ann',
      email: 'ann@acme.test',
      password: 'a long passphrase',
    };
    const first = await app.inject({ method: 'POST', url: '/api/setup', payload: body });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ email: 'ann@acme.test', isAdmin: true });
    const again = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...body, email: 'eve@acme.test' },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: body.email, password: body.password },
        })
      ).statusCode,
    ).toBe(200);
    await app.close();
  });
});
