import { outcomeLabels, type RefinementOutcome } from '../../../domain/refinement.ts';
import { plural } from '../../plural.ts';
import type { SessionSummary } from '../refinement-api.ts';

/** An outcome as a heading or a choice: "Re-ranked". */
export const outcomeTitle = (outcome: RefinementOutcome) =>
  outcomeLabels[outcome].charAt(0).toUpperCase() + outcomeLabels[outcome].slice(1);

/** The outcomes a summary counts, in the order a session usually reaches them. */
const counted: RefinementOutcome[] = ['clarified', 'estimated', 'split', 'reranked', 'archived'];

/**
 * The session's outcome in one sentence:
 * "7 items now ready, 2 split, 1 archived, 2.5 sprints of ready work".
 */
export function summarySentence(summary: SessionSummary): string {
  const parts = [
    summary.nowReady === 0
      ? 'No item became ready'
      : `${plural(summary.nowReady, 'item', 'items')} now ready`,
  ];
  for (const outcome of counted) {
    const count = summary.outcomes[outcome] ?? 0;
    if (count > 0) parts.push(`${count} ${outcomeLabels[outcome]}`);
  }
  parts.push(
    summary.sprintsOfReadyWork === null
      ? `${plural(summary.readyPoints, 'point', 'points')} of ready work`
      : `${plural(summary.sprintsOfReadyWork, 'sprint', 'sprints')} of ready work`,
  );
  return parts.join(', ');
}
