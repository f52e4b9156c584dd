import type { Kysely, Selectable } from 'kysely';
import type { DB, WebhooksTable } from '../../db/schema.ts';
import type { EventKind } from '../../domain/event-catalogue.ts';
import { notFound } from '../errors.ts';

export interface Webhook {
  id: string;
  /** Null: the whole workspace's webhook. */
  productId: string | null;
  productKey: string | null;
  url: string;
  /** Null: every kind. */
  kinds: EventKind[] | null;
  description: string;
  isEnabled: boolean;
  /** Why Ordo turned it off (410 Gone, every retry failed); null when on, or a person turned it off. */
  disabledReason: string | null;
  /** While a rotated-out secret still signs (both signatures are sent until then). */
  previousSecretUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type WebhookRow = Selectable<WebhooksTable> & { product_key: string | null };

export function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    productId: row.product_id,
    productKey: row.product_key,
    url: row.url,
    kinds: row.kinds as EventKind[] | null,
    description: row.description,
    isEnabled: row.is_enabled,
    disabledReason: row.disabled_reason,
    previousSecretUntil: row.previous_secret_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function selectWebhooks(trx: Kysely<DB>) {
  return trx
    .selectFrom('webhooks')
    .leftJoin('products', 'products.id', 'webhooks.product_id')
    .selectAll('webhooks')
    .select('products.key as product_key');
}

/** A webhook of the workspace by id; another workspace's is not found. */
export async function findWebhook(trx: Kysely<DB>, workspaceId: string, id: string): Promise<WebhookRow> {
  const row = /^[0-9a-f-]{36}$/i.test(id)
    ? await selectWebhooks(trx)
        .where('webhooks.id', '=', id)
        .where('webhooks.workspace_id', '=', workspaceId)
        .executeTakeFirst()
    : undefined;
  if (!row) throw notFound('Webhook');
  return row;
}
