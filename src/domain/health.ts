/**
 * The backlog health score (0–100): the custodian's signals folded into one figure, with each
 * part shown so the owner sees what pulls it down.
 */

export interface HealthSignals {
  /** Requests waiting for triage, and the age in days of the oldest. */
  untriaged: number;
  oldestUntriagedDays: number;
  /** Open items in the product backlog, and how many carry no tag. */
  openItems: number;
  untagged: number;
  /** The top of the backlog checked against the Definition of Ready. */
  topChecked: number;
  topNotReady: number;
  /** Items whose status contradicts itself (closed sprint, unchecked done, hold without reason). */
  inconsistent: number;
  stale: number;
  /** Items finished in the last quarter: the team's pace. */
  doneLastQuarter: number;
}

export interface HealthPart {
  part: 'triage' | 'tags' | 'readiness' | 'consistency' | 'staleness' | 'size';
  score: number;
  weight: number;
  detail: string;
}

export interface Health {
  score: number;
  parts: HealthPart[];
  /** The "hundreds of untouched items" dysfunction, scaled to what the team delivers. */
  isBloated: boolean;
}

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Untouched items beyond a year of the team's pace (and never fewer than this) flag a bloated backlog. */
export const bloatFloor = 100;

export function healthOf(signals: HealthSignals): Health {
  const quartersOfWork =
    signals.doneLastQuarter > 0
      ? signals.openItems / signals.doneLastQuarter
      : signals.openItems > 0
        ? Number.POSITIVE_INFINITY
        : 0;
  const parts: HealthPart[] = [
    {
      part: 'triage',
      weight: 2,
      // Every day the oldest request waits past two costs points; so does a long queue.
      score: clamp(100 - Math.max(0, signals.oldestUntriagedDays - 2) * 8 - signals.untriaged * 2),
      detail: signals.untriaged
        ? `${signals.untriaged} waiting, oldest ${signals.oldestUntriagedDays} days`
        : 'nothing waiting',
    },
    {
      part: 'tags',
      weight: 1,
      score: clamp(100 - share(signals.untagged, signals.openItems) * 200),
      detail: `${signals.untagged} of ${signals.openItems} open items have no tag`,
    },
    {
      part: 'readiness',
      weight: 2,
      score: clamp(100 - share(signals.topNotReady, signals.topChecked) * 100),
      detail: `${signals.topNotReady} of the top ${signals.topChecked} are not ready`,
    },
    {
      part: 'consistency',
      weight: 1,
      score: clamp(100 - signals.inconsistent * 10),
      detail: `${signals.inconsistent} ${signals.inconsistent === 1 ? 'item' : 'items'} with a contradictory status`,
    },
    {
      part: 'staleness',
      weight: 2,
      score: clamp(100 - share(signals.stale, signals.openItems) * 200),
      detail: `${signals.stale} of ${signals.openItems} open items are stale`,
    },
    {
      part: 'size',
      weight: 1,
      // Up to four quarters of work is healthy; each quarter beyond costs 15 points.
      score: Number.isFinite(quartersOfWork) ? clamp(100 - Math.max(0, quartersOfWork - 4) * 15) : 0,
      detail: Number.isFinite(quartersOfWork)
        ? `${Math.round(quartersOfWork * 10) / 10} quarters of work at the current pace`
        : 'nothing finished last quarter',
    },
  ];
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
  const score = clamp(parts.reduce((sum, part) => sum + part.score * part.weight, 0) / totalWeight);
  const isBloated = signals.stale > Math.max(bloatFloor, signals.doneLastQuarter * 4);
  return { score, parts, isBloated };
}
