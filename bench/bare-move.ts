import { performance } from 'node:perf_hooks';
import { generateKeyBetween } from 'fractional-indexing';
import type { SqlSession } from './databases.ts';
import { type Summary, summarise } from './measure.ts';
import { productKey } from './seed-items.ts';

/**
 * The floor under an API move: the two statements a move must write, in one transaction,
 * straight on the driver (no HTTP, no auth, no neighbour reads, no NOTIFY).
 */
export async function measureBareMove(
  session: SqlSession,
  random: () => number,
  items: number,
  runs: number,
  warmups: number,
): Promise<Summary> {
  const product = await session.query('SELECT id FROM products WHERE key = $1', [productKey]);
  const productId = product.rows[0]?.id as string;
  const person = await session.query('SELECT id FROM people LIMIT 1');
  const actorId = person.rows[0]?.id as string;
  const keys = Array.from(
    { length: runs + warmups },
    () => `${productKey}-${1 + Math.floor(random() * items)}`,
  );
  const found = await session.query('SELECT id, key FROM items WHERE key = ANY($1)', [keys]);
  const idOf = new Map(found.rows.map((row) => [row.key as string, row.id as string]));
  const top = await session.query('SELECT rank FROM items WHERE product_id = $1 ORDER BY rank LIMIT 1', [
    productId,
  ]);
  let topRank = top.rows[0]?.rank as string;
  const workspace = await session.query('SELECT workspace_id FROM products WHERE id = $1', [productId]);
  const workspaceId = workspace.rows[0]?.workspace_id as string;
  const durations: number[] = [];
  for (const [i, key] of keys.entries()) {
    const rank = generateKeyBetween(null, topRank);
    topRank = rank;
    const data = JSON.stringify({ from: { after: null, before: null }, to: { after: null, before: key } });
    const start = performance.now();
    await session.query('BEGIN');
    await session.query(
      'UPDATE items SET rank = $1, updated_at = now(), last_activity_at = now() WHERE id = $2',
      [rank, idOf.get(key)],
    );
    await session.query(
      `INSERT INTO events (workspace_id, product_id, item_id, actor_id, kind, data, created_at)
       VALUES ($5, $1, $2, $3, 'item.moved', $4, now()) RETURNING id`,
      [productId, idOf.get(key), actorId, data, workspaceId],
    );
    await session.query('COMMIT');
    if (i >= warmups) durations.push(performance.now() - start);
  }
  return summarise(durations);
}
