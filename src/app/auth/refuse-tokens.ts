import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';

/**
 * What guards an account itself (its second factor, the email it signs in with) is changed by
 * a person signed in, never by an API token: a leaked token must not be able to take the
 * account over.
 */
export function refuseTokens(ctx: Ctx, what: string): void {
  if (ctx.actor?.viaToken) {
    throw new AppError('forbidden', `Sign in to change ${what}: an API token may not`);
  }
}
