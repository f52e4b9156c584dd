import { useQueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../api.ts';
import { LiveIndicator } from '../live/live-indicator.tsx';
import { useLiveUpdates } from '../live/use-live-updates.ts';
import { mayMove } from '../permissions.ts';
import { plural } from '../plural.ts';
import { useProduct } from '../products/use-product.ts';
import { refinementKeys, type ScoreKind } from '../refinement/refinement-api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { OrderByScore } from './order-by-score.tsx';
import { ScoresTable } from './scores-table.tsx';
import { useOpenItems } from './use-open-items.ts';
import { ValueEffortChart } from './value-effort-chart.tsx';

const kinds: { value: ScoreKind; label: string; hint: string }[] = [
  { value: 'wsjf', label: 'WSJF', hint: 'Cost of delay over job size' },
  { value: 'rice', label: 'RICE', hint: 'Reach × impact × confidence over effort' },
];

/** Scores beside the rank: the items' WSJF and RICE, value against effort, and order by score. */
export function ScoringPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const [search, setSearch] = useSearchParams();
  const by: ScoreKind = search.get('by') === 'rice' ? 'rice' : 'wsjf';
  const queryClient = useQueryClient();
  const product = useProduct(productKey);
  const items = useOpenItems(productKey);
  const live = useLiveUpdates(productKey, (notice) => {
    if (notice.kind?.startsWith('item.'))
      void queryClient.invalidateQueries({ queryKey: refinementKeys.scoreOrders(productKey) });
  });

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  const list = items.data ?? [];

  return (
    <section className="scoring-page" aria-labelledby="scoring-page-heading">
      <div className="page-heading">
        <h1 id="scoring-page-heading">Scoring</h1>
        <span className="muted count">{items.data ? plural(list.length, 'open item') : ''}</span>
        <span className="page-heading-spacer" />
        <div className="segmented" role="radiogroup" aria-label="Score">
          {kinds.map((kind) => (
            <label key={kind.value} className="segmented-option" title={kind.hint}>
              <input
                type="radio"
                name="score-kind"
                checked={by === kind.value}
                onChange={() => setSearch(kind.value === 'wsjf' ? {} : { by: kind.value }, { replace: true })}
                data-testid={`score-kind-${kind.value}`}
              />
              <span>{kind.label}</span>
            </label>
          ))}
        </div>
        <LiveIndicator state={live} />
      </div>
      {items.isError && <ErrorText message={errorMessage(items.error)} />}
      <div className="scoring-overview">
        <div className="card">
          <h2 className="card-title">Value and effort</h2>
          {items.isPending ? (
            <p className="muted">Loading the items…</p>
          ) : (
            <ValueEffortChart items={list} by={by} />
          )}
        </div>
        <OrderByScore productKey={productKey} by={by} canMove={mayMove(product.data?.role)} />
      </div>
      <section className="card" aria-labelledby="scores-heading">
        <div className="section-heading">
          <h2 id="scores-heading">Scores in rank order</h2>
        </div>
        {items.isPending ? <p className="muted">Loading the items…</p> : <ScoresTable items={list} />}
      </section>
    </section>
  );
}
