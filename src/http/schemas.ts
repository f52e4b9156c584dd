import { z } from 'zod';
import { archiveReasons } from '../app/items/archive-item.ts';
import { itemSources, itemStatuses, itemTypes, limits, linkKinds } from '../domain/item.ts';
import { moscow, riceImpacts } from '../domain/scoring.ts';
import { isTimeZone } from '../domain/staleness.ts';

/** Input schemas shared by the routes: one place for the shapes and limits of what comes in. */

export const text = (max: number) => z.string().max(max, `at most ${max} characters`);
export const requiredText = (max: number) => text(max).trim().min(1, 'must not be empty');

/**
 * A day, and an instant, as people plan them: in the years 1970 to 2999. Year 0 is no year
 * (PostgreSQL refuses it), a day series from the year 1 would run to 740,000 days, and a date
 * past 9999 has no ISO form the embedded database reads.
 */
const isPlannable = (value: string) => value >= '1970' && value < '3000';
const day = z.iso
  .date('must be a date like 2027-03-31')
  .refine(isPlannable, 'must be a day in the years 1970 to 2999');
export const instant = z.iso
  .datetime({ offset: true, error: 'must be a date and time like 2027-01-12T09:00:00Z' })
  .refine(isPlannable, 'must be in the years 1970 to 2999')
  .transform((value) => new Date(value));

/** A change to some of `fields` (a PATCH body): each may be left out, but not all of them. */
export const changeOf = <Shape extends z.ZodRawShape>(
  fields: z.ZodObject<Shape>,
  nothingToChange = 'nothing to change: name at least one field',
) => fields.partial().refine((body) => Object.keys(body).length > 0, nothingToChange);

export const itemKeyParam = z.object({
  itemKey: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,9}-\d{1,9}$/, 'not an item key like PAY-142'),
});
export const productKeyParam = z.object({
  productKey: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,9}$/, 'not a product key like PAY'),
});

export const acceptanceCriterion = z.strictObject({
  text: requiredText(limits.criterionLength),
  done: z.boolean().default(false),
});

const requester = z.strictObject({
  name: requiredText(limits.requesterNameLength),
  email: z.email('not an email address').max(limits.emailLength).nullish(),
});

const link = z.strictObject({ kind: z.enum(linkKinds), key: z.string().max(20) });

export const moveTarget = z.union([
  z.strictObject({ to: z.enum(['top', 'bottom']) }),
  z.strictObject({ before: z.string().max(20) }),
  z.strictObject({ after: z.string().max(20) }),
]);

const estimate = z.int('must be a whole number').min(0).max(limits.estimateMax).nullable();
const scorePart = z.int('must be a whole number').min(0).max(100).nullable();
const timeboxDays = z.int('must be a whole number').min(1).max(limits.timeboxDaysMax).nullable();
const deadline = day.nullable();
const tags = z.array(requiredText(limits.tagLength)).max(limits.tagCount, `at most ${limits.tagCount} tags`);

const itemFields = {
  type: z.enum(itemTypes),
  title: requiredText(limits.titleLength),
  problem: text(limits.textLength),
  serves: text(limits.servesLength),
  outcome: text(limits.textLength),
  acceptanceCriteria: z.array(acceptanceCriterion).max(limits.criteriaCount),
  estimate,
  timeboxDays,
  deadline,
  tags,
  status: z.enum(itemStatuses),
  holdReason: text(limits.holdReasonLength).nullable(),
  source: z.enum(itemSources),
  links: z.array(link).max(50),
  readyChecks: z.array(z.string().max(40)).max(50),
  wsjf: z
    .strictObject({
      businessValue: scorePart,
      timeCriticality: scorePart,
      riskReduction: scorePart,
      jobSize: scorePart,
    })
    .partial(),
  rice: z
    .strictObject({
      reach: z.int('must be a whole number').min(0).max(1_000_000_000).nullable(),
      impact: z.union(riceImpacts.map((impact) => z.literal(impact))).nullable(),
      confidence: z.int('must be a whole number').min(0).max(100).nullable(),
      effort: z.number().positive().max(10_000).nullable(),
    })
    .partial(),
  moscow: z.enum(moscow).nullable(),
};

export const createItemBody = z.strictObject({
  ...itemFields,
  problem: itemFields.problem.optional(),
  serves: itemFields.serves.optional(),
  outcome: itemFields.outcome.optional(),
  acceptanceCriteria: itemFields.acceptanceCriteria.optional(),
  estimate: estimate.optional(),
  timeboxDays: timeboxDays.optional(),
  deadline: deadline.optional(),
  tags: tags.optional(),
  status: itemFields.status.optional(),
  holdReason: itemFields.holdReason.optional(),
  source: itemFields.source.optional(),
  links: itemFields.links.optional(),
  readyChecks: itemFields.readyChecks.optional(),
  wsjf: itemFields.wsjf.optional(),
  rice: itemFields.rice.optional(),
  moscow: itemFields.moscow.optional(),
  requesters: z.array(requester).max(limits.requestersCount).optional(),
  position: moveTarget.optional(),
});

export const updateItemBody = changeOf(z.strictObject(itemFields));

export const moveBody = z.intersection(
  moveTarget,
  z.object({ reason: text(limits.moveReasonLength).optional() }),
);

/** `?type=bug&type=story` or `?type=bug,story`: a list either way. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter(Boolean),
    z.array(item).max(50).optional(),
  );

export const listItemsQuery = z.strictObject({
  type: listOf(z.enum(itemTypes)),
  status: listOf(z.enum(itemStatuses)),
  source: listOf(z.enum(itemSources)),
  tag: listOf(z.string().max(limits.tagLength)),
  q: z
    .string()
    .max(limits.searchLength)
    .describe('Words (as prefixes), "a phrase" in double quotes, or a key such as PAY-12')
    .optional(),
  /** true: archived items too; only: archived items alone. */
  archived: z.enum(['true', 'false', 'only']).optional(),
  minDemand: z.coerce.number().int().min(1).max(100_000).optional(),
  ready: z.enum(['true', 'false']).optional(),
  sort: z.enum(['rank', 'demand']).default('rank'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSize),
});

export const pageQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSize),
});

export const archiveBody = z
  .strictObject({ reason: z.enum(archiveReasons).default('obsolete') })
  .default({ reason: 'obsolete' });

export const commentBody = z.strictObject({ body: requiredText(limits.commentLength) });

export const signInBody = z.strictObject({
  email: z.email('not an email address').max(limits.emailLength),
  password: z.string().min(1, 'must not be empty').max(limits.passwordMaxLength),
  /** With two-factor sign-in on: the app's 6-digit code, or a recovery code. */
  code: z.string().trim().min(1, 'must not be empty').max(32).optional(),
});

export const email = z.email('not an email address').max(limits.emailLength);

export const password = z
  .string()
  .min(limits.passwordMinLength, `at least ${limits.passwordMinLength} characters`)
  .max(limits.passwordMaxLength, `at most ${limits.passwordMaxLength} characters`);

export const setUpBody = z.strictObject({
  workspaceName: requiredText(limits.productNameLength),
  name: requiredText(limits.personNameLength),
  email: z.email('not an email address').max(limits.emailLength),
  password,
});

export const createProductBody = z.strictObject({
  key: z
    .string()
    .regex(limits.productKeyPattern, '2 to 10 capital letters or digits, starting with a letter, like PAY'),
  name: requiredText(limits.productNameLength),
  description: text(limits.textLength).optional(),
  visibility: z.enum(['workspace', 'members']).optional(),
});

export const updateProductBody = changeOf(
  z.strictObject({
    name: requiredText(limits.productNameLength),
    description: text(limits.textLength),
    visibility: z.enum(['workspace', 'members']),
    publicIntakeOpen: z.boolean(),
    definitionOfReady: z.strictObject({
      problem: z.boolean(),
      serves: z.boolean(),
      outcome: z.boolean(),
      minCriteria: z.int().min(0).max(20),
      estimate: z.boolean(),
      timeboxForSpikes: z.boolean(),
      deadlineForCompliance: z.boolean(),
      custom: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
            label: requiredText(100),
          }),
        )
        .max(20),
    }),
    splitThreshold: z.int().min(1).max(1000),
    refuseUnreadyCommitment: z.boolean(),
    refinementCadenceDays: z.union([z.literal(7), z.literal(14)]),
    nextRefinementAt: instant.nullable(),
    velocityPoints: z.int().min(1).max(10_000).nullable(),
    timeZone: z.string().max(64).refine(isTimeZone, 'not a time zone name like Europe/Paris'),
    staleRule: z
      .strictObject({
        quarters: z.int().min(1).max(8),
        isAutomatic: z.boolean(),
        exemptTags: z.array(requiredText(limits.tagLength)).max(limits.tagCount),
        exemptTypes: z.array(z.enum(itemTypes)).max(itemTypes.length),
      })
      .partial(),
  }),
);

export const watchBody = z.strictObject({ watching: z.boolean() });
