import type { ProductRole } from '../../domain/permissions.ts';
import { sendAccountLink } from '../auth/account-links.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { setMemberRole } from '../members/set-member-role.ts';
import { insertPerson } from './insert-person.ts';
import type { Person } from './person.ts';

export interface Invitation {
  name: string;
  email: string;
  isAdmin?: boolean;
  /** Products they land in when they first sign in, with their role in each. */
  products?: { productKey: string; role: ProductRole }[];
}

/**
 * An admin invites someone by email: they are in the workspace at once (so they can be given
 * roles), and get a mail with a one-time link valid 7 days to set their password. Answers the
 * link too, for an admin to pass on where mail is not set up.
 */
export async function invitePerson(ctx: Ctx, input: Invitation): Promise<{ person: Person; link: string }> {
  await authorize(ctx, 'people.manage', null);
  const actor = requireActor(ctx);
  const person = await insertPerson(
    ctx.trx,
    actor.workspaceId,
    { name: input.name, email: input.email, isAdmin: input.isAdmin },
    ctx.now(),
  );
  await appendEvent(ctx, {
    productId: null,
    kind: 'person.invited',
    data: { personId: person.id, name: person.name, email: person.email, isAdmin: person.isAdmin },
  });
  for (const { productKey, role } of input.products ?? []) {
    await setMemberRole(ctx, { productKey, email: person.email, role });
  }
  const link = await sendAccountLink(ctx, person, 'invitation');
  return { person, link };
}
