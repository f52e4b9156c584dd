import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { queueMail } from '../notifications/notify.ts';
import { hashSecret, newSecret } from './secrets.ts';

export type LinkPurpose = 'invitation' | 'password_reset';

const hour = 3_600_000;
/** An invitation is good for a week; a reset for an hour. */
export const linkLifetimeMs: Record<LinkPurpose, number> = {
  invitation: 7 * 24 * hour,
  password_reset: hour,
};

/**
 * Where a link takes its holder: the secret rides in the fragment, which browsers never send to
 * a server, so it stays out of access logs, proxies and Referer headers.
 */
export const setPasswordUrl = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/\/$/, '')}/set-password#${token}`;

const mailKeyPrefix = (personId: string) => `account-link:${personId}:`;

/** Ends the person's unused links, and takes back the mails that carry them if still unsent. */
export async function dropAccountLinks(ctx: Ctx, personId: string): Promise<void> {
  await ctx.trx
    .deleteFrom('account_links')
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .execute();
  await ctx.trx
    .deleteFrom('outbox')
    .where('dedupe_key', 'like', `${mailKeyPrefix(personId)}%`)
    .where('sent_at', 'is', null)
    .execute();
}

/**
 * A new one-time link for the person (their earlier unused links stop working), mailed to them
 * through the outbox. Answers the link, for an admin to pass on where mail is not set up.
 */
export async function sendAccountLink(
  ctx: Ctx,
  person: { id: string; name: string; email: string },
  purpose: LinkPurpose,
): Promise<string> {
  await dropAccountLinks(ctx, person.id);
  const { workspaceName } = await ctx.trx
    .selectFrom('people')
    .innerJoin('workspaces', 'workspaces.id', 'people.workspace_id')
    .select('workspaces.name as workspaceName')
    .where('people.id', '=', person.id)
    .executeTakeFirstOrThrow();
  const token = newSecret(purpose === 'invitation' ? 'ordo_i' : 'ordo_r');
  const tokenHash = hashSecret(token);
  await ctx.trx
    .insertInto('account_links')
    .values({
      token_hash: tokenHash,
      person_id: person.id,
      purpose,
      created_at: ctx.now(),
      expires_at: new Date(ctx.now().getTime() + linkLifetimeMs[purpose]),
    })
    .execute();
  const url = setPasswordUrl(ctx.baseUrl, token);
  const mail =
    purpose === 'invitation'
      ? {
          subject: `You are invited to ${workspaceName} on Ordo`,
          body: `Hello ${person.name},\n\n${ctx.actor?.name ?? 'An admin'} invited you to ${workspaceName} on Ordo, where the team keeps its product backlog.\n\nSet your password and sign in (the link works once, for 7 days):\n${url}\n`,
        }
      : {
          subject: 'Set a new Ordo password',
          body: `Hello ${person.name},\n\nSomeone (we hope you) asked for a new password for ${person.email} on Ordo.\n\nSet it here (the link works once, for 1 hour; every session of yours ends when you do):\n${url}\n\nIf you did not ask, ignore this mail: your password stays as it is.\n`,
        };
  await queueMail(ctx, {
    to: person.email,
    ...mail,
    about: 'account',
    sensitive: true,
    dedupeKey: `${mailKeyPrefix(person.id)}${tokenHash.slice(0, 16)}`,
  });
  return url;
}

export interface LiveLink {
  purpose: LinkPurpose;
  expiresAt: Date;
  person: {
    id: string;
    workspaceId: string;
    name: string;
    email: string;
    isAdmin: boolean;
    joinedAt: Date | null;
    hasTwoFactor: boolean;
  };
}

/**
 * The link a token names, if it can still be used (locked, when `forUse`); a used, replaced,
 * expired or unknown one is refused with what the holder should do.
 */
export async function findLiveLink(
  ctx: Ctx,
  token: string,
  options: { forUse?: boolean } = {},
): Promise<LiveLink> {
  let query = ctx.trx
    .selectFrom('account_links')
    .innerJoin('people', 'people.id', 'account_links.person_id')
    .select([
      'account_links.purpose',
      'account_links.expires_at',
      'account_links.used_at',
      'people.id',
      'people.workspace_id',
      'people.name',
      'people.email',
      'people.is_admin',
      'people.joined_at',
      'people.deactivated_at',
      'people.totp_enabled_at',
    ])
    .where('account_links.token_hash', '=', hashSecret(token));
  if (options.forUse) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  const askAgain = 'ask for a new one (“Forgot your password?”) or ask your admin to send it again';
  if (!row || row.deactivated_at) {
    throw new AppError('link_expired', `This link does not work (any more): ${askAgain}`);
  }
  if (row.used_at) throw new AppError('link_expired', `This link was already used: ${askAgain}`);
  if (row.expires_at <= ctx.now()) throw new AppError('link_expired', `This link has expired: ${askAgain}`);
  return {
    purpose: row.purpose,
    expiresAt: row.expires_at,
    person: {
      id: row.id,
      workspaceId: row.workspace_id,
      name: row.name,
      email: row.email,
      isAdmin: row.is_admin,
      joinedAt: row.joined_at,
      hasTwoFactor: row.totp_enabled_at !== null,
    },
  };
}

/** Marks a link used: it never works again. */
export async function spendAccountLink(ctx: Ctx, token: string): Promise<void> {
  await ctx.trx
    .updateTable('account_links')
    .set({ used_at: ctx.now() })
    .where('token_hash', '=', hashSecret(token))
    .execute();
}
