import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Limit, secondsUntil, waitInWords } from '../../domain/abuse-limits.ts';
import { AppError } from '../errors.ts';

/** One counter: a limit applied to one subject (an account, an address, a product and address). */
export interface Counter {
  limit: Limit;
  key: string;
}

interface CounterRow {
  key: string;
  hits: number;
  resets_at: Date;
}

export const counter = (limit: Limit, ...subject: string[]): Counter => ({
  limit,
  key: [limit.name, ...subject].join(':'),
});

function limitedError(counter: Counter, resetsAt: Date, now: Date): AppError {
  const retryAfterSeconds = secondsUntil(resetsAt, now);
  return new AppError(
    'rate_limited',
    `Too many ${counter.limit.refused}: try again in ${waitInWords(retryAfterSeconds)}`,
    { limit: counter.limit.name, retryAfterSeconds },
  );
}

/** The counter that refuses longest among `rows`, as an error; null when none is at its limit. */
function refusal(counters: readonly Counter[], rows: readonly CounterRow[], now: Date, over: number) {
  let worst: { counter: Counter; resetsAt: Date } | null = null;
  for (const row of rows) {
    const found = counters.find((c) => c.key === row.key);
    if (!found || row.hits < found.limit.max + over || row.resets_at <= now) continue;
    if (!worst || row.resets_at > worst.resetsAt) worst = { counter: found, resetsAt: row.resets_at };
  }
  return worst ? limitedError(worst.counter, worst.resetsAt, now) : null;
}

/**
 * Refuses (429) when any counter is at its limit, without counting; one statement. Answers the
 * counters that have hits in an open window, so a caller can clear them.
 */
export async function refuseIfLimited(
  trx: Kysely<DB>,
  counters: readonly Counter[],
  now: Date,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('limit_counters')
    .select(['key', 'hits', 'resets_at'])
    .where(
      'key',
      'in',
      counters.map((c) => c.key),
    )
    .where('resets_at', '>', now)
    .execute();
  const refused = refusal(counters, rows, now, 0);
  if (refused) throw refused;
  return rows.map((row) => row.key);
}

/**
 * Counts one hit on each counter, atomically for any number of instances (one `insert … on
 * conflict do update … returning`); a counter whose window closed starts again at 1.
 */
export async function countHits(
  trx: Kysely<DB>,
  counters: readonly Counter[],
  now: Date,
): Promise<CounterRow[]> {
  // Rows locked in one order by everyone: two statements never wait on each other in a circle.
  const sorted = [...counters].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await trx
    .insertInto('limit_counters')
    .values(
      sorted.map((c) => ({ key: c.key, hits: 1, resets_at: new Date(now.getTime() + c.limit.windowMs) })),
    )
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql`case when limit_counters.resets_at <= ${now} then 1 else limit_counters.hits + 1 end`,
        resets_at: sql`case when limit_counters.resets_at <= ${now} then excluded.resets_at
          else limit_counters.resets_at end`,
      }),
    )
    .returning(['key', 'hits', 'resets_at'])
    .execute();
  // Now and then, closed windows are swept away: cheap (an index range), and no job to run.
  if (Math.random() < 1 / 32) await sweepCounters(trx, now);
  return rows;
}

/** Counts a hit and refuses (429) the one that goes past a limit. */
export async function spendAllowance(
  trx: Kysely<DB>,
  counters: readonly Counter[],
  now: Date,
): Promise<void> {
  const refused = refusal(counters, await countHits(trx, counters, now), now, 1);
  if (refused) throw refused;
}

export async function clearCounters(trx: Kysely<DB>, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await trx.deleteFrom('limit_counters').where('key', 'in', keys).execute();
}

/** Deletes up to `batch` counters whose window has closed; answers how many. */
export async function sweepCounters(trx: Kysely<DB>, now: Date, batch = 500): Promise<number> {
  const result = await trx
    .deleteFrom('limit_counters')
    .where('key', 'in', (eb) =>
      eb.selectFrom('limit_counters').select('key').where('resets_at', '<=', now).limit(batch),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
