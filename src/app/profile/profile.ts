import type { Ctx } from '../context.ts';

/** What a person sees and keeps of themselves. */
export interface Profile {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  /** The custodian's daily digest by mail (owners get it). */
  mailDigest: boolean;
  /** Mail when something they asked for or follow changes. */
  mailNotices: boolean;
  /** False for someone who signs in only through the company's identity provider. */
  hasPassword: boolean;
  /** Two-factor sign-in is on; the recovery codes not yet used. */
  hasTwoFactor: boolean;
  recoveryCodesLeft: number;
  sessions: number;
}

export async function readProfile(ctx: Ctx, personId: string): Promise<Profile> {
  const row = await ctx.trx
    .selectFrom('people')
    .select((eb) => [
      'id',
      'name',
      'email',
      'is_admin',
      'mail_digest',
      'mail_notices',
      'password_hash',
      'totp_enabled_at',
      eb
        .selectFrom('recovery_codes')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('recovery_codes.person_id', '=', 'people.id')
        .where('recovery_codes.used_at', 'is', null)
        .as('recoveryCodes'),
      eb
        .selectFrom('sessions')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('sessions.person_id', '=', 'people.id')
        .where('sessions.expires_at', '>', ctx.now())
        .as('sessions'),
    ])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    isAdmin: row.is_admin,
    mailDigest: row.mail_digest,
    mailNotices: row.mail_notices,
    hasPassword: row.password_hash !== null,
    hasTwoFactor: row.totp_enabled_at !== null,
    recoveryCodesLeft: Number(row.recoveryCodes ?? 0),
    sessions: Number(row.sessions ?? 0),
  };
}
