import { z } from 'zod';
import type { Insights } from '../../app/insights/insights.ts';
import type { Distribution } from '../../domain/insights.ts';
import { type ItemSource, itemSources, itemStatuses, itemTypes } from '../../domain/item.ts';
import { requestStates } from '../../domain/request.ts';
import { calendarDay } from '../fields.ts';

/** Progress and flow on the wire: what the progress page draws. */

export const insightsQuery = z.strictObject({ weeks: z.coerce.number().int().min(1).max(104).default(12) });

/** A count for each of `keys`: an object that names them all (a record would leave them unnamed). */
function countsOf<const Key extends string>(keys: readonly Key[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, z.int()])) as Record<Key, z.ZodInt>);
}

const requestCounts = countsOf(requestStates);

const distributionSchema = z
  .object({
    count: z.int(),
    p50: z.number().nullable().describe('The median, in days; null with no item'),
    p85: z.number().nullable().describe('85 in 100 took this many days or fewer'),
    max: z.number().nullable(),
    buckets: z
      .array(z.object({ upTo: z.int().nullable(), count: z.int() }))
      .describe('Days up to `upTo` (inclusive, and above the previous bucket); the last has upTo null'),
  })
  .meta({ id: 'Distribution', description: 'How many days items took: percentiles and a histogram' });

export const insightsSchema = z
  .object({
    glance: z.object({
      shippedThisQuarter: z.int(),
      inProgress: z.int(),
      onHold: z.array(z.object({ key: z.string(), title: z.string(), reason: z.string().nullable() })),
    }),
    velocity: z
      .array(z.object({ sprint: z.string(), committed: z.int(), completed: z.int() }))
      .describe('Each closed sprint, oldest first'),
    burnUp: z
      .object({
        sprint: z.string(),
        series: z.array(z.object({ day: calendarDay, scope: z.int(), done: z.int() })),
      })
      .nullable()
      .describe('The active sprint’s, or else the last closed one’s; null with neither'),
    cumulativeFlow: z
      .array(z.object({ at: z.string().describe('An instant, ISO 8601'), counts: countsOf(itemStatuses) }))
      .describe('How many items stood in each status at the end of each week'),
    leadTime: distributionSchema.describe('From asked for to done, for the items done in the window'),
    cycleTime: distributionSchema.describe('From first started to done'),
    throughput: z
      .array(
        z.object({
          week: calendarDay.describe('The Monday it starts'),
          byType: countsOf(itemTypes),
          bySource: countsOf(itemSources),
        }),
      )
      .describe('Items done each week'),
    requests: z
      .object(
        Object.fromEntries(itemSources.map((source) => [source, requestCounts])) as Record<
          ItemSource,
          typeof requestCounts
        >,
      )
      .describe('Requests by source, then by state'),
  })
  .meta({ id: 'Insights', description: 'Progress and flow over the last weeks' });

function presentDistribution(distribution: Distribution): z.input<typeof distributionSchema> {
  return {
    count: distribution.count,
    p50: distribution.p50,
    p85: distribution.p85,
    max: distribution.max,
    buckets: distribution.buckets.map((bucket) => ({ upTo: bucket.upTo, count: bucket.count })),
  };
}

export function presentInsights(insights: Insights): z.input<typeof insightsSchema> {
  const { glance, burnUp } = insights;
  return {
    glance: {
      shippedThisQuarter: glance.shippedThisQuarter,
      inProgress: glance.inProgress,
      onHold: glance.onHold.map((item) => ({ key: item.key, title: item.title, reason: item.reason })),
    },
    velocity: insights.velocity.map((v) => ({
      sprint: v.sprint,
      committed: v.committed,
      completed: v.completed,
    })),
    burnUp: burnUp && {
      sprint: burnUp.sprint,
      series: burnUp.series.map((point) => ({ day: point.day, scope: point.scope, done: point.done })),
    },
    cumulativeFlow: insights.cumulativeFlow.map((point) => ({ at: point.at, counts: point.counts })),
    leadTime: presentDistribution(insights.leadTime),
    cycleTime: presentDistribution(insights.cycleTime),
    throughput: insights.throughput.map((week) => ({
      week: week.week,
      byType: week.byType,
      bySource: week.bySource,
    })),
    requests: insights.requests,
  };
}
