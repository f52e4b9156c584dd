import { afterAll, describe, expect, it } from 'vitest';
import { buildWorld, testPassword, type World } from '../../test/factories.ts';
import { exited, type ServerProcess, startServer } from '../../test/server-process.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { testDbKind } from '../../test/test-db-config.ts';

let database: TestDatabase | undefined;
const servers: ServerProcess[] = [];

afterAll(async () => {
  for (const server of servers) server.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => exited(server.child)));
  await database?.drop();
});

const get = (baseUrl: string, headers: Record<string, string>) =>
  fetch(`${baseUrl}/api/me`, { headers }).then((response) => response.status);

async function signIn(
  baseUrl: string,
  world: World,
  role: 'member' | 'editor' | 'admin' = 'member',
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: world.actors[role].email, password: testPassword }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

// Two server processes on one PostgreSQL (an embedded data directory takes one process only).
describe.skipIf(testDbKind !== 'postgres')('sessions and tokens die on every instance at once', () => {
  it('refuses on instance B within moments of a sign-out, a revocation or a deactivation on A', async () => {
    database = await createTestDatabase();
    const world = await buildWorld(database.db);
    const env = { DATABASE_URL: database.url ?? '', ORDO_SAMPLE: '0' };
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    if (!a || !b) throw new Error('no servers');
    servers.push(a, b);

    const cookie = await signIn(a.baseUrl, world);
    // B has looked the session up, and would remember it for a few seconds.
    expect(await get(b.baseUrl, { cookie })).toBe(200);
    expect(await get(b.baseUrl, { cookie })).toBe(200);
    const tokenResponse = await fetch(`${a.baseUrl}/api/tokens`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: a.baseUrl },
      body: JSON.stringify({ name: 'script' }),
    });
    const { id, token } = (await tokenResponse.json()) as { id: string; token: string };
    const authorization = `Bearer ${token}`;
    expect(await get(b.baseUrl, { authorization })).toBe(200);

    const revoked = await fetch(`${a.baseUrl}/api/tokens/${id}`, {
      method: 'DELETE',
      headers: { cookie, origin: a.baseUrl },
    });
    expect(revoked.status).toBe(204);
    // The notice reaches B's listener as A answers: allow it the moment it takes to arrive.
    const soon = { timeout: 1_000, interval: 10 };
    await expect.poll(() => get(b.baseUrl, { authorization }), soon).toBe(401);

    const signedOut = await fetch(`${a.baseUrl}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: a.baseUrl },
    });
    expect(signedOut.status).toBe(204);
    await expect.poll(() => get(b.baseUrl, { cookie }), soon).toBe(401);

    // An admin on A deactivates the editor: B refuses their session and token at once.
    const editor = await signIn(b.baseUrl, world, 'editor');
    const editorToken = await fetch(`${b.baseUrl}/api/tokens`, {
      method: 'POST',
      headers: { cookie: editor, 'content-type': 'application/json', origin: b.baseUrl },
      body: JSON.stringify({ name: 'script' }),
    }).then((response) => response.json() as Promise<{ token: string }>);
    const editorBearer = { authorization: `Bearer ${editorToken.token}` };
    expect(await get(b.baseUrl, { cookie: editor })).toBe(200);
    expect(await get(b.baseUrl, editorBearer)).toBe(200);
    const admin = await signIn(a.baseUrl, world, 'admin');
    const deactivated = await fetch(`${a.baseUrl}/api/people/${world.actors.editor.personId}/deactivate`, {
      method: 'POST',
      headers: { cookie: admin, origin: a.baseUrl },
    });
    expect(deactivated.status).toBe(200);
    await expect.poll(() => get(b.baseUrl, { cookie: editor }), soon).toBe(401);
    await expect.poll(() => get(b.baseUrl, editorBearer), soon).toBe(401);
  });
});
