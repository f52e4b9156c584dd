import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../api.ts';
import { LiveIndicator } from '../live/live-indicator.tsx';
import { useLiveUpdates } from '../live/use-live-updates.ts';
import { mayArchive, mayChangeSettings, mayTriage } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { CustodianBulkBar } from './custodian-bulk-bar.tsx';
import { HealthPanel } from './health-panel.tsx';
import { SignalSection } from './signal-section.tsx';
import { signalSentence, signalTitles } from './signal-words.ts';
import { StaleRulePanel } from './stale-rule-panel.tsx';
import { TriageSection } from './triage-section.tsx';
import { useCustodianView, useLacksByKey } from './use-custodian.ts';
import './custodian.css';

const tagListId = 'custodian-tags';

/**
 * The custodian's day: the backlog's health and its trend, then what needs attention today, one
 * section per signal, each row fixed in place or many at once; and the stale rule. Live: what a
 * colleague fixes leaves the page without a reload.
 */
export function CustodianPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  const role = product.data?.role;
  const canTend = mayTriage(role);
  const view = useCustodianView(productKey, canTend);
  const hasNotReady = view.data?.signals.some((s) => s.name === 'top_not_ready' && s.count > 0) ?? false;
  const lacks = useLacksByKey(productKey, canTend && hasNotReady);
  const live = useLiveUpdates(productKey);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  if (!product.data) return <p className="muted">Loading…</p>;
  if (!canTend) {
    return (
      <section className="empty-state">
        <h1>The custodian view is for the product’s owner and editors</h1>
        <p className="muted">The backlog, the roadmap and the progress charts are open to you.</p>
      </section>
    );
  }

  const signals = view.data?.signals ?? [];
  const withItems = signals.filter((signal) => signal.count > 0);
  const clear = signals.filter((signal) => signal.count === 0);
  // Every item on the page, once (an item can show under several signals).
  const keys = [...new Set(signals.flatMap((signal) => signal.items.map((item) => item.key)))];
  const tags = [...new Set(signals.flatMap((signal) => signal.items.flatMap((item) => item.tags)))].sort();
  // Items fixed (here or by someone else) leave the selection with the page.
  const visibleSelection = new Set(keys.filter((key) => selected.has(key)));
  const select = (changed: readonly string[], isSelected: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const key of changed) {
        if (isSelected) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  const staleQuarters = product.data.staleRule.quarters;

  return (
    <section className="custodian-page" aria-labelledby="custodian-heading">
      <div className="page-heading">
        <h1 id="custodian-heading">Custodian</h1>
        <span className="muted count">What the backlog needs from you today</span>
        <span className="page-heading-spacer" />
        <LiveIndicator state={live} />
      </div>
      {view.isError && <ErrorText message={errorMessage(view.error)} />}
      {view.isPending && <p className="muted list-placeholder">Reading the backlog…</p>}
      {view.data && (
        <>
          <HealthPanel productKey={productKey} health={view.data.health} />
          <datalist id={tagListId}>
            {tags.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          <h2 className="custodian-section-title">Needs attention today</h2>
          <TriageSection productKey={productKey} untriaged={view.data.untriaged} />
          {keys.length > 0 && (
            <CustodianBulkBar
              productKey={productKey}
              keys={keys}
              selected={visibleSelection}
              onSelect={select}
              canArchive={mayArchive(role)}
              tagListId={tagListId}
            />
          )}
          {withItems.map((signal) => (
            <SignalSection
              key={signal.name}
              productKey={productKey}
              signal={signal}
              staleQuarters={staleQuarters}
              selected={visibleSelection}
              onSelect={select}
              lacksByKey={lacks.data}
              tagListId={tagListId}
            />
          ))}
          {clear.length > 0 && (
            <section className="card all-clear" aria-labelledby="all-clear-heading" data-testid="all-clear">
              <h2 id="all-clear-heading" className="card-title">
                All clear
              </h2>
              <ul className="all-clear-list">
                {clear.map((signal) => (
                  <li key={signal.name} data-testid={`clear-${signal.name}`}>
                    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
                      <path d="M2.5 6.2l2.3 2.3 4.7-5" fill="none" stroke="currentColor" strokeWidth="1.7" />
                    </svg>
                    <span className="visually-hidden">{signalTitles[signal.name]}: </span>
                    {signalSentence(signal.name, 0, staleQuarters)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <StaleRulePanel
            product={product.data}
            canArchive={mayArchive(role)}
            canChangeSettings={mayChangeSettings(role)}
          />
        </>
      )}
    </section>
  );
}
