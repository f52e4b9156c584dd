import type { Ctx } from '../context.ts';

/** An in-app notice for a person with an account. */
export async function notifyPerson(
  ctx: Ctx,
  notice: {
    personId: string;
    productId: string | null;
    kind: string;
    title: string;
    body?: string;
    link?: string | null;
  },
): Promise<void> {
  await ctx.trx
    .insertInto('notifications')
    .values({
      person_id: notice.personId,
      product_id: notice.productId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body ?? '',
      link: notice.link ?? null,
      created_at: ctx.now(),
    })
    .execute();
}

/**
 * Puts a mail in the outbox, in the caller's transaction: it is sent only if the change that
 * caused it commits, and never holds up the request. A dedupe key makes a second enqueue a no-op.
 */
export async function queueMail(
  ctx: Ctx,
  mail: { to: string; subject: string; body: string; dedupeKey?: string },
): Promise<void> {
  await ctx.trx
    .insertInto('outbox')
    .values({
      to_email: mail.to,
      subject: mail.subject,
      body: mail.body,
      dedupe_key: mail.dedupeKey ?? null,
      created_at: ctx.now(),
      next_attempt_at: ctx.now(),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}
