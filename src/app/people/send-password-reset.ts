import { sendAccountLink } from '../auth/account-links.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findPersonForChange } from './person.ts';

/** An admin sends someone a link (valid 1 hour) to set a new password. Answers the link too. */
export async function sendPasswordReset(ctx: Ctx, input: { personId: string }): Promise<{ link: string }> {
  await authorize(ctx, 'people.manage', null);
  const person = await findPersonForChange(ctx, input.personId);
  if (person.status !== 'active') {
    const instead = person.status === 'invited' ? 'resend their invitation instead' : 'reactivate them first';
    throw new AppError('not_available', `${person.name} is ${person.status}: ${instead}`);
  }
  const link = await sendAccountLink(ctx, person, 'password_reset');
  await appendEvent(ctx, {
    productId: null,
    kind: 'person.password_reset_sent',
    data: { personId: person.id },
  });
  return { link };
}
