import { type RawBuilder, sql } from 'kysely';
import type { DefinitionOfReady } from '../../domain/readiness.ts';

/**
 * The Definition of Ready as a SQL condition on `items`, for filtering and counting in the
 * database. It must agree with `readinessOf` in the domain; a test checks the two on many items.
 */
export function isReadySql(dor: DefinitionOfReady): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [];
  if (dor.problem) conditions.push(sql`items.problem ~ '\\S'`);
  if (dor.serves) conditions.push(sql`items.serves ~ '\\S'`);
  if (dor.outcome) conditions.push(sql`items.outcome ~ '\\S'`);
  if (dor.minCriteria > 0) {
    conditions.push(
      sql`(select count(*) from jsonb_array_elements(items.acceptance_criteria) c where c->>'text' ~ '\\S') >= ${dor.minCriteria}`,
    );
  }
  if (dor.estimate) conditions.push(sql`(items.estimate is not null or items.type = 'spike')`);
  if (dor.timeboxForSpikes) conditions.push(sql`(items.type <> 'spike' or items.timebox_days is not null)`);
  if (dor.deadlineForCompliance)
    conditions.push(sql`(items.type <> 'compliance' or items.deadline is not null)`);
  if (dor.custom.length > 0)
    conditions.push(sql`items.ready_checks @> ${sql.val(dor.custom.map((c) => c.id))}::text[]`);
  return conditions.length ? sql<boolean>`(${sql.join(conditions, sql` and `)})` : sql<boolean>`true`;
}
