import { limits } from '../../../domain/item.ts';
import type { Actor, Ctx } from '../../context.ts';
import { appendEvent } from '../../events/append-event.ts';
import { insertPerson } from '../../people/insert-person.ts';
import { normaliseEmail } from '../../people/person.ts';
import type { LiveLink } from '../account-links.ts';
import { type SignedIn, startSession } from '../sessions.ts';
import type { ProviderIdentity } from './oidc-client.ts';
import { providerRefusal } from './refusal.ts';

export interface SignInWithProviderInput {
  identity: ProviderIdentity;
  /** Email domains whose people get an account at their first sign-in (lower case). */
  allowedDomains: string[];
}

/** A person as a sign-in needs them (the shape an account link gives too). */
type Found = Omit<LiveLink['person'], 'hasTwoFactor'> & { deactivatedAt: Date | null };

const columns = [
  'people.id',
  'people.workspace_id as workspaceId',
  'people.name',
  'people.email',
  'people.is_admin as isAdmin',
  'people.joined_at as joinedAt',
  'people.deactivated_at as deactivatedAt',
] as const;

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);

/** A name for a new person: the provider's, else the address before the @. */
const nameFor = (identity: ProviderIdentity, email: string) =>
  (identity.name || email.slice(0, email.lastIndexOf('@')) || email).slice(0, limits.personNameLength);

function findByIdentity(ctx: Ctx, identity: ProviderIdentity): Promise<Found | undefined> {
  return ctx.trx
    .selectFrom('external_identities')
    .innerJoin('people', 'people.id', 'external_identities.person_id')
    .select(columns)
    .where('external_identities.issuer', '=', identity.issuer)
    .where('external_identities.subject', '=', identity.subject)
    .forUpdate()
    .executeTakeFirst();
}

function findByEmail(ctx: Ctx, email: string): Promise<Found | undefined> {
  return ctx.trx
    .selectFrom('people')
    .select(columns)
    .where('email', '=', email)
    .forUpdate()
    .executeTakeFirst();
}

async function linkIdentity(ctx: Ctx, identity: ProviderIdentity, personId: string): Promise<void> {
  await ctx.trx
    .insertInto('external_identities')
    .values({
      issuer: identity.issuer,
      subject: identity.subject,
      person_id: personId,
      created_at: ctx.now(),
    })
    .onConflict((conflict) => conflict.columns(['issuer', 'subject']).doNothing())
    .execute();
}

/** A new person of an allowed domain: a member of the workspace, in no product until added. */
async function createPerson(ctx: Ctx, identity: ProviderIdentity, email: string): Promise<Found> {
  const workspace = await ctx.trx
    .selectFrom('workspaces')
    .select('id')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  if (!workspace) throw providerRefusal('not_set_up', 'not_available');
  const person = await insertPerson(
    ctx.trx,
    workspace.id,
    { name: nameFor(identity, email), email },
    ctx.now(),
  );
  return { ...person, workspaceId: workspace.id, joinedAt: null };
}

/**
 * The person the provider vouches for, signed in: found by the provider's (issuer, subject)
 * first, else by a verified email (and linked to it from then on), else created when the email's
 * domain is allowed. A deactivated person is refused; an invited one joins. Who was created or
 * linked is in the audit trail, as done by themselves.
 */
export async function signInWithProvider(ctx: Ctx, input: SignInWithProviderInput): Promise<SignedIn> {
  const { identity } = input;
  let person = await findByIdentity(ctx, identity);
  let kind: 'person.created_by_provider' | 'person.linked_to_provider' | null = null;
  if (!person) {
    if (!identity.email || !identity.isEmailVerified) throw providerRefusal('unverified_email');
    const email = normaliseEmail(identity.email);
    person = await findByEmail(ctx, email);
    if (person) kind = 'person.linked_to_provider';
    else if (input.allowedDomains.includes(domainOf(email))) {
      person = await createPerson(ctx, identity, email);
      kind = 'person.created_by_provider';
    } else throw providerRefusal('not_allowed');
  }
  if (person.deactivatedAt) throw providerRefusal('deactivated');
  if (kind) await linkIdentity(ctx, identity, person.id);
  const isJoining = person.joinedAt === null;
  if (isJoining) {
    await ctx.trx.updateTable('people').set({ joined_at: ctx.now() }).where('id', '=', person.id).execute();
  }
  const actor: Actor = { ...person, personId: person.id };
  const data = { personId: person.id, email: person.email, issuer: identity.issuer };
  if (kind) await appendEvent({ ...ctx, actor }, { productId: null, kind, data });
  // An invited person joining here is in the trail as one joining by their link would be (one
  // created here joined by being created).
  if (isJoining && kind !== 'person.created_by_provider') {
    await appendEvent({ ...ctx, actor }, { productId: null, kind: 'person.joined', data });
  }
  return startSession(ctx, {
    id: person.id,
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
  });
}
