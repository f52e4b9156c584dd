import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { mayPlanSprints } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { velocityText } from './forecast-lines.ts';
import { sprintDates } from './sprint-dates.ts';
import { SprintStateChip } from './sprint-heading.tsx';
import { releaseNotesPath, sprintBoardPath, sprintPlanPath } from './sprint-paths.ts';
import { type Sprint, sprintKeys } from './sprints-api.ts';
import { useSprints } from './use-sprints.ts';

/** The product's sprints: the one under way, the planned ones, and what the past ones delivered. */
export function SprintsPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  const sprints = useSprints(productKey);
  const forecast = useQuery({
    queryKey: sprintKeys.forecast(productKey),
    queryFn: () => client.forecast(productKey),
  });
  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  const canPlan = mayPlanSprints(product.data?.role);
  const list = sprints.data?.data ?? [];
  const active = list.filter((sprint) => sprint.state === 'active');
  const planned = list.filter((sprint) => sprint.state === 'planned').sort((a, b) => a.number - b.number);
  const closed = list.filter((sprint) => sprint.state === 'closed');

  return (
    <section className="sprints-page" aria-labelledby="sprints-heading">
      <div className="page-heading">
        <h1 id="sprints-heading">Sprints</h1>
        {forecast.data && (
          <span className="muted count" data-testid="velocity">
            {velocityText(forecast.data)}
          </span>
        )}
        <span className="page-heading-spacer" />
        {canPlan && (
          <Link
            to={sprintPlanPath(productKey)}
            className="button button-primary"
            data-testid="plan-sprint-link"
          >
            Plan a sprint
          </Link>
        )}
      </div>
      {sprints.isError && <ErrorText message={errorMessage(sprints.error)} />}
      {sprints.isPending && <p className="muted list-placeholder">Loading the sprints…</p>}
      {sprints.data && list.length === 0 && (
        <p className="muted list-placeholder" data-testid="no-sprints">
          No sprint yet.{canPlan && ' Plan the first one: pull ready items from the top of the backlog.'}
        </p>
      )}
      <div className="sprint-groups">
        {active.length > 0 && (
          <SprintGroup title="Under way" sprints={active} productKey={productKey} canPlan={canPlan} />
        )}
        {planned.length > 0 && (
          <SprintGroup title="Planned" sprints={planned} productKey={productKey} canPlan={canPlan} />
        )}
        {closed.length > 0 && (
          <SprintGroup title="Closed" sprints={closed} productKey={productKey} canPlan={canPlan} />
        )}
      </div>
    </section>
  );
}

interface SprintGroupProps {
  title: string;
  sprints: Sprint[];
  productKey: string;
  canPlan: boolean;
}

function SprintGroup({ title, sprints, productKey, canPlan }: SprintGroupProps) {
  return (
    <section className="sprint-group" aria-label={title}>
      <h2 className="sprint-group-title">{title}</h2>
      <ul className="sprint-list">
        {sprints.map((sprint) => (
          <li key={sprint.id} className="sprint-row" data-testid="sprint-row" data-state={sprint.state}>
            <div className="sprint-row-main">
              <Link
                to={sprintBoardPath(productKey, sprint.id)}
                className="sprint-row-name"
                data-testid="sprint-link"
              >
                {sprint.name}
              </Link>
              <SprintStateChip state={sprint.state} />
              <span className="muted">{sprintDates(sprint)}</span>
            </div>
            <p className="sprint-row-goal">{sprint.goal || <span className="muted">No goal set</span>}</p>
            <div className="sprint-row-facts">
              {sprint.state === 'closed' ? (
                <span data-testid="sprint-delivered">
                  {sprint.completedPoints ?? 0} of {sprint.committedPoints ?? 0} pts delivered
                </span>
              ) : (
                <span className="muted">Capacity {sprint.capacityPoints} pts</span>
              )}
              <span className="page-heading-spacer" />
              {canPlan && sprint.state !== 'closed' && (
                <Link to={sprintPlanPath(productKey, sprint.id)} className="button button-small">
                  Plan
                </Link>
              )}
              {sprint.state !== 'planned' && (
                <Link
                  to={releaseNotesPath(productKey, { sprint: sprint.id })}
                  className="button button-small"
                >
                  Release notes
                </Link>
              )}
              <Link to={sprintBoardPath(productKey, sprint.id)} className="button button-small">
                Board
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
