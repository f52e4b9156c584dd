import { sendAccountLink } from '../auth/account-links.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findPersonForChange, type Person } from './person.ts';

/** A new invitation link (the old one stops working), for someone who has not joined yet. */
export async function resendInvitation(
  ctx: Ctx,
  input: { personId: string },
): Promise<{ person: Person; link: string }> {
  await authorize(ctx, 'people.manage', null);
  const person = await findPersonForChange(ctx, input.personId);
  if (person.status !== 'invited') {
    throw new AppError(
      'not_available',
      `${person.name} is ${person.status}, not invited: send a password reset instead`,
    );
  }
  const link = await sendAccountLink(ctx, person, 'invitation');
  await appendEvent(ctx, {
    productId: null,
    kind: 'person.invitation_resent',
    data: { personId: person.id },
  });
  return { person, link };
}
