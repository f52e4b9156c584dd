import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { SecretBox } from '../secret-box.ts';
import { hashSecret } from '../secrets.ts';
import { base32Encode, matchingStep } from '../totp.ts';

export const recoveryCodeCount = 10;

/** The server's key, without which no TOTP secret can be sealed or read. */
export function requireSecretBox(ctx: Pick<Ctx, 'secretBox'>): SecretBox {
  if (!ctx.secretBox) {
    throw new AppError(
      'not_available',
      'Two-factor sign-in needs the server’s key: the administrator sets ORDO_SECRET_KEY (32 characters or more)',
    );
  }
  return ctx.secretBox;
}

/** "ABCD-EFGH-JKLM-NPQR": 80 random bits, easy to copy; compared without case or dashes. */
const newRecoveryCode = () => base32Encode(randomBytes(10)).match(/.{4}/g)?.join('-') ?? '';
const recoveryHash = (code: string) => hashSecret(`recovery:${code.replace(/[\s-]/g, '').toUpperCase()}`);

/** A fresh set of recovery codes (the old ones stop working); answered once, kept as hashes. */
export async function replaceRecoveryCodes(ctx: Ctx, personId: string): Promise<string[]> {
  await ctx.trx.deleteFrom('recovery_codes').where('person_id', '=', personId).execute();
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await ctx.trx
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ person_id: personId, code_hash: recoveryHash(code) })))
    .execute();
  return codes;
}

/** The TOTP secret, or null when this server's key is not the one that sealed it (or there is none). */
function openSecret(secretBox: SecretBox | undefined, sealed: string): string | null {
  try {
    return secretBox ? secretBox.open(sealed) : null;
  } catch {
    return null;
  }
}

/**
 * Whether `code` is this person's second factor now: a TOTP code for a step not used before
 * (the step is claimed in the same statement, so a code works once even when two sign-ins race),
 * or an unused recovery code (then spent). Recovery codes need no key: they still work on a
 * server restored without its key file.
 */
export async function acceptSecondFactor(
  trx: Kysely<DB>,
  secretBox: SecretBox | undefined,
  person: { id: string; totp_secret: string; totp_last_step: string | null },
  code: string,
  now: Date,
): Promise<'totp' | 'recovery' | null> {
  const typed = code.trim();
  const lastStep = person.totp_last_step === null ? null : Number(person.totp_last_step);
  const secret = openSecret(secretBox, person.totp_secret);
  const step = secret === null ? null : matchingStep(secret, typed.replace(/\s/g, ''), now, lastStep);
  if (step !== null) {
    const claimed = await trx
      .updateTable('people')
      .set({ totp_last_step: step })
      .where('id', '=', person.id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
      .executeTakeFirst();
    return claimed.numUpdatedRows > 0n ? 'totp' : null;
  }
  const spent = await trx
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('person_id', '=', person.id)
    .where('code_hash', '=', recoveryHash(typed))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return spent.numUpdatedRows > 0n ? 'recovery' : null;
}
