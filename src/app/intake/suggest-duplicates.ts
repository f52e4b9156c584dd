import { sql } from 'kysely';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';

export interface DuplicateSuggestion {
  kind: 'item' | 'request';
  key: string;
  title: string;
  status: string;
  score: number;
}

/** `csv export for invoices` → `csv | export | invoic…` over words of 3+ letters: any may match. */
function anyWordQuery(text: string): string | null {
  const words = [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 3),
    ),
  ].slice(0, 16);
  return words.length ? words.join(' | ') : null;
}

const candidates = 20;

/**
 * Items and open requests that look like the same ask: trigram similarity of titles (pg_trgm)
 * and full-text matches over titles and problem statements, each narrowed by its index first.
 */
export async function findDuplicates(
  ctx: Ctx,
  input: { productId: string; title: string; problem?: string; excludeRequestId?: string; limit: number },
): Promise<DuplicateSuggestion[]> {
  const title = input.title.trim().slice(0, 200);
  const words = anyWordQuery(`${title} ${input.problem ?? ''}`.slice(0, 2000));
  if (!title && !words) return [];
  const query = words ? sql`to_tsquery('english', ${words})` : sql`''::tsquery`;
  const { rows } = await sql<DuplicateSuggestion>`
    with item_hits as (
      (select id from items where product_id = ${input.productId} and archived_at is null and title % ${title}
        order by similarity(title, ${title}) desc limit ${candidates})
      union
      (select id from items where product_id = ${input.productId} and archived_at is null and search @@ ${query}
        order by ts_rank(search, ${query}) desc limit ${candidates})
    ), request_hits as (
      select id from requests where product_id = ${input.productId} and state in ('new', 'needs_info')
        and id is distinct from ${input.excludeRequestId ?? null}::uuid
        and (title % ${title} or search @@ ${query})
      limit ${candidates}
    )
    select * from (
      select 'item' as kind, i.key, i.title, i.status,
        (similarity(i.title, ${title}) + ts_rank(i.search, ${query}))::float8 as score
      from items i join item_hits using (id)
      union all
      select 'request' as kind, p.key || '-R' || r.number, r.title, r.state,
        (similarity(r.title, ${title}) + ts_rank(r.search, ${query}))::float8 as score
      from requests r join request_hits using (id) join products p on p.id = r.product_id
    ) suggestions
    where score > 0.15
    order by score desc
    limit ${input.limit}`.execute(ctx.trx);
  return rows.map((row) => ({ ...row, score: Math.round(row.score * 1000) / 1000 }));
}

/** Suggestions while someone writes a request: for people who may submit to the product. */
export async function suggestDuplicates(
  ctx: Ctx,
  input: { productKey: string; title: string; problem?: string; limit?: number },
): Promise<DuplicateSuggestion[]> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'request.submit', scopeOf(product));
  return findDuplicates(ctx, {
    productId: product.id,
    title: input.title,
    problem: input.problem,
    limit: input.limit ?? 5,
  });
}
