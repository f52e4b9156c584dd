import { sql } from 'kysely';
import { type Log, silentLog } from '../../log.ts';
import type { Ctx, Deps } from '../context.ts';
import { poll } from './poll.ts';

/**
 * Background jobs in a table. Enqueued inside the operation's transaction (so a job exists only
 * if its cause committed), claimed with FOR UPDATE SKIP LOCKED so that several instances never
 * run one twice, retried with back-off when they fail.
 */

export type JobHandler = (ctx: Ctx, payload: Record<string, unknown>) => Promise<void>;

export async function enqueueJob(
  ctx: Ctx,
  job: { kind: string; payload?: Record<string, unknown>; dedupeKey?: string; runAt?: Date },
): Promise<void> {
  await ctx.trx
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      dedupe_key: job.dedupeKey ?? null,
      run_at: job.runAt ?? ctx.now(),
      created_at: ctx.now(),
    })
    .onConflict((oc) => oc.column('dedupe_key').where('done_at', 'is', null).doNothing())
    .execute();
}

export const maxJobAttempts = 5;

/** Claims and runs one due job; answers whether there was one. */
export async function runNextJob(
  deps: Deps,
  handlers: Record<string, JobHandler>,
  log: Log = silentLog,
): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const ctx: Ctx = { trx, actor: null, now: deps.now, baseUrl: deps.baseUrl };
    const job = await trx
      .selectFrom('jobs')
      .select(['id', 'kind', 'payload', 'attempts'])
      .where('done_at', 'is', null)
      .where('run_at', '<=', deps.now())
      .where('attempts', '<', maxJobAttempts)
      .where('kind', 'in', Object.keys(handlers))
      .orderBy('run_at')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!job) return false;
    const handler = handlers[job.kind];
    try {
      await sql`savepoint job`.execute(trx);
      await handler?.(ctx, job.payload);
      await trx
        .updateTable('jobs')
        .set({ done_at: deps.now(), attempts: job.attempts + 1 })
        .where('id', '=', job.id)
        .execute();
    } catch (error) {
      await sql`rollback to savepoint job`.execute(trx);
      const delayMs = 1000 * 2 ** job.attempts;
      log.warn(
        { err: error, job: { id: job.id, kind: job.kind, attempt: job.attempts + 1, of: maxJobAttempts } },
        job.attempts + 1 < maxJobAttempts
          ? `job ${job.kind} failed: retrying in ${delayMs / 1000} s`
          : `job ${job.kind} failed for good`,
      );
      await trx
        .updateTable('jobs')
        .set({
          attempts: job.attempts + 1,
          last_error: (error as Error).message.slice(0, 2000),
          run_at: new Date(deps.now().getTime() + delayMs),
        })
        .where('id', '=', job.id)
        .execute();
    }
    return true;
  });
}

/** Runs due jobs in the background until stopped; `nudge()` runs a pass at once. */
export function startJobRunner(
  deps: Deps,
  handlers: Record<string, JobHandler>,
  options: { log: Log; intervalMs?: number },
) {
  return poll(() => runNextJob(deps, handlers, options.log), {
    intervalMs: options.intervalMs ?? 5_000,
    label: 'a background job pass',
    log: options.log,
  });
}
