import { refinementOutcomes } from '../../../domain/refinement.ts';
import type { SessionSummary } from '../refinement-api.ts';
import { outcomeTitle, summarySentence } from './session-summary-text.ts';

/** What an ended session achieved: the sentence, then the numbers behind it. */
export function SessionSummaryCard({ summary }: { summary: SessionSummary }) {
  return (
    <section className="session-summary" aria-labelledby="summary-heading" data-testid="session-summary">
      <h2 id="summary-heading">Outcome</h2>
      <p className="session-summary-sentence" data-testid="summary-sentence">
        {summarySentence(summary)}.
      </p>
      <dl className="summary-numbers">
        <div>
          <dt>Discussed</dt>
          <dd>{summary.discussed}</dd>
        </div>
        {refinementOutcomes.map((outcome) => (
          <div key={outcome}>
            <dt>{outcomeTitle(outcome)}</dt>
            <dd>{summary.outcomes[outcome] ?? 0}</dd>
          </div>
        ))}
        <div>
          <dt>Ready points</dt>
          <dd>{summary.readyPoints}</dd>
        </div>
      </dl>
    </section>
  );
}
