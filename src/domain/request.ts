/** Requests: what someone asked for, before triage decides whether it enters the backlog. */

export const requestStates = ['new', 'needs_info', 'accepted', 'merged', 'declined'] as const;
export type RequestState = (typeof requestStates)[number];

export const requestStateLabels: Record<RequestState, string> = {
  new: 'Waiting for triage',
  needs_info: 'We need more information',
  accepted: 'Accepted into the backlog',
  merged: 'Joined an existing item',
  declined: 'Declined',
};

/** States still in the triage inbox: nothing has been decided yet. */
export const openRequestStates: readonly RequestState[] = ['new', 'needs_info'];

export const requestChannels = ['app', 'public', 'api'] as const;
export type RequestChannel = (typeof requestChannels)[number];

export const urgencies = ['low', 'medium', 'high'] as const;
export type Urgency = (typeof urgencies)[number];

export const triageDecisions = ['accept', 'merge', 'ask', 'decline'] as const;
export type TriageDecision = (typeof triageDecisions)[number];

export const requestLimits = {
  titleLength: 200,
  problemLength: 5_000,
  messageLength: 5_000,
  nameLength: 200,
  reasonLength: 2_000,
  dealValueMax: 1_000_000_000,
  accountsMax: 1_000_000,
} as const;

/** Why a decision cannot be taken on a request in this state, or null when it can. */
export function decisionProblem(state: RequestState, decision: TriageDecision): string | null {
  if (openRequestStates.includes(state)) return null;
  return `this request was already decided (${state}): it cannot be triaged again with ${decision}`;
}

/** `PAY-R12`: a request's reference, distinct from item keys. */
export function requestKey(productKey: string, number: number): string {
  return `${productKey}-R${number}`;
}

export function parseRequestKey(key: string): { productKey: string; number: number } | null {
  const match = /^([A-Z][A-Z0-9]{1,9})-R(\d{1,9})$/.exec(key.toUpperCase());
  if (!match?.[1] || !match[2]) return null;
  return { productKey: match[1], number: Number(match[2]) };
}

/** How long a request has waited, in whole days, for the inbox's age column. */
export function ageInDays(createdAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 86_400_000));
}
