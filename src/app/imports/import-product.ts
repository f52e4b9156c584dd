import { randomUUID } from 'node:crypto';
import { limits } from '../../domain/item.ts';
import type { PersonRef, ProductDocument } from '../../domain/product-document.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { forgetProducts } from '../products/product-queries.ts';
import { checkProductDocument } from './check-product-document.ts';
import { type ImportReport, type ImportRow, reportOf } from './import-report.ts';
import {
  insertAll,
  type Matches,
  writeEvents,
  writeItems,
  writeReleases,
  writeSessions,
  writeSprints,
} from './write-product-document.ts';

export interface ImportProductInput {
  document: ProductDocument;
  /** Import it under this key instead of the document's (its items' keys follow). */
  key?: string;
}

export interface ImportedProduct extends ImportReport {
  product: { key: string; name: string };
}

/** Every person the document names, by email. */
function peopleNamed(document: ProductDocument): Map<string, PersonRef> {
  const named = new Map<string, PersonRef>();
  const add = (ref: PersonRef | null) => ref && named.set(ref.email.toLowerCase(), ref);
  for (const member of document.members) add(member.person);
  for (const item of document.items) {
    add(item.createdBy);
    for (const comment of item.comments) add(comment.author);
    for (const watcher of item.watchers) add(watcher.person);
  }
  for (const session of document.refinementSessions) {
    add(session.createdBy);
    for (const attendee of session.attendees) add(attendee.person);
    for (const round of session.pokerRounds) for (const vote of round.votes) add(vote.person);
  }
  for (const event of document.events) add(event.actor);
  return named;
}

/** The document's people who have an account here, by email; no account is created. */
async function matchPeople(ctx: Ctx, named: Map<string, PersonRef>): Promise<Map<string, string>> {
  if (named.size === 0) return new Map();
  const rows = await ctx.trx
    .selectFrom('people')
    .select(['id', 'email'])
    .where('workspace_id', '=', requireActor(ctx).workspaceId)
    .where('email', 'in', [...named.keys()])
    .execute();
  return new Map(rows.map((row) => [row.email, row.id]));
}

/** What the database refuses that the document's checks did not catch, named as a refusal of the document. */
function refusal(error: unknown): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (typeof code !== 'string' || !/^2[23]/.test(code)) return error;
  return invalidInput('document', `it breaks a rule of the database${constraint ? ` (${constraint})` : ''}`);
}

/**
 * A product brought in from its document (another Ordo's `ordo export --format product`): created
 * whole, in one transaction, or not at all. People are matched by email to this workspace's; one
 * who matches no one is kept where the document allows it (a requester by name and email, a
 * comment signed with their name) and reported. Items keep their keys' numbers, order, times and
 * versions; the history is copied as it was recorded, then `product.imported` is appended.
 */
export async function importProduct(ctx: Ctx, input: ImportProductInput): Promise<ImportedProduct> {
  await authorize(ctx, 'product.import', null);
  const actor = requireActor(ctx);
  const { document } = input;
  const key = (input.key ?? document.product.key).toUpperCase();
  if (!limits.productKeyPattern.test(key)) throw invalidInput('key', 'not a product key like PAY');
  checkProductDocument(document);
  const taken = await ctx.trx.selectFrom('products').select('id').where('key', '=', key).executeTakeFirst();
  if (taken) {
    throw new AppError(
      'already_exists',
      `key: a product with the key ${key} already exists here: import it under another key`,
      [{ field: 'key', message: 'already taken' }],
    );
  }
  const named = peopleNamed(document);
  const matched = await matchPeople(ctx, named);
  const itemIds = new Map(document.items.map((item) => [item.key, randomUUID()]));
  const matches: Matches = {
    person: (ref) => (ref ? (matched.get(ref.email.toLowerCase()) ?? null) : null),
    item: (itemKey) => itemIds.get(itemKey) as string,
    importerId: actor.personId,
  };
  try {
    const product = await insertProduct(ctx, document, key);
    await insertAll(
      ctx.trx,
      'memberships',
      document.members.flatMap((member) => {
        const person = matches.person(member.person);
        return person
          ? [{ product_id: product.id, person_id: person, role: member.role, created_at: ctx.now() }]
          : [];
      }),
    );
    await writeItems(ctx.trx, product.id, key, document.items, matches);
    await writeSprints(ctx.trx, product.id, document.sprints, matches);
    await writeReleases(ctx.trx, product.id, document.releases, matches);
    await writeSessions(ctx.trx, product.id, document.refinementSessions, matches);
    await writeEvents(ctx.trx, { id: product.id, workspaceId: actor.workspaceId }, document.events, matches);
    await appendEvent(ctx, {
      productId: product.id,
      kind: 'product.imported',
      data: { source: 'ordo', items: document.items.length },
    });
  } catch (error) {
    throw refusal(error);
  }
  forgetProducts();
  const rows: ImportRow[] = [
    ...document.items.map((item) => ({ ref: item.key, outcome: 'created' as const, reason: null })),
    ...[...named.values()]
      .filter((person) => !matched.has(person.email.toLowerCase()))
      .map((person) => ({
        ref: person.email,
        outcome: 'skipped' as const,
        reason: `${person.name} has no account here: their comments are signed with their name, their votes, watching and membership are left out, their history shows no one`,
      })),
  ];
  return { product: { key, name: document.product.name }, ...reportOf(rows) };
}

async function insertProduct(ctx: Ctx, document: ProductDocument, key: string) {
  const settings = document.product;
  const nextItemNumber = Math.max(0, ...document.items.map((item) => item.number)) + 1;
  return ctx.trx
    .insertInto('products')
    .values({
      workspace_id: requireActor(ctx).workspaceId,
      key,
      name: settings.name,
      description: settings.description,
      visibility: settings.visibility,
      next_item_number: nextItemNumber,
      public_intake_open: settings.publicIntakeOpen,
      definition_of_ready: JSON.stringify(settings.definitionOfReady),
      split_threshold: settings.splitThreshold,
      refuse_unready_commitment: settings.refuseUnreadyCommitment,
      refinement_cadence_days: settings.refinementCadenceDays,
      next_refinement_at: settings.nextRefinementAt,
      velocity_points: settings.velocityPoints,
      allow_overlapping_sprints: settings.allowOverlappingSprints,
      time_zone: settings.timeZone,
      stale_quarters: settings.staleRule.quarters,
      stale_auto: settings.staleRule.isAutomatic,
      stale_exempt_tags: settings.staleRule.exemptTags,
      stale_exempt_types: settings.staleRule.exemptTypes,
      created_at: settings.createdAt,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}
