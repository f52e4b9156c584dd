import type { Ctx } from '../context.ts';
import type { Request } from '../intake/request-queries.ts';
import { newStatusLink } from '../intake/request-queries.ts';
import { notifyPerson, queueMail } from './notify.ts';

/**
 * What requesters are told, and when: at once on submission, at each triage decision, and when
 * the item they asked for ships or is dropped. No notice promises a date.
 */

export type RequesterEvent =
  | { kind: 'received' }
  | { kind: 'needs_info'; message: string }
  | { kind: 'accepted' }
  | { kind: 'merged'; itemTitle: string }
  | { kind: 'declined'; reason: string };

function wording(request: Request, event: RequesterEvent): { subject: string; body: string } {
  const about = `“${request.title}” (${request.key})`;
  switch (event.kind) {
    case 'received':
      return {
        subject: `We have your request: ${request.title}`,
        body: `Thank you. Your request ${about} is logged and waits for the product team's triage. We will tell you what they decide; we cannot promise a date.`,
      };
    case 'needs_info':
      return {
        subject: `A question about your request: ${request.title}`,
        body: `The product team needs more information about ${about}:\n\n${event.message}\n\nYou can answer on your request's page.`,
      };
    case 'accepted':
      return {
        subject: `Accepted into the backlog: ${request.title}`,
        body: `Your request ${about} is now in the product backlog. Its place in the order can change as priorities do; you will hear when it ships.`,
      };
    case 'merged':
      return {
        subject: `Your request joined an existing item: ${request.title}`,
        body: `Others asked for the same thing: your request ${about} now counts towards “${event.itemTitle}”, which is already in the backlog. You will hear when it ships.`,
      };
    case 'declined':
      return {
        subject: `Not planned: ${request.title}`,
        body: `The product team decided not to take ${about} into the backlog.\n\nTheir reason: ${event.reason}`,
      };
  }
}

/** Tells a requester about their request: an in-app notice if they have an account, and a mail. */
export async function tellRequester(
  ctx: Ctx,
  request: Request,
  event: RequesterEvent,
  options: { dedupeKey?: string } = {},
): Promise<void> {
  const { subject, body } = wording(request, event);
  const link = await newStatusLink(ctx, request.id);
  if (request.requester.personId) {
    await notifyPerson(ctx, {
      personId: request.requester.personId,
      productId: request.productId,
      kind: `request.${event.kind}`,
      title: subject,
      body,
      link: `/requests/${request.key}`,
    });
  }
  const to = request.requester.email;
  if (to) {
    await queueMail(ctx, {
      to,
      subject,
      body: `${body}\n\nFollow your request: ${link}\n`,
      about: 'notice',
      dedupeKey: options.dedupeKey ?? `${request.id}:${event.kind}:${ctx.now().getTime()}`,
    });
  }
}
