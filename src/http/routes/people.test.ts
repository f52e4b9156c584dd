import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../../test/http-harness.ts';
import { startSmtpSink } from '../../../test/smtp-sink.ts';
import { redactedBody, sendNextMail, smtpMailer } from '../../app/notifications/mail-sender.ts';

/** Setting up a team through the API: invitations, links, people, roles, tokens, the audit log. */

let h: Harness;
let serial = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const newPassword = 'a long and quiet afternoon';
const uniqueEmail = (name: string) => `${name}.${++serial}.${process.pid}@team.example`;
const cookieOf = (response: LightMyRequestResponse) => {
  const cookie = response.cookies.find((c) => c.name === 'ordo_session');
  if (!cookie) throw new Error(`no session in ${response.statusCode}: ${response.body}`);
  return `ordo_session=${cookie.value}`;
};
const asCookie = (cookie: string, options: InjectOptions) =>
  h.app.inject({ ...options, headers: { cookie } });
const signIn = (email: string, password: string) =>
  h.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
const tokenIn = (link: string) => link.slice(link.indexOf('#') + 1);

async function invite(name: string, extra: Record<string, unknown> = {}) {
  const response = await h.request('admin', {
    method: 'POST',
    url: '/api/people/invitations',
    payload: { name, email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')), ...extra },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { person: { id: string; email: string; status: string }; link: string };
}

/** Someone invited who has set their password: their id, email and a session. */
async function join(name: string, extra: Record<string, unknown> = {}) {
  const { person, link } = await invite(name, extra);
  const used = await h.app.inject({
    method: 'POST',
    url: '/api/auth/links/use',
    payload: { token: tokenIn(link), password: newPassword },
  });
  expect(used.statusCode, used.body).toBe(200);
  return { ...person, cookie: cookieOf(used) };
}

const outboxTo = (email: string) =>
  h.database.db.selectFrom('outbox').selectAll().where('to_email', '=', email).orderBy('id').execute();

describe('invitations', () => {
  it('invites a person into a product; the mailed link sets their password once and signs them in', async () => {
    const { person, link } = await invite('Iris', { products: [{ productKey: 'PAY', role: 'editor' }] });
    expect(person.status).toBe('invited');
    expect(link).toMatch(/\/set-password#ordo_i_/);
    const [mail] = await outboxTo(person.email);
    expect(mail).toMatchObject({ sensitive: true, subject: 'You are invited to Test workspace on Ordo' });
    expect(mail?.body).toContain(link);
    // No password yet: nothing signs in.
    expect((await signIn(person.email, newPassword)).statusCode).toBe(401);
    const invited = await h.request('admin', { method: 'GET', url: '/api/people?status=invited' });
    expect(invited.json().data.map((p: { id: string }) => p.id)).toContain(person.id);

    const inspected = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/inspect',
      payload: { token: tokenIn(link) },
    });
    expect(inspected.json()).toMatchObject({ purpose: 'invitation', name: 'Iris', email: person.email });

    const weak = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/use',
      payload: { token: tokenIn(link), password: 'passwordpassword' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].field).toBe('password');

    const used = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/use',
      payload: { token: tokenIn(link), password: newPassword },
    });
    expect(used.statusCode, used.body).toBe(200);
    const me = await asCookie(cookieOf(used), { method: 'GET', url: '/api/me' });
    expect(me.json()).toMatchObject({ id: person.id, name: 'Iris' });
    const members = await h.request('owner', { method: 'GET', url: '/api/products/PAY/members' });
    expect(members.json().data).toContainEqual(
      expect.objectContaining({ personId: person.id, role: 'editor', status: 'active' }),
    );

    const again = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/use',
      payload: { token: tokenIn(link), password: newPassword },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.message).toMatch(/already used/);
  });

  it('sends an invitation again with a new link: the old one stops working, and its unsent mail is taken back', async () => {
    const { person, link } = await invite('Otto');
    const resent = await h.request('admin', { method: 'POST', url: `/api/people/${person.id}/invitation` });
    expect(resent.statusCode, resent.body).toBe(200);
    const mails = await outboxTo(person.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain(resent.json().link);
    const old = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/inspect',
      payload: { token: tokenIn(link) },
    });
    expect(old.statusCode).toBe(410);
  });

  it('refuses an email already in the workspace, naming the field, and writes nothing', async () => {
    const before = await h.database.db.selectFrom('people').select('id').execute();
    const response = await h.request('admin', {
      method: 'POST',
      url: '/api/people/invitations',
      payload: { name: 'Twin', email: h.world.actors.editor.email.toUpperCase() },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details[0].field).toBe('email');
    expect(await h.database.db.selectFrom('people').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses an invitation into a product that does not exist, and writes nothing', async () => {
    const before = await h.database.db.selectFrom('people').select('id').execute();
    const response = await h.request('admin', {
      method: 'POST',
      url: '/api/people/invitations',
      payload: {
        name: 'Nobody',
        email: uniqueEmail('nobody'),
        products: [{ productKey: 'NOPE', role: 'editor' }],
      },
    });
    expect(response.statusCode, response.body).toBe(404);
    expect(await h.database.db.selectFrom('people').select('id').execute()).toHaveLength(before.length);
  });

  it('empties a sent mail that carried a link', async () => {
    const sink = await startSmtpSink();
    const { person, link } = await invite('Mara');
    const mailer = smtpMailer(sink.url, 'Ordo <ordo@test.example>');
    const deps = { db: h.database.db, now: () => new Date(Date.now() + 60_000), baseUrl: 'http://ordo.test' };
    while (await sendNextMail(deps, mailer)) {
      // every due mail
    }
    mailer.close();
    await sink.close();
    expect(sink.mails.find((mail) => mail.to.includes(person.email))?.text).toContain(link);
    const [kept] = await outboxTo(person.email);
    expect(kept?.body).toBe(redactedBody);
  });
});

describe('forgotten passwords', () => {
  it('answers the same for any address, mails a link valid one hour, and ends every session when used', async () => {
    const person = await join('Rita');
    const second = cookieOf(await signIn(person.email, newPassword));
    const ask = (email: string) =>
      h.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
    const unknown = await ask('nobody.at.all@team.example');
    const known = await ask(person.email.toUpperCase());
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(await outboxTo('nobody.at.all@team.example')).toHaveLength(0);
    const mail = (await outboxTo(person.email)).at(-1);
    const link = mail?.body.match(/http\S+#(ordo_r_\S+)/)?.[1];
    expect(link).toBeDefined();
    const links = await h.database.db
      .selectFrom('account_links')
      .select(['created_at', 'expires_at'])
      .where('person_id', '=', person.id)
      .where('used_at', 'is', null)
      .execute();
    expect(links).toHaveLength(1);
    expect(links[0] && links[0].expires_at.getTime() - links[0].created_at.getTime()).toBe(3_600_000);

    const used = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/use',
      payload: { token: link, password: 'a new and longer passphrase' },
    });
    expect(used.statusCode, used.body).toBe(200);
    for (const old of [person.cookie, second]) {
      expect((await asCookie(old, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    }
    expect((await signIn(person.email, newPassword)).statusCode).toBe(401);
    expect((await signIn(person.email, 'a new and longer passphrase')).statusCode).toBe(200);
  });

  it('refuses an expired link with what to do', async () => {
    const person = await join('Eli');
    const sent = await h.request('admin', { method: 'POST', url: `/api/people/${person.id}/password-reset` });
    expect(sent.statusCode, sent.body).toBe(200);
    await h.database.db
      .updateTable('account_links')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('person_id', '=', person.id)
      .execute();
    const used = await h.app.inject({
      method: 'POST',
      url: '/api/auth/links/use',
      payload: { token: tokenIn(sent.json().link), password: 'a new and longer passphrase' },
    });
    expect(used.statusCode).toBe(410);
    expect(used.json().error.message).toMatch(/expired: ask for a new one/);
  });

  it('limits how many links one account can be sent', async () => {
    const person = await join('Lim');
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(
        (
          await h.app.inject({
            method: 'POST',
            url: '/api/auth/password-reset',
            payload: { email: person.email },
            remoteAddress: `10.9.${serial}.${i}`,
          })
        ).statusCode,
      );
    }
    expect(answers).toEqual([202, 202, 202, 429]);
  });
});

describe('deactivation', () => {
  it('ends their sessions and tokens at once, keeps their roles for later, and lets them back when reactivated', async () => {
    const person = await join('Dana', { products: [{ productKey: 'PAY', role: 'member' }] });
    const token = await asCookie(person.cookie, {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'script' },
    });
    const bearer = { authorization: `Bearer ${token.json().token}` };
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(200);

    const deactivated = await h.request('admin', {
      method: 'POST',
      url: `/api/people/${person.id}/deactivate`,
    });
    expect(deactivated.json()).toMatchObject({ status: 'deactivated' });
    expect((await asCookie(person.cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(401);
    const refused = await signIn(person.email, newPassword);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/deactivated/);
    const members = await h.request('owner', { method: 'GET', url: '/api/products/PAY/members' });
    expect(members.json().data.map((m: { personId: string }) => m.personId)).not.toContain(person.id);

    await h.request('admin', { method: 'POST', url: `/api/people/${person.id}/reactivate` });
    expect((await signIn(person.email, newPassword)).statusCode).toBe(200);
    const back = await h.request('owner', { method: 'GET', url: '/api/products/PAY/members' });
    expect(back.json().data).toContainEqual(expect.objectContaining({ personId: person.id, role: 'member' }));
    // A token revoked stays revoked.
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });

  it('refuses to deactivate oneself or a product’s only owner', async () => {
    const self = await h.request('admin', {
      method: 'POST',
      url: `/api/people/${h.world.actors.admin.personId}/deactivate`,
    });
    expect(self.statusCode).toBe(400);
    await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: 'SOLO', name: 'Solo' },
    });
    const owner = await join('Sol', { products: [{ productKey: 'SOLO', role: 'owner' }] });
    const handedOver = await h.request('admin', {
      method: 'DELETE',
      url: `/api/products/SOLO/members/${h.world.actors.admin.personId}`,
    });
    expect(handedOver.statusCode, handedOver.body).toBe(204);
    const onlyOwner = await h.request('admin', { method: 'POST', url: `/api/people/${owner.id}/deactivate` });
    expect(onlyOwner.statusCode).toBe(400);
    expect(onlyOwner.json().error.message).toMatch(/only owner of SOLO: name another owner first/);
  });
});

describe('people and roles', () => {
  it('keeps a product’s last owner and a workspace’s last admin', async () => {
    await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: 'LONE', name: 'Lone' },
    });
    const owner = await join('Lou', { products: [{ productKey: 'LONE', role: 'owner' }] });
    await h.request('admin', {
      method: 'DELETE',
      url: `/api/products/LONE/members/${h.world.actors.admin.personId}`,
    });
    const demote = await asCookie(owner.cookie, {
      method: 'PUT',
      url: '/api/products/LONE/members',
      payload: { email: owner.email, role: 'editor' },
    });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().error.message).toMatch(/at least one owner/);
    const lastAdmin = await h.request('admin', {
      method: 'PATCH',
      url: `/api/people/${h.world.actors.admin.personId}`,
      payload: { isAdmin: false },
    });
    expect(lastAdmin.statusCode).toBe(400);
    expect(lastAdmin.json().error.details[0].field).toBe('isAdmin');
  });

  it('makes someone an admin at once, on the next request', async () => {
    const person = await join('Ada Two');
    expect((await asCookie(person.cookie, { method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    await h.request('admin', {
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      payload: { isAdmin: true },
    });
    expect((await asCookie(person.cookie, { method: 'GET', url: '/api/audit' })).statusCode).toBe(200);
  });
});

describe('one’s own account', () => {
  it('changes the password with the current one, ending every other session', async () => {
    const person = await join('Pat');
    const other = cookieOf(await signIn(person.email, newPassword));
    const wrong = await asCookie(person.cookie, {
      method: 'POST',
      url: '/api/profile/password',
      payload: { currentPassword: 'not my password', newPassword: 'an entirely new passphrase' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('currentPassword');
    const changed = await asCookie(person.cookie, {
      method: 'POST',
      url: '/api/profile/password',
      payload: { currentPassword: newPassword, newPassword: 'an entirely new passphrase' },
    });
    expect(changed.json()).toEqual({ endedSessions: 1 });
    expect((await asCookie(person.cookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect((await asCookie(other, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('keeps mail preferences, and queues no notice to someone who turned them off', async () => {
    const person = await join('Nia');
    const profile = await asCookie(person.cookie, {
      method: 'PATCH',
      url: '/api/profile',
      payload: { mailNotices: false, name: 'Nia N.' },
    });
    expect(profile.json()).toMatchObject({
      name: 'Nia N.',
      mailNotices: false,
      mailDigest: true,
      hasPassword: true,
    });
    const email = await asCookie(person.cookie, {
      method: 'PATCH',
      url: '/api/profile',
      payload: { email: uniqueEmail('nia') },
    });
    expect(email.statusCode).toBe(400);
    expect(email.json().error.details[0].field).toBe('currentPassword');
  });

  it('creates tokens with an expiry, notes their last use, and revokes them', async () => {
    const person = await join('Tom');
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    const created = await asCookie(person.cookie, {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'CI', expiresAt: soon },
    });
    expect(created.json()).toMatchObject({ name: 'CI', expiresAt: soon, lastUsedAt: null });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(200);
    const listed = await asCookie(person.cookie, { method: 'GET', url: '/api/tokens' });
    expect(listed.json().data[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.json())).not.toContain(created.json().token);

    const past = await asCookie(person.cookie, {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'old', expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.statusCode).toBe(400);

    const lapsing = await asCookie(person.cookie, {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'lapse' },
    });
    await h.database.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', lapsing.json().id)
      .execute();
    const lapsed = { authorization: `Bearer ${lapsing.json().token}` };
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: lapsed })).statusCode).toBe(401);

    const revoke = await asCookie(person.cookie, {
      method: 'DELETE',
      url: `/api/tokens/${created.json().id}`,
    });
    expect(revoke.statusCode).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });
});

describe('products', () => {
  it('archives a product: read-only, out of the lists, back when restored', async () => {
    const created = await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: 'OLD', name: 'Old product' },
    });
    expect(created.statusCode).toBe(201);
    const item = await h.request('admin', {
      method: 'POST',
      url: '/api/products/OLD/items',
      payload: { type: 'story', title: 'Something' },
    });
    await h.request('admin', { method: 'POST', url: '/api/products/OLD/archive' });
    const listed = await h.request('admin', { method: 'GET', url: '/api/products' });
    expect(listed.json().data.map((p: { key: string }) => p.key)).not.toContain('OLD');
    const all = await h.request('admin', { method: 'GET', url: '/api/products?includeArchived=true' });
    expect(all.json().data).toContainEqual(
      expect.objectContaining({ key: 'OLD', archivedAt: expect.any(String) }),
    );
    expect(
      (await h.request('admin', { method: 'GET', url: `/api/items/${item.json().key}` })).statusCode,
    ).toBe(200);
    const edit = await h.request('admin', {
      method: 'POST',
      url: '/api/products/OLD/items',
      payload: { type: 'story', title: 'More' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/archived/);
    await h.request('admin', { method: 'POST', url: '/api/products/OLD/restore' });
    const again = await h.request('admin', {
      method: 'POST',
      url: '/api/products/OLD/items',
      payload: { type: 'story', title: 'More' },
    });
    expect(again.statusCode).toBe(201);
  });

  it('refuses a product key that exists or breaks the pattern', async () => {
    const taken = await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: 'PAY', name: 'Again' },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details[0].field).toBe('key');
    const bad = await h.request('admin', {
      method: 'POST',
      url: '/api/products',
      payload: { key: '9-lives', name: 'Bad' },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('the audit log', () => {
  it('lists the workspace’s changes, newest first, by person, kind and time', async () => {
    const person = await join('Audra');
    await h.request('admin', { method: 'POST', url: `/api/people/${person.id}/deactivate` });
    const log = await h.request('admin', { method: 'GET', url: '/api/audit?kind=person.deactivated' });
    expect(log.json().data[0]).toMatchObject({
      kind: 'person.deactivated',
      actor: { id: h.world.actors.admin.personId, name: 'Ada Admin' },
      subject: { id: person.id, name: 'Audra' },
    });
    const joined = await h.request('admin', {
      method: 'GET',
      url: `/api/audit?actorId=${person.id}`,
    });
    expect(joined.json().data.map((e: { kind: string }) => e.kind)).toEqual(['person.joined']);
    const future = await h.request('admin', {
      method: 'GET',
      url: `/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`,
    });
    expect(future.json().data).toEqual([]);
    const paged = await h.request('admin', { method: 'GET', url: '/api/audit?limit=2' });
    const next = await h.request('admin', {
      method: 'GET',
      url: `/api/audit?limit=2&before=${paged.json().next}`,
    });
    expect(Number(next.json().data[0].id)).toBeLessThan(Number(paged.json().data[1].id));
  });
});
