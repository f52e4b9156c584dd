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
 * What a mail is about, for the recipient's preferences: the daily digest and notices can be
 * turned off in one's profile; mail about one's account (an invitation, a reset) always goes.
 */
export type MailAbout = 'digest' | 'notice' | 'account';

const preferenceColumn = { digest: 'mail_digest', notice: 'mail_notices' } as const;

/**
 * Puts a mail in the outbox, in the caller's transaction: it is sent only if the change that
 * caused it commits, and never holds up the request. A dedupe key makes a second enqueue a no-op.
 * A digest or notice to a person of the workspace who turned it off, or was deactivated, is not
 * queued at all. A `sensitive` mail (it carries a secret) loses its body once sent.
 */
export async function queueMail(
  ctx: Ctx,
  mail: {
    to: string;
    subject: string;
    body: string;
    about: MailAbout;
    dedupeKey?: string;
    sensitive?: boolean;
  },
): Promise<void> {
  if (mail.about !== 'account') {
    const column = preferenceColumn[mail.about];
    const declined = await ctx.trx
      .selectFrom('people')
      .select('id')
      .where('email', '=', mail.to.trim().toLowerCase())
      .where((eb) => eb.or([eb('deactivated_at', 'is not', null), eb(column, '=', false)]))
      .executeTakeFirst();
    if (declined) return;
  }
  await ctx.trx
    .insertInto('outbox')
    .values({
      to_email: mail.to,
      subject: mail.subject,
      body: mail.body,
      dedupe_key: mail.dedupeKey ?? null,
      created_at: ctx.now(),
      next_attempt_at: ctx.now(),
      sensitive: mail.sensitive ?? false,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}
