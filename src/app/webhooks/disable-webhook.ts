import { type Ctx, systemActor } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { notifyPerson, queueMail } from '../notifications/notify.ts';
import { findWebhook } from './webhook-queries.ts';

/**
 * Ordo turns a webhook off (its receiver answered 410 Gone, or a delivery failed every retry)
 * and tells the people who manage it, in the app and by mail: the product's owners, or the
 * workspace's admins for a workspace webhook. Its pending deliveries wait, in order, until
 * someone turns it on again.
 */
export async function disableWebhook(ctx: Ctx, webhookId: string, reason: string): Promise<void> {
  const turnedOff = await ctx.trx
    .updateTable('webhooks')
    .set({ is_enabled: false, disabled_reason: reason, updated_at: ctx.now() })
    .where('id', '=', webhookId)
    .where('is_enabled', '=', true)
    .returning('workspace_id')
    .executeTakeFirst();
  if (!turnedOff) return;
  const webhook = await findWebhook(ctx.trx, turnedOff.workspace_id, webhookId);
  await appendEvent(
    { ...ctx, actor: systemActor(webhook.workspace_id) },
    {
      productId: null,
      kind: 'webhook.disabled',
      data: { webhookId, url: webhook.url, productKey: webhook.product_key, reason },
    },
  );
  const managers = await ctx.trx
    .selectFrom('people')
    .select(['people.id', 'people.email'])
    .where('people.workspace_id', '=', webhook.workspace_id)
    .where('people.deactivated_at', 'is', null)
    .where((eb) =>
      webhook.product_id
        ? eb.exists(
            eb
              .selectFrom('memberships')
              .select('memberships.person_id')
              .whereRef('memberships.person_id', '=', 'people.id')
              .where('memberships.product_id', '=', webhook.product_id)
              .where('memberships.role', '=', 'owner'),
          )
        : eb('people.is_admin', '=', true),
    )
    .execute();
  const where = webhook.product_key ? `/p/${webhook.product_key}/webhooks` : '/admin/webhooks';
  const title = `A webhook was turned off: ${webhook.url}`;
  const body = `Ordo turned off the webhook to ${webhook.url} because ${reason}. Its deliveries wait; check the receiver, then turn the webhook on again and redeliver what failed.`;
  for (const person of managers) {
    await notifyPerson(ctx, {
      personId: person.id,
      productId: webhook.product_id,
      kind: 'webhook_disabled',
      title,
      body,
      link: where,
    });
    await queueMail(ctx, {
      to: person.email,
      subject: title,
      body: `${body}\n\n${ctx.baseUrl}${where}`,
      about: 'notice',
      dedupeKey: `webhook-disabled:${webhookId}:${ctx.now().toISOString()}:${person.id}`,
    });
  }
}
