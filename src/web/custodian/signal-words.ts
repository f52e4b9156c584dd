import type { ItemStatus } from '../../domain/item.ts';
import type { SignalName } from './custodian-api.ts';

/** The custodian's signals in words: each section's title, what its count means, and its fix. */

/** "1 item", "3 items". */
export const counted = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** "Restored 1 item to its place", "Restored 3 items to their places". */
export const restoredSentence = (count: number) =>
  `Restored ${counted(count, 'item')} to ${count === 1 ? 'its place' : 'their places'} in the backlog.`;

export const signalTitles: Record<SignalName, string> = {
  untriaged: 'Requests waiting in triage',
  untagged: 'Items with no tags',
  top_not_ready: 'Top of the backlog not ready',
  in_closed_sprint: 'In progress in a closed sprint',
  done_unchecked: 'Done with unchecked criteria',
  hold_without_reason: 'On hold with no reason',
  stale: 'Stale',
  going_stale: 'Going stale at the end of the quarter',
};

/** Requests in the triage inbox and the age of the oldest, as one sentence. */
export function triageSentence(count: number, oldestDays: number): string {
  if (count === 0) return 'Nothing waits for triage: every request has its decision.';
  const age = oldestDays === 0 ? 'since today' : `for ${counted(oldestDays, 'day')}`;
  return count === 1
    ? `1 request waits for a decision, ${age}.`
    : `${count} requests wait for a decision; the oldest ${age}.`;
}

/** "the last complete quarter", "the last 3 complete quarters". */
export const quartersWords = (quarters: number) =>
  quarters === 1 ? 'the last complete quarter' : `the last ${quarters} complete quarters`;

/** What a signal's count says, in one sentence (also when it is zero: all clear). */
export function signalSentence(name: SignalName, count: number, staleQuarters: number): string {
  const items = counted(count, 'item');
  const are = count === 1 ? 'is' : 'are';
  const them = count === 1 ? 'it' : 'them';
  switch (name) {
    case 'untriaged':
      return triageSentence(count, 0);
    case 'untagged':
      return count === 0
        ? 'Every open item carries a tag.'
        : `${items} ${count === 1 ? 'carries' : 'carry'} no tag: tag ${them} so that people find and group ${them}.`;
    case 'top_not_ready':
      return count === 0
        ? 'The top of the backlog meets the Definition of Ready.'
        : `${items} near the top ${count === 1 ? 'misses' : 'miss'} what the Definition of Ready asks: refine ${them} before a sprint takes ${them}.`;
    case 'in_closed_sprint':
      return count === 0
        ? 'Nothing is left in progress in a closed sprint.'
        : `${items} ${are} still in progress though ${count === 1 ? 'its' : 'their'} sprint is closed: finish ${them} or put ${them} back.`;
    case 'done_unchecked':
      return count === 0
        ? 'Every done item has its criteria checked.'
        : `${items} ${are} done with acceptance criteria unchecked: check ${them}, or reopen ${count === 1 ? 'the item' : 'the items'}.`;
    case 'hold_without_reason':
      return count === 0 ? 'Every item on hold says why.' : `${items} ${are} on hold without saying why.`;
    case 'stale':
      return count === 0
        ? 'Nothing is stale.'
        : `${items} ${are} untouched in ${quartersWords(staleQuarters)}: archive ${them} with the stale rule, or give ${them} a reason to stay.`;
    case 'going_stale':
      return count === 0
        ? 'Nothing goes stale when this quarter ends.'
        : `${items} will be stale when this quarter ends, unless someone touches ${them}.`;
  }
}

/** The fix offered on each row of a signal, in place. */
export type RowFix = 'tag' | 'status' | 'hold_reason' | 'readiness' | 'open';

export const signalFixes: Record<SignalName, RowFix> = {
  untriaged: 'open',
  untagged: 'tag',
  top_not_ready: 'readiness',
  in_closed_sprint: 'status',
  done_unchecked: 'status',
  hold_without_reason: 'hold_reason',
  stale: 'open',
  going_stale: 'open',
};

/** The status a row's status fix proposes first: the likely way out of the contradiction. */
export function suggestedStatus(name: SignalName, current: string): ItemStatus {
  if (name === 'in_closed_sprint') return 'open';
  if (name === 'done_unchecked') return 'in_progress';
  return current === 'open' ? 'in_progress' : 'open';
}
