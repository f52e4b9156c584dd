import { z } from 'zod';
import type { ReleaseWithProgress } from '../../app/releases/manage-releases.ts';
import type { ReleaseBurnUp } from '../../app/releases/release-burn-up.ts';
import type { Release } from '../../app/releases/release-queries.ts';
import { calendarDay, changeOf, day, itemKey, requiredText, timestamp } from '../fields.ts';

/** Releases on the wire: what ships together, and its burn-up. */

const releaseId = z.uuid('not a release id');
export const releaseIdParam = z.object({ releaseId });
export const createReleaseBody = z.strictObject({
  name: requiredText(80),
  targetDate: day.nullable().optional(),
});
export const updateReleaseBody = changeOf(
  z.strictObject({
    name: requiredText(80),
    targetDate: day.nullable(),
    shippedOn: day.nullable().describe('The day it shipped; null takes shipping back'),
  }),
);
export const releaseItemsBody = z.strictObject({ itemKeys: z.array(itemKey).min(1).max(500) });
export const releaseItemParam = z.object({ releaseId, itemKey });

// What the routes answer.

export const releaseSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    targetDate: calendarDay.nullable(),
    shippedOn: calendarDay.nullable().describe('Null until it ships'),
    createdAt: timestamp,
  })
  .meta({ id: 'Release', description: 'A release: a name, a target date, and the day it shipped' });

export const releaseProgressSchema = releaseSchema
  .extend({
    items: z.int().describe('The items planned into it'),
    points: z.int().describe('Their estimates, summed'),
    doneItems: z.int(),
    donePoints: z.int(),
  })
  .meta({
    id: 'ReleaseProgress',
    description: 'A release with what is planned into it and how much is done',
  });

export const plannedSchema = z.object({ planned: z.array(z.string()).describe('The keys planned into it') });

export const releaseBurnUpSchema = z
  .object({
    release: releaseSchema,
    series: z
      .array(z.object({ day: calendarDay, scope: z.int(), done: z.int() }))
      .describe('Points planned (scope) and done by the end of each day, from its creation'),
  })
  .meta({ id: 'ReleaseBurnUp', description: 'A release’s burn-up, day by day' });

export function presentRelease(release: Release): z.input<typeof releaseSchema> {
  return {
    id: release.id,
    name: release.name,
    targetDate: release.targetDate,
    shippedOn: release.shippedOn,
    createdAt: release.createdAt,
  };
}

export function presentReleaseProgress(release: ReleaseWithProgress): z.input<typeof releaseProgressSchema> {
  return {
    ...presentRelease(release),
    items: release.items,
    points: release.points,
    doneItems: release.doneItems,
    donePoints: release.donePoints,
  };
}

export function presentReleaseBurnUp(burnUp: ReleaseBurnUp): z.input<typeof releaseBurnUpSchema> {
  return {
    release: presentRelease(burnUp.release),
    series: burnUp.series.map((point) => ({ day: point.day, scope: point.scope, done: point.done })),
  };
}
