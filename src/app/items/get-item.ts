import { sql } from 'kysely';
import { type LinkKind, linksOnce } from '../../domain/item.ts';
import type { Role } from '../../domain/permissions.ts';
import { type LintFinding, lintItem } from '../../domain/quality-lint.ts';
import { type Readiness, readinessOf } from '../../domain/readiness.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { currentReleaseOf } from '../releases/release-queries.ts';
import { findItemByKey, type Item } from './item-queries.ts';

export interface ItemLink {
  kind: LinkKind;
  /** outgoing: this item → other ("duplicate of", "blocks"); incoming: other → this item. */
  direction: 'outgoing' | 'incoming';
  key: string;
  title: string;
  status: string;
}

export interface ItemDetail extends Item {
  productKey: string;
  createdByName: string | null;
  requesters: { name: string; email: string | null; createdAt: Date }[];
  links: ItemLink[];
  /** The release the item is planned into, if any. */
  release: { id: string; name: string } | null;
  comments: { id: string; author: string; body: string; createdAt: Date }[];
  watchers: { personId: string; name: string }[];
  /** The reader's role in the product, so a client can offer what they may do. */
  role: Role;
  readiness: Readiness;
  lint: LintFinding[];
  isCreator: boolean;
  isWatching: boolean;
}

export async function getItem(ctx: Ctx, key: string): Promise<ItemDetail> {
  const item = await findItemByKey(ctx.trx, key);
  const product = await findProductById(ctx.trx, item.productId);
  const role = await authorize(ctx, 'item.read', scopeOf(product));
  const [creator, requesters, links, comments, watchers, release] = await Promise.all([
    item.createdBy
      ? ctx.trx.selectFrom('people').select('name').where('id', '=', item.createdBy).executeTakeFirst()
      : undefined,
    ctx.trx
      .selectFrom('item_requesters')
      .select(['name', 'email', 'created_at'])
      .where('item_id', '=', item.id)
      .orderBy('created_at')
      .execute(),
    ctx.trx
      .selectFrom('item_links')
      .innerJoin('items', (join) =>
        join.on(
          sql<boolean>`items.id = case when item_links.from_item_id = ${item.id} then item_links.to_item_id
            else item_links.from_item_id end`,
        ),
      )
      .select(['item_links.kind', 'items.key', 'items.title', 'items.status'])
      .select(
        sql<ItemLink['direction']>`case when item_links.from_item_id = ${item.id} then 'outgoing'
          else 'incoming' end`.as('direction'),
      )
      .where((eb) =>
        eb.or([eb('item_links.from_item_id', '=', item.id), eb('item_links.to_item_id', '=', item.id)]),
      )
      .orderBy('items.rank')
      .execute(),
    ctx.trx
      .selectFrom('comments')
      .innerJoin('people', 'people.id', 'comments.author_id')
      .select(['comments.id', 'people.name as author', 'comments.body', 'comments.created_at'])
      .where('comments.item_id', '=', item.id)
      .orderBy('comments.created_at')
      .execute(),
    ctx.trx
      .selectFrom('watchers')
      .innerJoin('people', 'people.id', 'watchers.person_id')
      .select(['people.id as personId', 'people.name'])
      .where('watchers.item_id', '=', item.id)
      .orderBy('people.name')
      .execute(),
    currentReleaseOf(ctx.trx, item.id),
  ]);
  return {
    ...item,
    productKey: product.key,
    createdByName: creator?.name ?? null,
    requesters: requesters.map((r) => ({ name: r.name, email: r.email, createdAt: r.created_at })),
    links: linksOnce(links),
    release,
    comments: comments.map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.created_at })),
    watchers,
    role,
    readiness: readinessOf(item, product.definitionOfReady),
    lint: lintItem(item, { splitThreshold: product.splitThreshold }),
    isCreator: item.createdBy !== null && item.createdBy === ctx.actor?.personId,
    isWatching: watchers.some((watcher) => watcher.personId === ctx.actor?.personId),
  };
}
