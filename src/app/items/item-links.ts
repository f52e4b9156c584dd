import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { invalidInput } from '../errors.ts';
import type { LinkInput } from './create-item.ts';
import { findItemsByKeys, type Item } from './item-queries.ts';

/** Adds links from `item` to other items of its product; an unknown or self link is refused. */
export async function addLinks(trx: Kysely<DB>, item: Item, links: LinkInput[]): Promise<void> {
  if (links.length === 0) return;
  const ids = await findItemsByKeys(
    trx,
    item.productId,
    links.map((link) => link.key),
  );
  const rows = links.map((link, index) => {
    const toId = ids.get(link.key.toUpperCase());
    if (!toId) throw invalidInput(`links.${index}.key`, `no item ${link.key} in this product`);
    if (toId === item.id) throw invalidInput(`links.${index}.key`, 'an item cannot link to itself');
    return { from_item_id: item.id, to_item_id: toId, kind: link.kind };
  });
  await trx
    .insertInto('item_links')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Replaces every link that starts at `item`. */
export async function replaceLinks(trx: Kysely<DB>, item: Item, links: LinkInput[]): Promise<void> {
  await trx.deleteFrom('item_links').where('from_item_id', '=', item.id).execute();
  await addLinks(trx, item, links);
}
