import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, testBaseUrl, testPassword, type World } from '../../../test/factories.ts';
import { startOidcProvider, type TestProvider } from '../../../test/oidc-provider.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { insertPerson } from '../../app/people/insert-person.ts';
import { type OidcSettings, readConfig } from '../../config.ts';
import { buildServer, type ServerOptions } from '../server.ts';

/**
 * Company sign-in against a real OpenID provider started here: Ordo's start and callback are
 * called as the browser would, and the provider's own login page is filled in over HTTP.
 */

let database: TestDatabase;
let world: World;
let provider: TestProvider;
let settings: OidcSettings;
let app: FastifyInstance;
let serial = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
  provider = await startOidcProvider({ redirectUri: `${testBaseUrl}/api/auth/oidc/callback` });
  settings = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    name: 'Acme',
    allowedDomains: ['acme.test'],
  };
  app = await buildServer({ database, webDir: '/nonexistent/', baseUrl: testBaseUrl, oidc: settings });
});
afterAll(async () => {
  await app?.close();
  await provider?.stop();
  await database?.drop();
});

/** A browser's cookies for the provider, kept between its pages. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return async (url: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...init.headers,
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
}

/** Signs in at the provider as `login` (its login form, any password); answers Ordo's callback URL. */
async function signInAtProvider(authorizeUrl: string, login: string): Promise<URL> {
  const browse = cookieJar();
  let response = await browse(authorizeUrl);
  for (let step = 0; step < 10; step++) {
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, response.url || authorizeUrl);
      if (next.href.startsWith(testBaseUrl)) return next;
      response = await browse(next.href);
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (!action || !prompt)
      throw new Error(`not a page to sign in on (${response.status}): ${page.slice(0, 300)}`);
    response = await browse(new URL(action, provider.issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt, login, password: 'anything' }).toString(),
    });
  }
  throw new Error('the provider never sent the browser back');
}

const cookieOf = (response: LightMyRequestResponse, name: string) =>
  response.cookies.find((cookie) => cookie.name === name && cookie.value !== '')?.value;

/** Ordo's start: the provider's address, and the flow cookie the browser keeps meanwhile. */
async function start(next = '/p/PAY', server = app) {
  const response = await server.inject({
    method: 'GET',
    url: `/api/auth/oidc/start?next=${encodeURIComponent(next)}`,
  });
  expect(response.statusCode, response.body).toBe(303);
  return { authorizeUrl: String(response.headers.location), flow: cookieOf(response, 'ordo_oidc_flow') };
}

/** The whole flow for `login`: start, the provider's login page, Ordo's callback. */
async function signInWithProvider(login: string, tamper: (callback: URL) => void = () => {}) {
  const { authorizeUrl, flow } = await start();
  const callback = await signInAtProvider(authorizeUrl, login);
  tamper(callback);
  const response = await app.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: flow ? { cookie: `ordo_oidc_flow=${flow}` } : {},
  });
  expect(response.statusCode, response.body).toBe(303);
  const session = cookieOf(response, 'ordo_session');
  return { location: String(response.headers.location), session };
}

async function whoIs(session: string | undefined) {
  const response = await app.inject({
    method: 'GET',
    url: '/api/me',
    headers: { cookie: `ordo_session=${session}` },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { id: string; email: string; name: string; isAdmin: boolean };
}

function account(email: string, extra: { isEmailVerified?: boolean; name?: string } = {}): string {
  const login = `login-${++serial}`;
  provider.accounts.set(login, { email, ...extra });
  return login;
}

const eventsOf = (personId: string) =>
  database.db
    .selectFrom('events')
    .select(['kind', 'actor_id'])
    .where('data', '@>', JSON.stringify({ personId }) as never)
    .orderBy('id')
    .execute();

const personByEmail = (email: string) =>
  database.db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();

describe('what the sign-in page offers', () => {
  it('answers password and the company sign-in by its name', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/methods' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ password: true, oidc: { name: 'Acme' } });
  });
});

describe('company sign-in', () => {
  it('creates a person of an allowed domain at their first sign-in, a member of no product', async () => {
    const login = account('Nora.New@ACME.test', { name: 'Nora New' });
    const { location, session } = await signInWithProvider(login);
    expect(location).toBe('/p/PAY');
    const me = await whoIs(session);
    expect(me).toMatchObject({ email: 'nora.new@acme.test', name: 'Nora New', isAdmin: false });
    const person = await personByEmail('nora.new@acme.test');
    expect(person?.joined_at).toBeInstanceOf(Date);
    expect(person?.password_hash).toBeNull();
    expect(person?.workspace_id).toBe(world.actors.admin.workspaceId);
    const memberships = await database.db
      .selectFrom('memberships')
      .select('role')
      .where('person_id', '=', me.id)
      .execute();
    expect(memberships).toEqual([]);
    expect(await eventsOf(me.id)).toEqual([{ kind: 'person.created_by_provider', actor_id: me.id }]);
    const identities = await database.db
      .selectFrom('external_identities')
      .selectAll()
      .where('person_id', '=', me.id)
      .execute();
    expect(identities).toMatchObject([{ issuer: provider.issuer, subject: login }]);

    // Later sign-ins are matched by the provider's subject, even when the address changed there.
    provider.accounts.set(login, { email: 'nora@elsewhere.test', isEmailVerified: false });
    const again = await signInWithProvider(login);
    expect((await whoIs(again.session)).id).toBe(me.id);
    expect(await eventsOf(me.id)).toHaveLength(1);
  });

  it('refuses someone of another domain, and creates no one', async () => {
    const { location, session } = await signInWithProvider(account('olga@other.test'));
    expect(location).toBe('/sign-in?error=not_allowed');
    expect(session).toBeUndefined();
    expect(await personByEmail('olga@other.test')).toBeUndefined();
  });

  it('links a person who is already here by their verified email, of any domain', async () => {
    const member = world.actors.member;
    const { location, session } = await signInWithProvider(account(member.email.toUpperCase()));
    expect(location).toBe('/p/PAY');
    expect((await whoIs(session)).id).toBe(member.personId);
    expect(await eventsOf(member.personId)).toEqual([
      { kind: 'person.linked_to_provider', actor_id: member.personId },
    ]);
    // Their password still works alongside.
    const byPassword = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: member.email, password: testPassword },
    });
    expect(byPassword.statusCode).toBe(200);
  });

  it('lets an invited person join', async () => {
    const invited = await insertPerson(
      database.db,
      world.actors.admin.workspaceId,
      { name: 'Ivy Invited', email: 'ivy@partner.test' },
      new Date(),
    );
    expect(invited.joinedAt).toBeNull();
    const { session } = await signInWithProvider(account('ivy@partner.test'));
    expect((await whoIs(session)).id).toBe(invited.id);
    expect((await personByEmail('ivy@partner.test'))?.joined_at).toBeInstanceOf(Date);
    expect((await eventsOf(invited.id)).map((event) => event.kind)).toEqual([
      'person.linked_to_provider',
      'person.joined',
    ]);
  });

  it('refuses an email the provider has not verified', async () => {
    const { location, session } = await signInWithProvider(
      account('vera@acme.test', { isEmailVerified: false }),
    );
    expect(location).toBe('/sign-in?error=unverified_email');
    expect(session).toBeUndefined();
    expect(await personByEmail('vera@acme.test')).toBeUndefined();
  });

  it('refuses a deactivated person, linked or not', async () => {
    const viewer = world.actors.viewer;
    const login = account(viewer.email);
    expect((await signInWithProvider(login)).session).toBeDefined();
    await database.db
      .updateTable('people')
      .set({ deactivated_at: new Date() })
      .where('id', '=', viewer.personId)
      .execute();
    const linked = await signInWithProvider(login);
    expect(linked).toEqual({ location: '/sign-in?error=deactivated', session: undefined });
    const byEmail = await signInWithProvider(account(viewer.email));
    expect(byEmail).toEqual({ location: '/sign-in?error=deactivated', session: undefined });
  });

  it('refuses a wrong state, and a callback without the flow this browser started', async () => {
    const wrongState = await signInWithProvider(account('sam@acme.test'), (callback) =>
      callback.searchParams.set('state', 'not-the-state-we-sent'),
    );
    expect(wrongState).toEqual({ location: '/sign-in?error=state', session: undefined });
    const noState = await signInWithProvider(account('sam@acme.test'), (callback) =>
      callback.searchParams.delete('state'),
    );
    expect(noState).toEqual({ location: '/sign-in?error=state', session: undefined });

    const { authorizeUrl } = await start();
    const callback = await signInAtProvider(authorizeUrl, account('sam@acme.test'));
    const withoutFlow = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    expect(withoutFlow.headers.location).toBe('/sign-in?error=state');
    const forged = await app.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: 'ordo_oidc_flow=AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(forged.headers.location).toBe('/sign-in?error=state');
    expect(await personByEmail('sam@acme.test')).toBeUndefined();
  });

  it('tells the person when they cancelled at the provider', async () => {
    const { authorizeUrl, flow } = await start();
    const state = new URL(authorizeUrl).searchParams.get('state') ?? '';
    const answer = new URLSearchParams({ error: 'access_denied', state, iss: provider.issuer });
    const response = await app.inject({
      method: 'GET',
      url: `/api/auth/oidc/callback?${answer}`,
      headers: { cookie: `ordo_oidc_flow=${flow}` },
    });
    expect(response.headers.location).toBe('/sign-in?error=cancelled');
  });

  it('follows only paths on this site afterwards', async () => {
    for (const next of ['//evil.test/x', 'https://evil.test/', '/\\evil.test', '/\t/evil.test', '/p/€']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/auth/oidc/start?next=${encodeURIComponent(next)}`,
      });
      expect(response.statusCode, next).toBe(400);
      expect(response.json().error.details[0].field).toBe('next');
    }
  });
});

/** Another server on the same database, with other options; closed after `use`. */
async function withServer(options: Partial<ServerOptions>, use: (server: FastifyInstance) => Promise<void>) {
  const server = await buildServer({ database, webDir: '/nonexistent/', baseUrl: testBaseUrl, ...options });
  try {
    await use(server);
  } finally {
    await server.close();
  }
}

const signInByPassword = (server: FastifyInstance) =>
  server.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: world.actors.owner.email, password: testPassword },
  });

describe('with password sign-in off', () => {
  it('refuses the password routes, and the page is told to offer the provider alone', () =>
    withServer({ oidc: settings, passwordSignIn: false }, async (server) => {
      const methods = await server.inject({ method: 'GET', url: '/api/auth/methods' });
      expect(methods.json()).toEqual({ password: false, oidc: { name: 'Acme' } });
      const signIn = await signInByPassword(server);
      expect(signIn.statusCode).toBe(403);
      expect(signIn.json().error.message).toBe(
        'Password sign-in is turned off here: use “Sign in with Acme” instead',
      );
      const reset = await server.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: world.actors.owner.email },
      });
      expect(reset.statusCode).toBe(403);
      // The first-run set-up is not a sign-in: it stays (here refused only because it is done).
      const setUp = await server.inject({
        method: 'POST',
        url: '/api/setup',
        payload: {
          workspaceName: 'W',
          name: 'N',
          email: 'n@acme.test',
          password: 'a long and quiet afternoon',
        },
      });
      expect(setUp.json().error.code).toBe('setup_done');
    }));
});

describe('a provider that cannot be reached', () => {
  it('lets the server start and passwords work, and sends a sign-in back with the reason', () =>
    withServer({ oidc: { ...settings, issuer: 'http://127.0.0.1:9/' } }, async (server) => {
      expect((await signInByPassword(server)).statusCode).toBe(200);
      const response = await server.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/sign-in?error=unavailable');
    }));

  it('is not offered where it is not set up', () =>
    withServer({}, async (server) => {
      const methods = await server.inject({ method: 'GET', url: '/api/auth/methods' });
      expect(methods.json()).toEqual({ password: true, oidc: null });
      const response = await server.inject({ method: 'GET', url: '/api/auth/oidc/start?next=/' });
      expect(response.statusCode).toBe(404);
    }));
});

describe('configuration', () => {
  const oidcEnv = {
    ORDO_OIDC_ISSUER: 'https://id.acme.test/realms/acme',
    ORDO_OIDC_CLIENT_ID: 'ordo',
    ORDO_OIDC_CLIENT_SECRET: 'secret',
  };

  it('reads company sign-in from the environment, with its defaults', () => {
    expect(readConfig({}).oidc).toBeUndefined();
    expect(
      readConfig({ ...oidcEnv, ORDO_OIDC_ALLOWED_DOMAINS: ' Acme.test, @acme.example ,' }),
    ).toMatchObject({
      oidc: {
        issuer: oidcEnv.ORDO_OIDC_ISSUER,
        clientId: 'ordo',
        clientSecret: 'secret',
        name: 'your company',
        allowedDomains: ['acme.test', 'acme.example'],
      },
      passwordSignIn: true,
    });
    expect(readConfig({ ...oidcEnv, ORDO_PASSWORD_SIGN_IN: 'off' }).passwordSignIn).toBe(false);
  });

  it('refuses half a configuration, an issuer that is not a URL, and no way to sign in', () => {
    expect(() => readConfig({ ORDO_OIDC_ISSUER: oidcEnv.ORDO_OIDC_ISSUER })).toThrow(
      /ORDO_OIDC_CLIENT_ID and ORDO_OIDC_CLIENT_SECRET not set/,
    );
    expect(() => readConfig({ ...oidcEnv, ORDO_OIDC_ISSUER: 'id.acme.test' })).toThrow(/ORDO_OIDC_ISSUER/);
    expect(() => readConfig({ ORDO_PASSWORD_SIGN_IN: 'off' })).toThrow(/ORDO_PASSWORD_SIGN_IN=off/);
  });
});
