import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { findLiveLink, type LinkPurpose, spendAccountLink } from './account-links.ts';
import { checkNewPassword } from './password-rules.ts';
import { hashPassword } from './secrets.ts';
import { endSessions, type SignedIn, startSession } from './sessions.ts';

/** What a link is for and whose it is: the page that opens it greets them by name. */
export async function describeAccountLink(
  ctx: Ctx,
  token: string,
): Promise<{ purpose: LinkPurpose; name: string; email: string; expiresAt: Date }> {
  const link = await findLiveLink(ctx, token);
  return {
    purpose: link.purpose,
    name: link.person.name,
    email: link.person.email,
    expiresAt: link.expiresAt,
  };
}

/**
 * The holder of a live link sets their password: the link is spent, every session of theirs
 * ends (a reset is often because someone else got in), an invited person joins, and they are
 * signed in here — unless they turned two-factor sign-in on: a mailbox is one factor, so they
 * sign in with their code next (null).
 */
export async function setPasswordWithLink(
  ctx: Ctx,
  input: { token: string; password: string },
): Promise<SignedIn | null> {
  const link = await findLiveLink(ctx, input.token, { forUse: true });
  await checkNewPassword(input.password);
  const joining = link.person.joinedAt === null;
  await ctx.trx
    .updateTable('people')
    .set({ password_hash: await hashPassword(input.password), ...(joining && { joined_at: ctx.now() }) })
    .where('id', '=', link.person.id)
    .execute();
  await spendAccountLink(ctx, input.token);
  await endSessions(ctx, link.person.id);
  const signedIn = link.person.hasTwoFactor ? null : await startSession(ctx, link.person);
  // The holder acts for themselves: their own change in the audit trail.
  const actor = { ...link.person, personId: link.person.id };
  await appendEvent(
    { ...ctx, actor },
    {
      productId: null,
      kind: joining ? 'person.joined' : 'password.reset',
      data: { personId: link.person.id },
    },
  );
  return signedIn;
}
