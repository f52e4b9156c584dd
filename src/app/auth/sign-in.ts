import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { decoyPasswordHash, hashSecret, newSecret, verifyPassword } from './secrets.ts';

export const sessionDays = 30;

export interface SignedIn {
  sessionToken: string;
  expiresAt: Date;
  person: { id: string; name: string; email: string; isAdmin: boolean };
}

export async function signIn(ctx: Ctx, input: { email: string; password: string }): Promise<SignedIn> {
  const person = await ctx.trx
    .selectFrom('people')
    .select(['id', 'name', 'email', 'is_admin', 'password_hash'])
    .where('email', '=', input.email.trim().toLowerCase())
    .executeTakeFirst();
  const isValid = await verifyPassword(person?.password_hash ?? (await decoyPasswordHash()), input.password);
  if (!person || !isValid) throw new AppError('unauthenticated', 'The email or password is wrong');
  const sessionToken = newSecret('ordo_s');
  const expiresAt = new Date(ctx.now().getTime() + sessionDays * 86_400_000);
  await ctx.trx
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(sessionToken),
      person_id: person.id,
      created_at: ctx.now(),
      expires_at: expiresAt,
    })
    .execute();
  return {
    sessionToken,
    expiresAt,
    person: { id: person.id, name: person.name, email: person.email, isAdmin: person.is_admin },
  };
}

export async function signOut(ctx: Ctx, sessionToken: string): Promise<void> {
  await ctx.trx.deleteFrom('sessions').where('token_hash', '=', hashSecret(sessionToken)).execute();
}
