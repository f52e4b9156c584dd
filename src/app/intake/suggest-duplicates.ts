import { sql } from 'kysely';
import { planEachRun } from '../../db/plan-each-run.ts';
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

/** Below this, a candidate that shares one word or a likeness is not worth showing. */
const minimumScore = 0.3;
/** Below this, not even a candidate that shares most of the ask's words is. */
const weakestScore = 0.1;
/** A word in fewer titles than this tells an ask apart. */
const distinctive = 10;
/** At most this many items are drawn as candidates and ranked. */
const candidates = 200;
/** The first words of a title that draw candidates: enough to tell asks apart, few to combine. */
const drawingWords = 8;

/** A lexeme as a tsquery operand, taken literally: `o'neil` → `'o''neil'`. */
function operand(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A tsquery matching text that holds all but one of the lexemes (all of them when there are two
 * or fewer): `(a & b) | (a & c) | (b & c)` for three. Near-duplicates share most of their words,
 * while any single word of a large backlog's vocabulary matches thousands of items.
 */
export function mostWordsQuery(lexemes: string[]): string | null {
  if (lexemes.length <= 2) return lexemes.length ? lexemes.map(operand).join(' & ') : null;
  return lexemes
    .map(
      (_, left) =>
        `(${lexemes
          .filter((__, i) => i !== left)
          .map(operand)
          .join(' & ')})`,
    )
    .join(' | ');
}

/** The distinct English lexemes of a title and a problem, in order of appearance, stop words left out. */
async function lexemesOf(ctx: Ctx, title: string, problem: string) {
  const { rows } = await sql<{ lexeme: string; in_title: boolean }>`
    select lexeme, bool_or(in_title) as in_title from (
      select lexeme, positions[1] as at, true as in_title from unnest(to_tsvector('english', ${title}))
      union all
      select lexeme, 100000 + positions[1], false from unnest(to_tsvector('english', ${problem}))
    ) words group by lexeme order by min(at) limit 32`.execute(ctx.trx);
  const all = rows.map((row) => row.lexeme);
  const inTitle = rows.filter((row) => row.in_title).map((row) => row.lexeme);
  return { drawing: (inTitle.length ? inTitle : all).slice(0, drawingWords), all };
}

/**
 * Items and open requests that look like the same ask. Candidates are drawn in tiers, each by an
 * index: titles sharing most of the title's words (`items_title_words_idx`); when those are few,
 * items whose title and problem statement share them (full-text search), then titles sharing one
 * distinctive word; when there are none, titles alike by trigrams (pg_trgm), which catches
 * misspellings. The few candidates are ranked by title similarity plus full-text rank over
 * titles and problem statements.
 */
export async function findDuplicates(
  ctx: Ctx,
  input: { productId: string; title: string; problem?: string; excludeRequestId?: string; limit: number },
): Promise<DuplicateSuggestion[]> {
  const title = input.title.trim().slice(0, 200);
  const problem = (input.problem ?? '').slice(0, 2000);
  const lexemes = await lexemesOf(ctx, title, problem);
  const drawing = mostWordsQuery(lexemes.drawing);
  if (!title && !drawing) return [];
  const inTitles = drawing ? sql`to_tsvector('english', title) @@ ${drawing}::tsquery` : sql`false`;
  const inText = drawing ? sql`search @@ ${drawing}::tsquery` : sql`false`;
  // Any one distinctive word: one in fewer than `distinctive` titles (a product's common words,
  // "invoice" in an invoicing product, would draw everything).
  const anyWord = sql`to_tsvector('english', title) @@ (
    select string_agg(quote_literal(word), ' | ')::tsquery from unnest(${sql.val(lexemes.drawing)}::text[]) word
    where (select count(*) from (
      select 1 from items t where t.product_id = ${input.productId} and t.archived_at is null
        and to_tsvector('english', t.title) @@ quote_literal(word)::tsquery limit ${distinctive}) uses) < ${distinctive})`;
  const alike = title ? sql`title % ${title}` : sql`false`;
  const enoughWords = lexemes.drawing.length >= 2;
  const ranking = lexemes.all.length
    ? sql`${lexemes.all.map(operand).join(' | ')}::tsquery`
    : sql`''::tsquery`;
  const { rows } = await sql<DuplicateSuggestion>`
    with by_title as (
      select id from items where product_id = ${input.productId} and archived_at is null and ${inTitles}
      limit ${candidates}
    ), by_text as (
      select id from items
      where (select count(*) from by_title) < ${input.limit}
        and product_id = ${input.productId} and archived_at is null and ${inText}
      limit ${candidates}
    ), by_word as (
      select id from items
      where (select count(*) from (select id from by_title union select id from by_text) found) < ${input.limit}
        and product_id = ${input.productId} and archived_at is null and ${anyWord}
      limit ${candidates}
    ), misspelt as (
      select id from items
      where not exists (select 1 from by_title union all select 1 from by_text union all select 1 from by_word)
        and product_id = ${input.productId} and archived_at is null and ${alike}
      order by similarity(title, ${title}) desc limit 20
    ), request_hits as (
      select id from requests where product_id = ${input.productId} and state in ('new', 'needs_info')
        and id is distinct from ${input.excludeRequestId ?? null}::uuid and (${alike} or ${inText})
      limit 20
    )
    select kind, key, title, status, score from (
      select 'item' as kind, i.key, i.title, i.status,
        (similarity(i.title, ${title}) + ts_rank(i.search, ${ranking}))::float8 as score,
        ${enoughWords} and i.id in (select id from by_title union select id from by_text)
          as shares_most_words
      from items i
      where i.id in (
        select id from by_title union select id from by_text union select id from by_word union select id from misspelt
      )
      union all
      select 'request' as kind, p.key || '-R' || r.number, r.title, r.state,
        (similarity(r.title, ${title}) + ts_rank(r.search, ${ranking}))::float8 as score,
        ${enoughWords} and ${inText} as shares_most_words
      from requests r join request_hits using (id) join products p on p.id = r.product_id
    ) suggestions
    -- Sharing most of the ask's words is evidence enough; a lone word or a likeness needs more.
    where score > case when shares_most_words then ${weakestScore}::float8 else ${minimumScore}::float8 end
    order by score desc
    limit ${input.limit} ${planEachRun}`.execute(ctx.trx);
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
