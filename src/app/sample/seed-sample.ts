import type { Kysely } from 'kysely';
import { sampleItems, sampleProduct, sampleRequests, sampleWsjf } from '../../db/sample/sample-backlog.ts';
import type { DB } from '../../db/schema.ts';
import type { ProductRole } from '../../domain/permissions.ts';
import type { Actor, Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { insertRequest } from '../intake/submit-request.ts';
import { commentOnItem } from '../items/comment-on-item.ts';
import { createItem } from '../items/create-item.ts';
import { addLinks } from '../items/item-links.ts';
import type { Item } from '../items/item-queries.ts';
import { insertPerson } from '../people/insert-person.ts';
import { type Person, personColumns, toPerson } from '../people/person.ts';
import { createProduct } from '../products/create-product.ts';
import { findProductByKey, forgetProducts } from '../products/product-queries.ts';
import { createRelease } from '../releases/manage-releases.ts';
import { planIntoRelease } from '../releases/plan-release.ts';
import { closeSprint } from '../sprints/close-sprint.ts';
import { createSprint } from '../sprints/create-sprint.ts';
import { commitToSprint } from '../sprints/plan-sprint.ts';
import { startSprint } from '../sprints/run-sprint.ts';

const dayMs = 86_400_000;

export const samplePeople: { role: ProductRole | 'admin'; name: string; email: string }[] = [
  { role: 'admin', name: 'Avery Admin', email: 'admin@sample.test' },
  { role: 'owner', name: 'Olivia Okafor', email: 'owner@sample.test' },
  { role: 'editor', name: 'Ethan Brandt', email: 'editor@sample.test' },
  { role: 'member', name: 'Maya Lindqvist', email: 'member@sample.test' },
  { role: 'stakeholder', name: 'Sam Duarte', email: 'stakeholder@sample.test' },
  { role: 'viewer', name: 'Vera Nakamura', email: 'viewer@sample.test' },
];

export interface SeedResult {
  productKey: string;
  items: number;
  people: string[];
}

function asActor(person: Person, workspaceId: string): Actor {
  return {
    personId: person.id,
    workspaceId,
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
  };
}

/**
 * Seeds the sample product "Tally Payments" with its people and its ranked backlog. The items are
 * created through the same operations a person uses, each at its own time in the past, so every
 * one has a true history; its last activity is then set to what the sample says.
 */
export async function seedSample(ctx: Ctx, input: { password: string }): Promise<SeedResult> {
  const taken = await ctx.trx
    .selectFrom('products')
    .select('id')
    .where('key', '=', sampleProduct.key)
    .executeTakeFirst();
  if (taken)
    throw new AppError('already_exists', `A product with the key ${sampleProduct.key} already exists`);
  const workspaceId = await sampleWorkspace(ctx.trx, ctx.now());
  const people = new Map<string, Person>();
  for (const sample of samplePeople) {
    people.set(sample.role, await samplePerson(ctx.trx, workspaceId, sample, input.password, ctx.now()));
  }
  const actorFor = (role: string) => {
    const person = people.get(role);
    if (!person) throw new Error(`no sample person for ${role}`);
    return asActor(person, workspaceId);
  };
  const at = (daysAgo: number): Ctx => ({
    ...ctx,
    now: () => new Date(ctx.now().getTime() - daysAgo * dayMs),
  });
  const oldest = Math.max(...sampleItems.map((item) => item.lastActivityDaysAgo)) + 30;

  await createProduct({ ...at(oldest), actor: actorFor('admin') }, sampleProduct);
  const product = await ctx.trx
    .selectFrom('products')
    .select('id')
    .where('key', '=', sampleProduct.key)
    .executeTakeFirstOrThrow();
  for (const { role } of samplePeople) {
    if (role === 'admin') continue;
    await ctx.trx
      .insertInto('memberships')
      .values({
        product_id: product.id,
        person_id: actorFor(role).personId,
        role,
        created_at: at(oldest).now(),
      })
      .execute();
  }

  const created: Item[] = [];
  for (const [index, sample] of sampleItems.entries()) {
    const wsjf = sampleWsjf[index];
    const creator = sample.source === 'internal' ? 'editor' : 'owner';
    // Every item exists before the sprints and the release that take some of them (a month ago).
    const createdDaysAgo = Math.max(sample.lastActivityDaysAgo + 7 + (created.length % 11), 31);
    const item = await createItem(
      { ...at(createdDaysAgo), actor: actorFor(creator) },
      {
        productKey: sampleProduct.key,
        type: sample.type,
        title: sample.title,
        problem: sample.problem,
        serves: sample.serves,
        outcome: sample.outcome,
        acceptanceCriteria: sample.acceptanceCriteria,
        estimate: sample.estimate,
        timeboxDays: sample.timeboxDays ?? null,
        deadline: sample.deadline ?? null,
        tags: sample.tags,
        status: sample.status,
        holdReason: sample.holdReason ?? null,
        source: sample.source,
        requesters: sample.requesters,
        ...(wsjf && {
          wsjf: {
            businessValue: wsjf[0],
            timeCriticality: wsjf[1],
            riskReduction: wsjf[2],
            jobSize: wsjf[3],
          },
        }),
      },
    );
    for (const comment of sample.comments ?? []) {
      await commentOnItem(
        { ...at(sample.lastActivityDaysAgo), actor: actorFor(comment.author) },
        { key: item.key, body: comment.body },
      );
    }
    created.push(item);
  }
  for (const [index, sample] of sampleItems.entries()) {
    const from = created[index];
    if (!from || !sample.links?.length) continue;
    const links = sample.links.flatMap((link) => {
      const to = created[link.to];
      return to ? [{ kind: link.kind, key: to.key }] : [];
    });
    await addLinks(ctx.trx, from, links);
  }
  // Before the items' last activity is set as the sample says: planning counts as activity.
  await seedRelease((daysAgo) => ({ ...at(daysAgo), actor: actorFor('owner') }), created);
  for (const [index, sample] of sampleItems.entries()) {
    const item = created[index];
    if (!item) continue;
    await ctx.trx
      .updateTable('items')
      .set({ last_activity_at: at(sample.lastActivityDaysAgo).now() })
      .where('id', '=', item.id)
      .execute();
  }
  await ctx.trx
    .updateTable('products')
    .set({ public_intake_open: true })
    .where('id', '=', product.id)
    .execute();
  forgetProducts();
  await seedSprints((daysAgo) => ({ ...at(daysAgo), actor: actorFor('owner') }), created);
  const seededProduct = await findProductByKey(ctx.trx, sampleProduct.key);
  for (const sample of sampleRequests) {
    await insertRequest({ ...at(sample.receivedDaysAgo), actor: null }, seededProduct, {
      title: sample.title,
      problem: sample.problem,
      source: sample.source,
      channel: sample.source === 'customer' ? 'public' : 'api',
      requester: { personId: null, name: sample.requester.name, email: sample.requester.email },
      ...(sample.source === 'client_facing' && {
        accountsAffected: sample.accountsAffected ?? null,
        dealValue: sample.dealValue ?? null,
        urgency: sample.urgency ?? null,
      }),
    });
  }
  return { productKey: sampleProduct.key, items: created.length, people: samplePeople.map((p) => p.email) };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Two sprints: the last one closed (what shipped recently, the velocity), and one under way with
 * the items in progress and the next ready ones.
 */
async function seedSprints(at: (daysAgo: number) => Ctx, items: Item[]): Promise<void> {
  const done = items.filter((item) => item.status === 'done').map((item) => item.key);
  const inProgress = items.filter((item) => item.status === 'in_progress').map((item) => item.key);
  const last = await createSprint(at(17), {
    productKey: sampleProduct.key,
    goal: 'Card payments that just work',
    startsOn: isoDay(at(17).now()),
    endsOn: isoDay(at(4).now()),
    capacityPoints: 24,
  });
  await commitToSprint(at(17), { sprintId: last.id, itemKeys: done });
  await startSprint(at(17), last.id);
  await closeSprint(at(4), { sprintId: last.id, unfinished: { to: 'backlog', place: 'where_it_was' } });
  const current = await createSprint(at(4), {
    productKey: sampleProduct.key,
    goal: 'Get paid sooner: reminders and late fees',
    startsOn: isoDay(at(3).now()),
    endsOn: isoDay(at(-10).now()),
    capacityPoints: 24,
  });
  await commitToSprint(at(4), { sprintId: current.id, itemKeys: inProgress });
  await startSprint(at(3), current.id);
}

/**
 * A release under way: what shipped and is in progress, and the next estimated items, planned a
 * month ago with a target three weeks out, so its burn-up has a story.
 */
async function seedRelease(at: (daysAgo: number) => Ctx, items: Item[]): Promise<void> {
  const release = await createRelease(at(30), {
    productKey: sampleProduct.key,
    name: 'Spring release',
    targetDate: isoDay(at(-21).now()),
  });
  const started = items.filter((item) => item.status === 'done' || item.status === 'in_progress');
  const next = items.filter((item) => item.status === 'open' && item.estimate !== null).slice(0, 4);
  await planIntoRelease(at(28), { releaseId: release.id, itemKeys: started.map((item) => item.key) });
  await planIntoRelease(at(12), { releaseId: release.id, itemKeys: next.map((item) => item.key) });
}

async function sampleWorkspace(trx: Kysely<DB>, now: Date): Promise<string> {
  const existing = await trx
    .selectFrom('workspaces')
    .select('id')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await trx
    .insertInto('workspaces')
    .values({ name: 'Sample workspace', created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function samplePerson(
  trx: Kysely<DB>,
  workspaceId: string,
  sample: (typeof samplePeople)[number],
  password: string,
  now: Date,
): Promise<Person> {
  const existing = await trx
    .selectFrom('people')
    .select(personColumns)
    .where('email', '=', sample.email)
    .executeTakeFirst();
  if (existing) return toPerson(existing);
  return insertPerson(trx, workspaceId, { ...sample, password, isAdmin: sample.role === 'admin' }, now);
}
