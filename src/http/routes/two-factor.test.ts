import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, testPassword } from '../../../test/factories.ts';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { timeStep, totpCode } from '../../app/auth/totp.ts';
import { buildServer } from '../server.ts';

/** Two-factor sign-in: enrol, sign in with a code or a recovery code, refusals and limits. */

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const cookieOf = (response: LightMyRequestResponse) => {
  const cookie = response.cookies.find((c) => c.name === 'ordo_session');
  if (!cookie) throw new Error(`no session in ${response.statusCode}: ${response.body}`);
  return `ordo_session=${cookie.value}`;
};
const as = (cookie: string, options: InjectOptions) => h.app.inject({ ...options, headers: { cookie } });
const signIn = (email: string, code?: string, remoteAddress = '127.0.0.1') =>
  h.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: testPassword, ...(code && { code }) },
    remoteAddress,
  });
/** The code for `offset` steps from now: each sign-in needs a step not used before. */
const codeAt = (secret: string, offset: number) => totpCode(secret, timeStep(new Date()) + offset);

/** A person with two-factor sign-in on: their email, secret, recovery codes and a session. */
async function enrolled(options: { isAdmin?: boolean } = {}) {
  const person = await buildPerson(h.database.db, h.world.actors.admin.workspaceId, options);
  const cookie = cookieOf(await signIn(person.email));
  const started = await as(cookie, { method: 'POST', url: '/api/profile/two-factor' });
  expect(started.statusCode, started.body).toBe(200);
  const { secret, uri, qrSvg } = started.json();
  expect(uri).toContain(`secret=${secret}`);
  expect(qrSvg).toMatch(/^<svg/);
  const wrong = await as(cookie, {
    method: 'POST',
    url: '/api/profile/two-factor/confirm',
    payload: { code: '000000' },
  });
  expect(wrong.statusCode).toBe(400);
  const confirmed = await as(cookie, {
    method: 'POST',
    url: '/api/profile/two-factor/confirm',
    payload: { code: codeAt(secret, -1), password: testPassword },
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { ...person, secret, cookie, recoveryCodes: confirmed.json().recoveryCodes as string[] };
}

describe('two-factor sign-in', () => {
  it('keeps the secret sealed and asks for a code after the password; a code works once', async () => {
    const person = await enrolled();
    expect(person.recoveryCodes).toHaveLength(10);
    const stored = await h.database.db
      .selectFrom('people')
      .select('totp_secret')
      .where('id', '=', person.personId)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret).toMatch(/^v1\./);
    expect(stored.totp_secret).not.toContain(person.secret);

    const asked = await signIn(person.email);
    expect(asked.statusCode).toBe(401);
    expect(asked.json().error.code).toBe('second_factor_required');
    const code = codeAt(person.secret, 0);
    expect((await signIn(person.email, code)).statusCode).toBe(200);
    const replayed = await signIn(person.email, code);
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().error.message).toMatch(/wrong or was already used/);
    const profile = await as(person.cookie, { method: 'GET', url: '/api/profile' });
    expect(profile.json()).toMatchObject({ hasTwoFactor: true, recoveryCodesLeft: 10 });
  });

  it('signs in with a recovery code once, then spends it', async () => {
    const person = await enrolled();
    const [recovery] = person.recoveryCodes;
    expect((await signIn(person.email, recovery?.toLowerCase())).statusCode).toBe(200);
    expect((await signIn(person.email, recovery)).statusCode).toBe(401);
    const profile = await as(person.cookie, { method: 'GET', url: '/api/profile' });
    expect(profile.json().recoveryCodesLeft).toBe(9);
  });

  it('counts wrong codes as failed sign-ins: the account waits after ten', async () => {
    const person = await enrolled();
    const answers: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      answers.push((await signIn(person.email, '123456', `10.7.0.${attempt}`)).statusCode);
    }
    expect(answers.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(answers[10]).toBe(429);
    // Even the right code waits now.
    expect((await signIn(person.email, codeAt(person.secret, 1), '10.7.1.1')).statusCode).toBe(429);
  });

  it('still takes recovery codes on a server whose key is not the one that sealed the secret', async () => {
    const person = await enrolled();
    const restored = await buildServer({
      database: h.database,
      webDir: '/nonexistent/',
      secretKey: 'a different key, as after a restore',
    });
    try {
      const attempt = (code: string) =>
        restored.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: person.email, password: testPassword, code },
        });
      expect((await attempt(codeAt(person.secret, 1))).statusCode).toBe(401);
      expect((await attempt(person.recoveryCodes[1] ?? '')).statusCode).toBe(200);
    } finally {
      await restored.close();
    }
  });

  it('turns off with the password only', async () => {
    const person = await enrolled();
    const wrong = await as(person.cookie, {
      method: 'DELETE',
      url: '/api/profile/two-factor',
      payload: { password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(400);
    const off = await as(person.cookie, {
      method: 'DELETE',
      url: '/api/profile/two-factor',
      payload: { password: testPassword },
    });
    expect(off.statusCode).toBe(204);
    expect((await signIn(person.email)).statusCode).toBe(200);
  });

  it('does not let a reset link stand in for the second factor', async () => {
    const person = await enrolled();
    const sent = await h.request('admin', {
      method: 'POST',
      url: `/api/people/${person.personId}/password-reset`,
    });
    const link = sent.json().link as string;
    const used = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/use',
      payload: { token: link.slice(link.indexOf('#') + 1), password: 'another long passphrase here' },
    });
    expect(used.json()).toEqual({ person: null, secondFactorRequired: true });
    expect(used.cookies.find((c) => c.name === 'ordo_session')).toBeUndefined();
  });

  it('requires it of admins once an admin who has it says so', async () => {
    const refused = await h.request('admin', {
      method: 'PATCH',
      url: '/api/workspace',
      payload: { requireAdminTwoFactor: true },
    });
    expect(refused.statusCode).toBe(400);
    const careful = await enrolled({ isAdmin: true });
    const required = await as(careful.cookie, {
      method: 'PATCH',
      url: '/api/workspace',
      payload: { requireAdminTwoFactor: true },
    });
    expect(required.json()).toMatchObject({ requireAdminTwoFactor: true });
    // The first admin has no second factor: they act as their roles only, and are told why.
    expect((await h.request('admin', { method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    const session = await h.request('admin', { method: 'GET', url: '/api/session' });
    expect(session.json().me.mustSetUpTwoFactor).toBe(true);
    expect((await as(careful.cookie, { method: 'GET', url: '/api/audit' })).statusCode).toBe(200);
    const keep = await as(careful.cookie, {
      method: 'DELETE',
      url: '/api/profile/two-factor',
      payload: { password: testPassword },
    });
    expect(keep.statusCode).toBe(409);
    await as(careful.cookie, {
      method: 'PATCH',
      url: '/api/workspace',
      payload: { requireAdminTwoFactor: false },
    });
    expect((await h.request('admin', { method: 'GET', url: '/api/audit' })).statusCode).toBe(200);
  });
});

describe('what a token may not do to its own account', () => {
  it('refuses two-factor changes and an email change through a token, and caps a token made by a token', async () => {
    const person = await buildPerson(h.database.db, h.world.actors.admin.workspaceId);
    const cookie = cookieOf(await signIn(person.email));
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    const made = await as(cookie, {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'short', expiresAt: soon },
    });
    const bearer = (options: InjectOptions) =>
      h.app.inject({ ...options, headers: { authorization: `Bearer ${made.json().token}` } });
    expect((await bearer({ method: 'POST', url: '/api/profile/two-factor' })).statusCode).toBe(403);
    const email = await bearer({
      method: 'PATCH',
      url: '/api/profile',
      payload: { email: `new.${person.email}`, currentPassword: testPassword },
    });
    expect(email.statusCode).toBe(403);
    const longer = await bearer({ method: 'POST', url: '/api/tokens', payload: { name: 'forever' } });
    expect(longer.statusCode).toBe(201);
    expect(longer.json().expiresAt).toBe(soon);
  });

  it('lets an admin take a lost second factor away', async () => {
    const person = await enrolled();
    const reset = await h.request('admin', {
      method: 'POST',
      url: `/api/people/${person.personId}/two-factor/reset`,
    });
    expect(reset.json()).toMatchObject({ hasTwoFactor: false });
    expect((await as(person.cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await signIn(person.email)).statusCode).toBe(200);
  });
});

describe('a password asked for in the profile', () => {
  it('counts wrong ones as failed sign-ins: an open session cannot guess it faster', async () => {
    const person = await buildPerson(h.database.db, h.world.actors.admin.workspaceId);
    const cookie = cookieOf(await signIn(person.email));
    const answers: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const response = await as(cookie, {
        method: 'POST',
        url: '/api/profile/password',
        payload: { currentPassword: `guess number ${attempt}`, newPassword: 'a brand new passphrase' },
      });
      answers.push(response.statusCode);
    }
    expect(answers.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(answers[10]).toBe(429);
  });
});
