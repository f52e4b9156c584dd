import { sql } from 'kysely';
import type { EventKind } from '../../domain/event-catalogue.ts';
import { limits } from '../../domain/item.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductById, findProductByKey, scopeOf } from '../products/product-queries.ts';
import { RefusedAddress, resolvePublicAddress } from './address-guard.ts';
import { findWebhook, selectWebhooks, toWebhook, type Webhook, type WebhookRow } from './webhook-queries.ts';
import { newWebhookSecret } from './webhook-secret.ts';

/** How long a rotated-out secret keeps signing beside the new one. */
export const rotationOverlapMs = 24 * 3_600_000;

export interface WebhookSettings {
  url: string;
  /** Null or absent: every kind. */
  kinds?: EventKind[] | null;
  description?: string;
  isEnabled?: boolean;
}

/** A webhook as created or rotated: its secret, shown this once. */
export interface WebhookWithSecret {
  webhook: Webhook;
  secret: string;
}

function requireSecretBox(ctx: Ctx) {
  if (!ctx.secretBox) {
    throw new AppError(
      'not_available',
      'Webhooks need the server’s secret key to seal their signing secrets: set ORDO_SECRET_KEY',
    );
  }
  return ctx.secretBox;
}

/** Who may manage the webhooks of `productKey` (its owners), or of the workspace (admins). */
async function authorizeScope(ctx: Ctx, productKey: string | null | undefined) {
  if (!productKey) {
    await authorize(ctx, 'webhooks.manage', null);
    return null;
  }
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'webhooks.manage', scopeOf(product));
  return product;
}

/** The webhook `id`, once its manager is authorised (owners of its product, or admins). */
export async function manageableWebhook(ctx: Ctx, id: string): Promise<WebhookRow> {
  const row = await findWebhook(ctx.trx, requireActor(ctx).workspaceId, id);
  if (row.product_id) {
    const product = await findProductById(ctx.trx, row.product_id);
    await authorize(ctx, 'webhooks.manage', scopeOf(product));
  } else {
    await authorize(ctx, 'webhooks.manage', null);
  }
  return row;
}

/**
 * The receiver's address: http or https, no credentials in it, and (unless the server allows
 * private addresses) a name that resolves to public addresses only. Checked again at every send.
 */
async function checkedUrl(raw: string): Promise<string> {
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw invalidInput('url', 'give the receiver’s http:// or https:// address');
  }
  if (url.username || url.password) throw invalidInput('url', 'put no user name or password in the address');
  try {
    await resolvePublicAddress(url.hostname);
  } catch (error) {
    if (error instanceof RefusedAddress) throw invalidInput('url', error.message);
    throw error;
  }
  return url.toString();
}

async function record(
  ctx: Ctx,
  kind: 'webhook.created' | 'webhook.updated' | 'webhook.removed' | 'webhook.secret_rotated',
  row: WebhookRow,
) {
  await appendEvent(ctx, {
    productId: null,
    kind,
    data: { webhookId: row.id, url: row.url, productKey: row.product_key },
  });
}

export async function listWebhooks(ctx: Ctx, input: { productKey?: string | null }): Promise<Webhook[]> {
  const product = await authorizeScope(ctx, input.productKey);
  const rows = await selectWebhooks(ctx.trx)
    .where('webhooks.workspace_id', '=', requireActor(ctx).workspaceId)
    .where((eb) =>
      product ? eb('webhooks.product_id', '=', product.id) : eb('webhooks.product_id', 'is', null),
    )
    .orderBy('webhooks.created_at')
    .execute();
  return rows.map(toWebhook);
}

export async function getWebhook(ctx: Ctx, input: { id: string }): Promise<Webhook> {
  return toWebhook(await manageableWebhook(ctx, input.id));
}

export async function createWebhook(
  ctx: Ctx,
  input: WebhookSettings & { productKey?: string | null },
): Promise<WebhookWithSecret> {
  const product = await authorizeScope(ctx, input.productKey);
  const actor = requireActor(ctx);
  const url = await checkedUrl(input.url);
  const { count } = await ctx.trx
    .selectFrom('webhooks')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('workspace_id', '=', actor.workspaceId)
    .where('product_id', product ? '=' : 'is', product?.id ?? null)
    .executeTakeFirstOrThrow();
  if (Number(count) >= limits.webhooksPerScope) {
    throw new AppError('not_available', `At most ${limits.webhooksPerScope} webhooks: remove one first`);
  }
  const secret = newWebhookSecret();
  const { id } = await ctx.trx
    .insertInto('webhooks')
    .values({
      workspace_id: actor.workspaceId,
      product_id: product?.id ?? null,
      url,
      kinds: input.kinds?.length ? [...new Set(input.kinds)] : null,
      description: input.description?.trim() ?? '',
      is_enabled: input.isEnabled ?? true,
      secret_sealed: requireSecretBox(ctx).seal(secret),
      created_by: actor.personId,
      created_at: ctx.now(),
      updated_at: ctx.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await findWebhook(ctx.trx, actor.workspaceId, id);
  await record(ctx, 'webhook.created', row);
  return { webhook: toWebhook(row), secret };
}

export async function updateWebhook(
  ctx: Ctx,
  input: Partial<WebhookSettings> & { id: string },
): Promise<Webhook> {
  const row = await manageableWebhook(ctx, input.id);
  const url = input.url === undefined ? undefined : await checkedUrl(input.url);
  await ctx.trx
    .updateTable('webhooks')
    .set({
      ...(url !== undefined && { url }),
      ...(input.kinds !== undefined && { kinds: input.kinds?.length ? [...new Set(input.kinds)] : null }),
      ...(input.description !== undefined && { description: input.description.trim() }),
      // Turned on or off by a person: Ordo's reason for turning it off no longer holds.
      ...(input.isEnabled !== undefined && { is_enabled: input.isEnabled, disabled_reason: null }),
      updated_at: ctx.now(),
    })
    .where('id', '=', row.id)
    .execute();
  const updated = await findWebhook(ctx.trx, row.workspace_id, row.id);
  await record(ctx, 'webhook.updated', updated);
  return toWebhook(updated);
}

/** Removes a webhook with its delivery log; what it had not yet delivered is never sent. */
export async function removeWebhook(ctx: Ctx, input: { id: string }): Promise<void> {
  const row = await manageableWebhook(ctx, input.id);
  await sql`delete from webhook_attempts where delivery_id in
    (select id from webhook_deliveries where webhook_id = ${row.id})`.execute(ctx.trx);
  await ctx.trx.deleteFrom('webhook_deliveries').where('webhook_id', '=', row.id).execute();
  await ctx.trx.deleteFrom('webhooks').where('id', '=', row.id).execute();
  await record(ctx, 'webhook.removed', row);
}

/**
 * A new signing secret, shown this once. The old one keeps signing beside it for a day, so the
 * receiver can be given the new one without missing a delivery.
 */
export async function rotateWebhookSecret(ctx: Ctx, input: { id: string }): Promise<WebhookWithSecret> {
  const row = await manageableWebhook(ctx, input.id);
  const secret = newWebhookSecret();
  await ctx.trx
    .updateTable('webhooks')
    .set({
      secret_sealed: requireSecretBox(ctx).seal(secret),
      previous_secret_sealed: row.secret_sealed,
      previous_secret_until: new Date(ctx.now().getTime() + rotationOverlapMs),
      updated_at: ctx.now(),
    })
    .where('id', '=', row.id)
    .execute();
  const rotated = await findWebhook(ctx.trx, row.workspace_id, row.id);
  await record(ctx, 'webhook.secret_rotated', rotated);
  return { webhook: toWebhook(rotated), secret };
}
