import type { Ctx } from '../context.ts';
import { newStatusLink } from '../intake/request-queries.ts';
import type { Item } from '../items/item-queries.ts';
import { notifyPerson, queueMail } from './notify.ts';

export type ItemOutcome = { kind: 'shipped' } | { kind: 'archived'; reason: string };

const reasonWords: Record<string, string> = {
  stale: 'it had not moved for a long time',
  obsolete: 'it is no longer needed',
  duplicate: 'it duplicates another item',
  wont_do: 'the team decided not to do it',
  delivered_elsewhere: 'it was delivered another way',
};

/**
 * Closes the loop: when an item ships or leaves the backlog, everyone who asked for it is told
 * (by mail, and in the app if they have an account), and its watchers are told in the app.
 */
export async function tellRequestersOfOutcome(ctx: Ctx, item: Item, outcome: ItemOutcome): Promise<void> {
  const subject = outcome.kind === 'shipped' ? `Shipped: ${item.title}` : `No longer planned: ${item.title}`;
  const text =
    outcome.kind === 'shipped'
      ? `“${item.title}”, which you asked for, has shipped. Thank you for telling us.`
      : `“${item.title}”, which you asked for, has left the backlog: ${reasonWords[outcome.reason] ?? outcome.reason}.`;
  const requesters = await ctx.trx
    .selectFrom('item_requesters')
    .select(['id', 'email', 'person_id', 'request_id'])
    .where('item_id', '=', item.id)
    .execute();
  const told = new Set<string>();
  for (const requester of requesters) {
    if (requester.person_id && !told.has(requester.person_id)) {
      told.add(requester.person_id);
      await notifyPerson(ctx, {
        personId: requester.person_id,
        productId: item.productId,
        kind: `item.${outcome.kind}`,
        title: subject,
        body: text,
        link: `/items/${item.key}`,
      });
    }
    if (requester.email) {
      const link = requester.request_id
        ? `\n\nFollow your request: ${await newStatusLink(ctx, requester.request_id)}`
        : '';
      await queueMail(ctx, {
        to: requester.email,
        subject,
        body: `${text}${link}\n`,
        about: 'notice',
        dedupeKey: `${item.id}:${outcome.kind}:${requester.id}`,
      });
    }
  }
  const watchers = await ctx.trx
    .selectFrom('watchers')
    .select('person_id')
    .where('item_id', '=', item.id)
    .execute();
  for (const { person_id } of watchers) {
    if (told.has(person_id) || person_id === ctx.actor?.personId) continue;
    await notifyPerson(ctx, {
      personId: person_id,
      productId: item.productId,
      kind: `item.${outcome.kind}`,
      title: subject,
      body: text,
      link: `/items/${item.key}`,
    });
  }
}
