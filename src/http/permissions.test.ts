import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildItem,
  buildPerson,
  buildSprint,
  emptyProductDocument,
  type WorldRole,
} from '../../test/factories.ts';
import { type Harness, startHarness } from '../../test/http-harness.ts';
import { submitRequest } from '../app/intake/submit-request.ts';
import { createProduct } from '../app/products/create-product.ts';
import { startSession } from '../app/refinement/run-session.ts';
import { scheduleSession } from '../app/refinement/schedule-session.ts';
import { createRelease } from '../app/releases/manage-releases.ts';
import { commitToSprint } from '../app/sprints/plan-sprint.ts';
import { type Action, actions, isAllowed, type Role } from '../domain/permissions.ts';

/**
 * Every role against every action, through HTTP: what the one `authorize` allows must be what
 * the permission table says, and a refusal must change nothing.
 */

let h: Harness;
let serial = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type Attempt = {
  request: InjectOptions;
  itemType?: string;
  isCreator?: boolean;
  /** The answer once allowed, when it is not a success (what a PostgreSQL server cannot do). */
  allowedAnswer?: number;
};

/** Builds what the action needs (fresh each time) and the request that performs it. */
const attempts: Record<Action, (role: WorldRole) => Promise<Attempt>> = {
  'product.read': async () => ({ request: { method: 'GET', url: '/api/products/PAY' } }),
  'product.create': async () => ({
    request: { method: 'POST', url: '/api/products', payload: { key: `N${++serial}X`, name: 'New' } },
  }),
  'product.update': async () => ({
    request: { method: 'PATCH', url: '/api/products/PAY', payload: { description: `v${++serial}` } },
  }),
  'product.archive': async () => {
    const product = await h.world.as('admin', (ctx) =>
      createProduct(ctx, { key: `A${++serial}X`, name: 'To archive' }),
    );
    return { request: { method: 'POST', url: `/api/products/${product.key}/archive` } };
  },
  'members.read': async () => ({ request: { method: 'GET', url: '/api/products/PAY/members' } }),
  'members.manage': async () => {
    const person = await buildPerson(h.database.db, h.world.actors.owner.workspaceId);
    return {
      request: {
        method: 'PUT',
        url: '/api/products/PAY/members',
        payload: { email: person.email, role: 'viewer' },
      },
    };
  },
  'people.manage': async () => ({
    request: {
      method: 'POST',
      url: '/api/people',
      payload: { name: 'New', email: `new${++serial}@test.example`, password: 'long enough password' },
    },
  }),
  'people.read': async () => ({ request: { method: 'GET', url: '/api/people' } }),
  'audit.read': async () => ({ request: { method: 'GET', url: '/api/audit' } }),
  'workspace.settings': async () => ({
    request: { method: 'PATCH', url: '/api/workspace', payload: { name: `Workspace ${++serial}` } },
  }),
  'profile.manage': async () => ({
    request: { method: 'PATCH', url: '/api/profile', payload: { mailNotices: true } },
  }),
  'webhooks.manage': async () => ({
    request: {
      method: 'POST',
      url: '/api/webhooks',
      payload: { product: 'PAY', url: `http://127.0.0.1:9/hook-${++serial}` },
    },
  }),
  'tokens.manage': async () => ({
    request: { method: 'POST', url: '/api/tokens', payload: { name: 'mine' } },
  }),
  'item.read': async () => ({
    request: { method: 'GET', url: `/api/items/${(await buildItem(h.world)).key}` },
  }),
  'item.create': async () => ({
    request: { method: 'POST', url: '/api/products/PAY/items', payload: { type: 'story', title: 'Story' } },
    itemType: 'story',
  }),
  'item.update': async () => ({
    request: {
      method: 'PATCH',
      url: `/api/items/${(await buildItem(h.world)).key}`,
      payload: { title: 'Edited' },
      headers: { 'if-match': '1' },
    },
    isCreator: false,
  }),
  'item.move': async () => ({
    request: {
      method: 'POST',
      url: `/api/items/${(await buildItem(h.world)).key}/move`,
      payload: { to: 'top' },
    },
  }),
  'item.archive': async () => ({
    request: {
      method: 'DELETE',
      url: `/api/items/${(await buildItem(h.world)).key}`,
      payload: { reason: 'obsolete' },
    },
  }),
  'item.comment': async () => ({
    request: {
      method: 'POST',
      url: `/api/items/${(await buildItem(h.world)).key}/comments`,
      payload: { body: 'Hi' },
    },
  }),
  'notifications.read': async () => ({ request: { method: 'GET', url: '/api/notifications' } }),
  'request.submit': async () => ({
    request: {
      method: 'POST',
      url: '/api/products/PAY/requests',
      payload: { title: 'Bulk export', source: 'internal' },
    },
  }),
  'request.triage': async () => {
    const { request } = await h.world.as('stakeholder', (ctx) =>
      submitRequest(ctx, {
        productKey: 'PAY',
        title: 'Please add X',
        source: 'client_facing',
        channel: 'app',
      }),
    );
    return {
      request: {
        method: 'POST',
        url: `/api/requests/${request.key}/decline`,
        payload: { reason: 'Out of scope' },
      },
    };
  },
  'item.split': async () => ({
    request: {
      method: 'POST',
      url: `/api/items/${(await buildItem(h.world)).key}/split`,
      payload: { parts: [{ title: 'First half' }, { title: 'Second half' }] },
      headers: { 'if-match': '1' },
    },
  }),
  'refinement.run': async () => ({
    request: { method: 'POST', url: '/api/products/PAY/refinement-sessions', payload: {} },
  }),
  'refinement.take_part': async () => {
    const session = await h.world.as('owner', (ctx) =>
      scheduleSession(ctx, { productKey: 'PAY', itemKeys: [] }),
    );
    await h.world.as('owner', (ctx) => startSession(ctx, session.id));
    return { request: { method: 'POST', url: `/api/refinement-sessions/${session.id}/join` } };
  },
  'sprint.plan': async () => ({
    request: {
      method: 'POST',
      url: '/api/products/PAY/sprints',
      payload: { startsOn: '2027-01-04', endsOn: '2027-01-15', capacityPoints: 20 },
    },
  }),
  'release.plan': async () => {
    const release = await h.world.as('owner', (ctx) =>
      createRelease(ctx, { productKey: 'PAY', name: `Release ${++serial}` }),
    );
    const item = await buildItem(h.world);
    return {
      request: {
        method: 'POST',
        url: `/api/releases/${release.id}/items`,
        payload: { itemKeys: [item.key] },
      },
    };
  },
  'workspace.backup': async () => ({
    request: { method: 'GET', url: '/api/backup' },
    ...(h.database.kind === 'postgres' && { allowedAnswer: 409 }),
  }),
  'product.export': async () => ({ request: { method: 'GET', url: '/api/products/PAY/export/product' } }),
  'product.import': async () => ({
    request: { method: 'POST', url: '/api/products/import', payload: emptyProductDocument(`I${++serial}X`) },
  }),
  'sprint.board': async () => {
    const sprint = await buildSprint(h.world);
    const item = await buildItem(h.world);
    await h.world.as('owner', (ctx) => commitToSprint(ctx, { sprintId: sprint.id, itemKeys: [item.key] }));
    return {
      request: {
        method: 'POST',
        url: `/api/sprints/${sprint.id}/board/move`,
        payload: { itemKey: item.key, status: 'in_progress' },
      },
    };
  },
  'item.watch': async () => ({
    request: {
      method: 'PUT',
      url: `/api/items/${(await buildItem(h.world)).key}/watching`,
      payload: { watching: true },
    },
  }),
};

const roles: WorldRole[] = [
  'admin',
  'owner',
  'editor',
  'member',
  'stakeholder',
  'viewer',
  'outsider',
  'stranger',
];

const workspaceActions: Action[] = [
  'product.create',
  'workspace.settings',
  'audit.read',
  'profile.manage',
  'people.manage',
  'people.read',
  'tokens.manage',
  'notifications.read',
];

/**
 * The role the table is asked with. In a product: an outsider reads as a viewer; a stranger (of
 * another workspace) has none. Outside any product, everyone but an admin is a viewer.
 */
function tableRole(role: WorldRole, action: Action): Role | null {
  if (workspaceActions.includes(action)) return role === 'admin' ? 'admin' : 'viewer';
  if (role === 'outsider') return 'viewer';
  if (role === 'stranger') return null;
  return role;
}

const countEvents = async () =>
  Number(
    (
      await h.database.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('every role against every action', () => {
  for (const action of actions) {
    for (const role of roles) {
      it(`${role} → ${action}`, async () => {
        const attempt = await attempts[action](role);
        const expected = isAllowed({
          role: tableRole(role, action),
          action,
          itemType: attempt.itemType,
          isCreator: attempt.isCreator,
        });
        const before = await countEvents();
        const response = await h.request(role, attempt.request);
        if (expected && attempt.allowedAnswer) {
          expect(response.statusCode, response.body).toBe(attempt.allowedAnswer);
        } else if (expected) {
          expect(response.statusCode, response.body).toBeLessThan(300);
        } else {
          expect([403, 404], response.body).toContain(response.statusCode);
          expect(await countEvents()).toBe(before);
        }
      });
    }
    it(`anonymous → ${action}`, async () => {
      const attempt = await attempts[action]('viewer');
      const before = await countEvents();
      const response = await h.request(null, attempt.request);
      expect(response.statusCode, response.body).toBe(401);
      expect(await countEvents()).toBe(before);
    });
  }

  it('lets a member create technical items and edit what they created, and nothing else of the kind', async () => {
    const task = await h.request('member', {
      method: 'POST',
      url: '/api/products/PAY/items',
      payload: { type: 'task', title: 'Upgrade the queue' },
    });
    expect(task.statusCode).toBe(201);
    const edit = await h.request('member', {
      method: 'PATCH',
      url: `/api/items/${task.json().key}`,
      payload: { estimate: 3 },
      headers: { 'if-match': '1' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const spike = await h.request('member', {
      method: 'POST',
      url: '/api/products/PAY/items',
      payload: { type: 'spike', title: 'Try it', timeboxDays: 2 },
    });
    expect(spike.statusCode).toBe(201);
    const bug = await h.request('member', {
      method: 'POST',
      url: '/api/products/PAY/items',
      payload: { type: 'bug', title: 'Broken' },
    });
    expect(bug.statusCode).toBe(403);
  });

  it('hides a members-only product from people who are not members', async () => {
    await h.request('owner', {
      method: 'PATCH',
      url: '/api/products/PAY',
      payload: { visibility: 'members' },
    });
    expect((await h.request('outsider', { method: 'GET', url: '/api/products/PAY/items' })).statusCode).toBe(
      404,
    );
    expect((await h.request('viewer', { method: 'GET', url: '/api/products/PAY/items' })).statusCode).toBe(
      200,
    );
    const visible = (await h.request('outsider', { method: 'GET', url: '/api/products' })).json().data;
    expect(visible.map((p: { key: string }) => p.key)).not.toContain('PAY');
    await h.request('owner', {
      method: 'PATCH',
      url: '/api/products/PAY',
      payload: { visibility: 'workspace' },
    });
  });

  it('refuses cookie-authenticated writes from another site', async () => {
    const response = await h.request('owner', {
      method: 'POST',
      url: '/api/products/PAY/items',
      payload: { type: 'story', title: 'Forged' },
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
    });
    expect(response.statusCode).toBe(403);
  });
});
