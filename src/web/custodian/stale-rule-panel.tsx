import { useState } from 'react';
import { Link } from 'react-router';
import type { Product } from '../../client/ordo-client.ts';
import { errorMessage } from '../api.ts';
import { itemPath } from '../app.tsx';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';
import { counted, restoredSentence } from './signal-words.ts';
import { keptKeys, ruleSentence } from './stale-rule-form.ts';
import { StaleRuleSettings } from './stale-rule-settings.tsx';
import { StaleRuns } from './stale-runs.tsx';
import { useApplyStaleRule, useStaleDryRun, useUndoStaleRun } from './use-custodian.ts';

interface StaleRulePanelProps {
  product: Product;
  canArchive: boolean;
  canChangeSettings: boolean;
}

/**
 * Keep it lean: the stale rule's dry run (what it would archive and why), with the items to keep
 * unticked; then the run, and its undo, which puts every item back in its place.
 */
export function StaleRulePanel({ product, canArchive, canChangeSettings }: StaleRulePanelProps) {
  const toast = useToast();
  const [isPreviewing, setPreviewing] = useState(false);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const dryRun = useStaleDryRun(product.key, isPreviewing);
  const apply = useApplyStaleRule(product.key);
  const undo = useUndoStaleRun(product.key);
  const candidates = dryRun.data?.data ?? [];
  const keep = keptKeys(candidates, unticked);
  const toArchive = candidates.length - keep.length;

  const preview = () => {
    setUnticked(new Set());
    apply.reset();
    undo.reset();
    setPreviewing(true);
  };
  const toggle = (key: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const archive = () =>
    apply.mutate(keep, {
      onSuccess: (run) => {
        setPreviewing(false);
        toast(
          run.archived.length
            ? `Archived ${counted(run.archived.length, 'item')} as stale`
            : 'Nothing to archive',
        );
      },
    });
  const run = apply.data;

  return (
    <section
      id="stale-rule"
      className="card stale-rule"
      aria-labelledby="stale-rule-heading"
      data-testid="stale-rule"
    >
      <div className="signal-heading">
        <h2 id="stale-rule-heading" className="card-title">
          Stale rule
        </h2>
        <span className="page-heading-spacer" />
        <button
          type="button"
          className="button button-small"
          onClick={preview}
          disabled={dryRun.isFetching}
          data-testid="stale-dry-run"
        >
          {isPreviewing ? 'Run the dry run again' : 'Dry run: what would it archive?'}
        </button>
      </div>
      <p className="muted" data-testid="stale-rule-sentence">
        {ruleSentence(product.staleRule, product.timeZone)}
      </p>

      {run && !isPreviewing && (
        <div className="stale-outcome" role="status" data-testid="stale-outcome">
          {undo.data ? (
            <p data-testid="stale-restored">{restoredSentence(undo.data.restored.length)}</p>
          ) : run.runId ? (
            <>
              <p>
                Archived {counted(run.archived.length, 'item')} as stale: {run.archived.join(', ')}. Their
                watchers and requesters are told.
              </p>
              <button
                type="button"
                className="button button-small"
                onClick={() => run.runId && undo.mutate(run.runId)}
                disabled={undo.isPending}
                data-testid="stale-undo"
              >
                {undo.isPending ? 'Undoing…' : 'Undo'}
              </button>
            </>
          ) : (
            <p>Nothing was archived: every candidate was kept, or none was left.</p>
          )}
          <ErrorText message={undo.error ? errorMessage(undo.error) : null} />
        </div>
      )}

      <StaleRuns productKey={product.key} canArchive={canArchive} hidden={run?.runId ?? null} />

      {isPreviewing && (
        <div className="stale-dry-run" data-testid="stale-candidates">
          {dryRun.isError && <ErrorText message={errorMessage(dryRun.error)} />}
          {dryRun.isPending && <p className="muted">Looking for stale items…</p>}
          {dryRun.data && candidates.length === 0 && (
            <p className="muted" data-testid="stale-none">
              Nothing is stale: the rule would archive nothing today.
            </p>
          )}
          {candidates.length > 0 && (
            <>
              <p className="stale-dry-run-note">
                {counted(candidates.length, 'item')} would be archived. Untick those to keep; nothing changes
                until you archive.
              </p>
              <ul className="signal-rows stale-candidates" aria-label="Stale items">
                {candidates.map((candidate) => (
                  <li
                    key={candidate.key}
                    className={`signal-row stale-candidate${unticked.has(candidate.key) ? ' is-kept' : ''}`}
                    data-testid="stale-candidate"
                    data-key={candidate.key}
                  >
                    <input
                      type="checkbox"
                      checked={!unticked.has(candidate.key)}
                      onChange={() => toggle(candidate.key)}
                      aria-label={`Archive ${candidate.key}`}
                      disabled={!canArchive}
                      data-testid="stale-tick"
                    />
                    <Link to={itemPath(candidate.key)} className="item-key" tabIndex={-1}>
                      {candidate.key}
                    </Link>
                    <span className="signal-row-main">
                      <Link to={itemPath(candidate.key)} className="signal-row-title">
                        {candidate.title}
                      </Link>
                      <span className="signal-row-facts muted">
                        <time
                          dateTime={candidate.lastActivityAt}
                          title={formatDateTime(candidate.lastActivityAt)}
                        >
                          Last activity {timeAgo(candidate.lastActivityAt)}
                        </time>
                        <span data-testid="stale-why">{candidate.why}</span>
                      </span>
                    </span>
                    {unticked.has(candidate.key) && <span className="stale-kept">Kept</span>}
                  </li>
                ))}
              </ul>
              {canArchive ? (
                <div className="stale-actions">
                  <ErrorText message={apply.error ? errorMessage(apply.error) : null} />
                  <button type="button" className="button button-small" onClick={() => setPreviewing(false)}>
                    Cancel
                  </button>
                  <button
                    type="button"
                    className="button button-danger"
                    onClick={archive}
                    disabled={toArchive === 0 || apply.isPending}
                    data-testid="stale-apply"
                  >
                    {apply.isPending ? 'Archiving…' : `Archive ${counted(toArchive, 'item')} as stale`}
                  </button>
                </div>
              ) : (
                <p className="muted">Only the product owner (or a workspace admin) archives items.</p>
              )}
            </>
          )}
        </div>
      )}

      {canChangeSettings && <StaleRuleSettings product={product} />}
    </section>
  );
}
