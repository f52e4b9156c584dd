import type { AcceptanceCriterion, ItemType } from './item.ts';

/**
 * The Definition of Ready: what a product asks of an item before the team may take it into a
 * sprint, checked from the item's own fields plus the product's custom checks.
 */
export interface DefinitionOfReady {
  problem: boolean;
  serves: boolean;
  outcome: boolean;
  /** At least this many acceptance criteria; 0 asks none. */
  minCriteria: number;
  estimate: boolean;
  timeboxForSpikes: boolean;
  deadlineForCompliance: boolean;
  /** Checks a person ticks on the item (e.g. "designs reviewed"). */
  custom: { id: string; label: string }[];
}

export const defaultDefinitionOfReady: DefinitionOfReady = {
  problem: true,
  serves: true,
  outcome: true,
  minCriteria: 1,
  estimate: true,
  timeboxForSpikes: true,
  deadlineForCompliance: false,
  custom: [],
};

export interface ReadinessInput {
  type: ItemType;
  problem: string;
  serves: string;
  outcome: string;
  acceptanceCriteria: AcceptanceCriterion[];
  estimate: number | null;
  timeboxDays: number | null;
  deadline: string | null;
  /** Ids of the custom checks ticked on the item. */
  readyChecks: string[];
}

export interface Lack {
  check: string;
  label: string;
}

export interface Readiness {
  isReady: boolean;
  lacks: Lack[];
}

const hasText = (text: string) => text.trim().length > 0;

/** What the item lacks against the Definition of Ready; ready when it lacks nothing. */
export function readinessOf(item: ReadinessInput, dor: DefinitionOfReady): Readiness {
  const lacks: Lack[] = [];
  if (dor.problem && !hasText(item.problem)) lacks.push({ check: 'problem', label: 'a problem statement' });
  if (dor.serves && !hasText(item.serves)) lacks.push({ check: 'serves', label: 'who it serves' });
  if (dor.outcome && !hasText(item.outcome)) lacks.push({ check: 'outcome', label: 'an expected outcome' });
  const criteria = item.acceptanceCriteria.filter((c) => hasText(c.text)).length;
  if (criteria < dor.minCriteria) {
    const label =
      dor.minCriteria === 1
        ? 'an acceptance criterion'
        : `${dor.minCriteria} acceptance criteria (has ${criteria})`;
    lacks.push({ check: 'criteria', label });
  }
  if (dor.estimate && item.estimate === null && item.type !== 'spike')
    lacks.push({ check: 'estimate', label: 'an estimate' });
  if (dor.timeboxForSpikes && item.type === 'spike' && item.timeboxDays === null)
    lacks.push({ check: 'timebox', label: 'a timebox' });
  if (dor.deadlineForCompliance && item.type === 'compliance' && item.deadline === null) {
    lacks.push({ check: 'deadline', label: 'a deadline' });
  }
  for (const check of dor.custom) {
    if (!item.readyChecks.includes(check.id)) lacks.push({ check: `custom:${check.id}`, label: check.label });
  }
  return { isReady: lacks.length === 0, lacks };
}
