import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { mayPlanReleases } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { sprintKeys } from '../sprints/sprints-api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { TimeHistogram, VelocityChart } from './delivery-charts.tsx';
import { BurnUpChart, CumulativeFlowChart } from './flow-charts.tsx';
import { Glance } from './glance.tsx';
import { ReleaseBurnUp } from './release-burn-up.tsx';
import { RequestOutcomesChart, ThroughputChart } from './throughput-charts.tsx';

const windows = [6, 12, 26, 52] as const;

/** Progress and flow: what shipped, what moves and what waits, in charts. */
export function InsightsPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const [search, setSearch] = useSearchParams();
  const weeks = windows.find((n) => String(n) === search.get('weeks')) ?? 12;
  const product = useProduct(productKey);
  const insights = useQuery({
    queryKey: [...sprintKeys.insights(productKey), weeks],
    queryFn: () => client.insights(productKey, weeks),
    placeholderData: keepPreviousData,
  });
  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  const data = insights.data;
  const mayPlan = mayPlanReleases(product.data?.role);

  return (
    <section className="insights-page" aria-labelledby="insights-heading">
      <div className="page-heading">
        <h1 id="insights-heading">Progress</h1>
        <span className="page-heading-spacer" />
        <label className="field-inline">
          <span>Over the last</span>
          <select
            value={weeks}
            onChange={(event) => setSearch({ weeks: event.target.value }, { replace: true })}
            data-testid="insights-weeks"
          >
            {windows.map((n) => (
              <option key={n} value={n}>
                {n} weeks
              </option>
            ))}
          </select>
        </label>
      </div>
      {insights.isError && <ErrorText message={errorMessage(insights.error)} />}
      {insights.isPending && <p className="muted list-placeholder">Loading the figures…</p>}
      {data && (
        <div
          className={`insights${insights.isPlaceholderData ? ' is-refreshing' : ''}`}
          data-testid="insights"
        >
          <Glance glance={data.glance} />
          <div className="chart-grid">
            <BurnUpChart
              of={data.burnUp?.sprint ?? null}
              series={data.burnUp?.series ?? []}
              none="No sprint yet: the burn-up starts with the first one."
              testId="chart-burn-up"
            />
            <ReleaseBurnUp productKey={productKey} mayPlan={mayPlan} />
            <VelocityChart velocity={data.velocity} />
            <CumulativeFlowChart flow={data.cumulativeFlow} />
            <TimeHistogram
              title="Lead time"
              measures="Days from the first request (or the item’s creation) to done"
              distribution={data.leadTime}
              testId="chart-lead-time"
            />
            <TimeHistogram
              title="Cycle time"
              measures="Days from the first move to in progress to done"
              distribution={data.cycleTime}
              testId="chart-cycle-time"
            />
            <ThroughputChart throughput={data.throughput} by="byType" />
            <ThroughputChart throughput={data.throughput} by="bySource" />
            <RequestOutcomesChart requests={data.requests} />
          </div>
        </div>
      )}
    </section>
  );
}
