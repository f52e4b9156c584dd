import type { RequestStatus } from '../../client/ordo-client.ts';
import type { RequestState } from '../../domain/request.ts';

/** What happens next, in the requester's terms, for each state; never a date. */
export const whatHappensNext: Record<RequestState, string> = {
  new: 'The product team looks at every request during triage. We will tell you what they decide; we cannot promise a date.',
  needs_info: 'The product team has a question for you before they can decide.',
  accepted:
    'It is in the product backlog. Its place in the order can change as priorities do; you will hear when it ships.',
  merged:
    'Others asked for the same thing: your request now counts towards the item below. You will hear when it ships.',
  declined: 'The product team decided not to take it into the backlog.',
};

/**
 * The team's decision note when it says something the conversation does not: a question asked
 * is already among the messages, a reason for declining is not.
 */
export function separateDecisionNote(
  status: Pick<RequestStatus, 'decisionNote' | 'messages'>,
): string | null {
  const note = status.decisionNote?.trim();
  if (!note) return null;
  return status.messages.some((message) => message.from === 'team' && message.body.trim() === note)
    ? null
    : note;
}

/** Only a request the team asked about takes an answer. */
export const mayAnswer = (status: Pick<RequestStatus, 'state'>) => status.state === 'needs_info';
