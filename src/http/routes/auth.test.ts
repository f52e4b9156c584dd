import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, testPassword } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { buildServer } from '../server.ts';
import { signInAttemptsPerMinute } from './auth.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const signIn = (email: string, password: string) =>
  h.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

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

  it('slows down password guessing', async () => {
    const { email } = await buildPerson(h.database.db, h.world.actors.owner.workspaceId);
    for (let i = 0; i < signInAttemptsPerMinute; i++)
      expect((await signIn(email, `guess ${i}`)).statusCode).toBe(401);
    const limited = await signIn(email, testPassword);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect((await signIn(h.world.actors.stakeholder.email, testPassword)).statusCode).toBe(200);
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
    expect(weak.json().error.details[0].field).toBe('password');
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
