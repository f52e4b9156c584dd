import { abuseLimits } from '../../domain/abuse-limits.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  type Counter,
  clearCounters,
  counter,
  countHits,
  refuseIfLimited,
} from '../limits/limit-counters.ts';
import { announceRevocation } from './revocations.ts';
import { decoyPasswordHash, hashSecret, verifyPassword } from './secrets.ts';
import { type SignedIn, startSession } from './sessions.ts';
import { acceptSecondFactor } from './two-factor/second-factor.ts';

export interface SignInInput {
  email: string;
  password: string;
  /** Where the attempt comes from (the client's IP address), for the limits on failures. */
  address: string;
  /** The second factor, for someone who turned it on: a code from their app, or a recovery code. */
  code?: string;
}

/** The counters a failed sign-in adds to: the account (known or not), the address, everyone. */
export function failureCounters(email: string, address: string): { account: Counter[]; all: Counter[] } {
  const accountKey = hashSecret(email);
  const account = [
    counter(abuseLimits.signInAccount, accountKey),
    counter(abuseLimits.signInAccountDaily, accountKey),
  ];
  return {
    account,
    all: [...account, counter(abuseLimits.signInAddress, address), counter(abuseLimits.signInEveryone)],
  };
}

/**
 * Email and password for a session. Run outside a transaction: a failure must be counted even
 * though the attempt is refused. While a limit holds, even the right password is refused (429)
 * before it is checked; a success clears the account's failures.
 */
export async function signIn(ctx: Ctx, input: SignInInput): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const counters = failureCounters(email, input.address);
  const counting = await refuseIfLimited(ctx.trx, counters.all, ctx.now());
  const person = await ctx.trx
    .selectFrom('people')
    .select([
      'id',
      'name',
      'email',
      'is_admin',
      'password_hash',
      'deactivated_at',
      'totp_secret',
      'totp_last_step',
    ])
    .where('email', '=', email)
    .executeTakeFirst();
  const isValid = await verifyPassword(person?.password_hash ?? (await decoyPasswordHash()), input.password);
  if (!person?.password_hash || !isValid) {
    await countHits(ctx.trx, counters.all, ctx.now());
    throw new AppError('unauthenticated', 'The email or password is wrong');
  }
  if (person.totp_secret) {
    // The password was right: ask for the second factor, or check it. A wrong code counts as a
    // failed sign-in, so codes cannot be guessed faster than passwords.
    if (!input.code) {
      throw new AppError('second_factor_required', 'Enter the 6-digit code from your authenticator app');
    }
    const accepted = await acceptSecondFactor(
      ctx.trx,
      ctx.secretBox,
      { id: person.id, totp_secret: person.totp_secret, totp_last_step: person.totp_last_step },
      input.code,
      ctx.now(),
    );
    if (!accepted) {
      await countHits(ctx.trx, counters.all, ctx.now());
      throw new AppError(
        'second_factor_required',
        'That code is wrong or was already used: try the next one',
      );
    }
  }
  await clearCounters(
    ctx.trx,
    counters.account.map((c) => c.key).filter((key) => counting.includes(key)),
  );
  // Told only to someone who knows the password: it says no more than an admin would.
  if (person.deactivated_at) {
    throw new AppError('forbidden', 'This account is deactivated: ask a workspace admin to reactivate it');
  }
  return startSession(ctx, {
    id: person.id,
    name: person.name,
    email: person.email,
    isAdmin: person.is_admin,
  });
}

/** Ends a session here and, through the database, in every instance's cache of who is who. */
export async function signOut(ctx: Ctx, sessionToken: string): Promise<void> {
  await announceRevocation(
    ctx.trx,
    ctx.trx.deleteFrom('sessions').where('token_hash', '=', hashSecret(sessionToken)).returning('token_hash'),
  );
}
