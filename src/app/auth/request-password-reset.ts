import { abuseLimits } from '../../domain/abuse-limits.ts';
import type { Ctx } from '../context.ts';
import { counter, spendAllowance } from '../limits/limit-counters.ts';
import { normaliseEmail } from '../people/person.ts';
import { sendAccountLink } from './account-links.ts';
import { hashSecret } from './secrets.ts';

/**
 * Someone who forgot their password asks for a link. The answer is the same whether or not the
 * address belongs to anyone (nothing is told to the asker); a person who may sign in gets a
 * mail. A few per account and per address, then 429.
 */
export async function requestPasswordReset(
  ctx: Ctx,
  input: { email: string; address: string },
): Promise<void> {
  const email = normaliseEmail(input.email);
  await spendAllowance(
    ctx.trx,
    [
      counter(abuseLimits.passwordResetAccount, hashSecret(email)),
      counter(abuseLimits.passwordResetAddress, input.address),
    ],
    ctx.now(),
  );
  const person = await ctx.trx
    .selectFrom('people')
    .select(['people.id', 'people.name', 'people.email'])
    .where('people.email', '=', email)
    .where('people.deactivated_at', 'is', null)
    // Not for an open invitation (the invitation's own link stays), nor for someone who signs in
    // only through the company's provider (they have no password to reset).
    .where('people.joined_at', 'is not', null)
    .where('people.password_hash', 'is not', null)
    .executeTakeFirst();
  if (person) await sendAccountLink(ctx, person, 'password_reset');
}
