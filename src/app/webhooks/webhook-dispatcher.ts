import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { nextRetryDelayMs, standardRetryDelaysMs } from '../../domain/webhook-retries.ts';
import type { Log } from '../../log.ts';
import type { SecretBox } from '../auth/secret-box.ts';
import { type Deps, inTransaction } from '../context.ts';
import { poll } from '../jobs/poll.ts';
import { privateAddressesAllowed } from './address-guard.ts';
import { disableWebhook } from './disable-webhook.ts';
import { buildPayloads } from './webhook-payload.ts';
import { signatureHeader } from './webhook-secret.ts';
import { type SendOutcome, sendDelivery, sendTimeoutMs } from './webhook-sender.ts';

export const webhooksChannel = 'ordo_webhooks';

export interface DispatchOptions {
  log: Log;
  /** The waits between attempts; the specification's schedule unless a test says otherwise. */
  retryDelaysMs?: readonly number[];
  allowPrivate?: boolean;
  /** Deliveries claimed at once (and sent at once, to different items or webhooks). */
  batchSize?: number;
  /** How long a claim holds: past it, an instance that died mid-send is taken over. */
  leaseMs?: number;
  timeoutMs?: number;
}

type DispatchDeps = Deps & { secretBox: SecretBox };

interface Claimed {
  id: string;
  webhook_id: string;
  event_id: string | null;
  attempts: number;
  payload: string | null;
  url: string;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_until: Date | null;
}

/**
 * Claims due deliveries: pending, their time come, their webhook on (a test delivery goes even
 * to one turned off), not claimed by a live sender, and none of their item's earlier deliveries
 * to the same webhook still pending (an item's events arrive in order). SKIP LOCKED lets several
 * instances claim side by side; the lease lets another take over from one that died.
 */
async function claimDue(deps: DispatchDeps, batchSize: number, leaseMs: number): Promise<Claimed[]> {
  const now = deps.now();
  const { rows } = await sql<Claimed>`
    with due as (
      select delivery.id from webhook_deliveries delivery
      join webhooks hook on hook.id = delivery.webhook_id
      where delivery.state = 'pending' and delivery.next_attempt_at <= ${now}
        and (hook.is_enabled or delivery.event_id is null)
        and (delivery.claimed_until is null or delivery.claimed_until < ${now})
        and not exists (
          select 1 from webhook_deliveries earlier
          where earlier.webhook_id = delivery.webhook_id and earlier.item_id = delivery.item_id
            and earlier.state = 'pending' and earlier.id < delivery.id)
      order by delivery.next_attempt_at, delivery.id
      limit ${batchSize}
      for update of delivery skip locked)
    update webhook_deliveries delivery
    set claimed_until = ${new Date(now.getTime() + leaseMs)}
    from due, webhooks hook
    where delivery.id = due.id and hook.id = delivery.webhook_id
    returning delivery.id::text as id, delivery.webhook_id, delivery.event_id::text as event_id,
      delivery.attempts, delivery.payload, hook.url, hook.secret_sealed, hook.previous_secret_sealed,
      hook.previous_secret_until`.execute(deps.db);
  return rows;
}

/** The secrets that sign now: the current one, and the rotated-out one while its overlap lasts. */
function signingSecrets(deps: DispatchDeps, delivery: Claimed, now: Date): string[] {
  const secrets = [deps.secretBox.open(delivery.secret_sealed)];
  if (
    delivery.previous_secret_sealed &&
    delivery.previous_secret_until &&
    delivery.previous_secret_until > now
  ) {
    secrets.push(deps.secretBox.open(delivery.previous_secret_sealed));
  }
  return secrets;
}

export const messageIdOf = (delivery: { id: string; event_id: string | null }) =>
  delivery.event_id ? `msg_${delivery.event_id}` : `msg_test_${delivery.id}`;

interface Sent {
  delivery: Claimed;
  body: string;
  headers: Record<string, string>;
  startedAt: Date;
  outcome: SendOutcome;
}

async function send(
  deps: DispatchDeps,
  delivery: Claimed,
  body: string,
  options: DispatchOptions,
): Promise<Sent> {
  const startedAt = deps.now();
  const messageId = messageIdOf(delivery);
  const headers = {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(startedAt.getTime() / 1000)),
    'webhook-signature': signatureHeader(
      signingSecrets(deps, delivery, startedAt),
      messageId,
      startedAt,
      body,
    ),
  };
  const outcome = await sendDelivery(delivery.url, headers, body, {
    allowPrivate: options.allowPrivate ?? privateAddressesAllowed(),
    timeoutMs: options.timeoutMs,
  });
  return { delivery, body, headers, startedAt, outcome };
}

const succeeded = (outcome: SendOutcome) =>
  outcome.status !== null && outcome.status >= 200 && outcome.status < 300;

/** What an attempt came to: delivered, tried again later, or failed for good (and why). */
function verdict(sent: Sent, delays: readonly number[]) {
  if (succeeded(sent.outcome)) return { state: 'delivered' as const };
  if (sent.outcome.status === 410)
    return { state: 'failed' as const, disable: 'its receiver answered 410 Gone' };
  const delay = nextRetryDelayMs(sent.delivery.attempts + 1, delays);
  if (delay === null) {
    return {
      state: 'failed' as const,
      disable: `every attempt failed (${sent.delivery.attempts + 1} attempts)`,
    };
  }
  return { state: 'pending' as const, retryAt: new Date(sent.startedAt.getTime() + delay) };
}

/**
 * Records each attempt: two statements for the whole batch (the deliveries' new state, the
 * attempts' log), in one short transaction; no HTTP call is ever inside one.
 */
async function recordAttempts(deps: DispatchDeps, sent: Sent[], options: DispatchOptions): Promise<void> {
  const delays = options.retryDelaysMs ?? standardRetryDelaysMs;
  const now = deps.now();
  const outcomes = sent.map((attempt) => {
    const { outcome } = attempt;
    const failure = outcome.error ?? (outcome.status === null ? null : `answered ${outcome.status}`);
    return { attempt, result: verdict(attempt, delays), failure };
  });
  await inTransaction(deps, null, async (ctx) => {
    const rows = outcomes.map(
      ({
        attempt,
        result,
        failure,
      }) => sql`(${attempt.delivery.id}::bigint, ${result.state}, ${attempt.delivery.attempts + 1}::int,
        ${result.state === 'pending' ? result.retryAt : null}::timestamptz,
        ${result.state === 'delivered' ? now : null}::timestamptz, ${attempt.outcome.status}::int,
        ${result.state === 'delivered' ? null : failure}::text, ${attempt.body}::text)`,
    );
    await sql`update webhook_deliveries delivery
      set state = outcome.state, attempts = outcome.attempts, claimed_until = null,
        next_attempt_at = coalesce(outcome.retry_at, delivery.next_attempt_at),
        delivered_at = outcome.delivered_at, last_status = outcome.status, last_error = outcome.error,
        payload = outcome.payload
      from (values ${sql.join(rows)}) as outcome (id, state, attempts, retry_at, delivered_at, status, error, payload)
      where delivery.id = outcome.id`.execute(ctx.trx);
    await ctx.trx
      .insertInto('webhook_attempts')
      .values(
        outcomes.map(({ attempt }) => ({
          delivery_id: attempt.delivery.id,
          attempt: sql<number>`(select count(*) + 1 from webhook_attempts where delivery_id = ${attempt.delivery.id})`,
          request_headers: JSON.stringify(attempt.headers),
          response_status: attempt.outcome.status,
          response_body: attempt.outcome.responseBody,
          error: attempt.outcome.error,
          duration_ms: attempt.outcome.durationMs,
          started_at: attempt.startedAt,
        })),
      )
      .execute();
    for (const { attempt, result } of outcomes) {
      if (result.state === 'failed' && result.disable && attempt.delivery.event_id) {
        await disableWebhook(ctx, attempt.delivery.webhook_id, result.disable);
      }
    }
  });
  for (const { attempt, result, failure } of outcomes) {
    if (result.state === 'delivered') continue;
    const { delivery } = attempt;
    options.log.warn(
      { webhook: { id: delivery.webhook_id, delivery: delivery.id, attempt: delivery.attempts + 1 } },
      `webhook delivery failed: ${failure ?? 'no answer'}`,
    );
  }
}

/** One pass: claims due deliveries, sends them side by side, records what came of each. */
export async function dispatchDue(deps: DispatchDeps, options: DispatchOptions): Promise<number> {
  // A claim outlives the longest send (and the recording after it): past that, its sender died.
  const leaseMs = options.leaseMs ?? (options.timeoutMs ?? sendTimeoutMs) + 5_000;
  const claimed = await claimDue(deps, options.batchSize ?? 64, leaseMs);
  if (claimed.length === 0) return 0;
  const payloads = await buildPayloads(
    deps,
    claimed.flatMap((delivery) =>
      delivery.payload === null && delivery.event_id ? [delivery.event_id] : [],
    ),
  );
  const sent = await Promise.all(
    claimed.map((delivery) => {
      const body = delivery.payload ?? payloads.get(delivery.event_id ?? '') ?? '{}';
      return send(deps, delivery, body, options);
    }),
  );
  await recordAttempts(deps, sent, options);
  return claimed.length;
}

/** The delivery log is kept 30 days. */
export async function forgetOldDeliveries(deps: Pick<Deps, 'db' | 'now'>): Promise<void> {
  const before = new Date(deps.now().getTime() - 30 * 24 * 3_600_000);
  await sql`delete from webhook_attempts where delivery_id in (
    select id from webhook_deliveries where created_at < ${before} and state <> 'pending')`.execute(deps.db);
  await deps.db
    .deleteFrom('webhook_deliveries')
    .where('created_at', '<', before)
    .where('state', '<>', 'pending')
    .execute();
}

/**
 * Sends webhook deliveries in the background until stopped: woken at once when a commit queues
 * some (the `events_ordered` trigger notifies), and every second for retries that come due.
 */
export async function startWebhookDispatcher(
  database: Database,
  deps: DispatchDeps,
  options: DispatchOptions & { intervalMs?: number },
) {
  const polling = poll(async () => (await dispatchDue(deps, options)) > 0, {
    intervalMs: options.intervalMs ?? 1_000,
    label: 'sending webhooks',
    log: options.log,
  });
  const unlisten = await database.listen(webhooksChannel, () => polling.nudge());
  const housekeeping = poll(
    async () => {
      await forgetOldDeliveries(deps);
      return false;
    },
    { intervalMs: 3_600_000, label: 'forgetting old webhook deliveries', log: options.log },
  );
  polling.nudge();
  return {
    nudge: () => polling.nudge(),
    isAlive: () => polling.isAlive(),
    stop: async () => {
      await unlisten();
      await polling.stop();
      await housekeeping.stop();
    },
  };
}
