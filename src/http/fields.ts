import { z } from 'zod';
import { limits } from '../domain/item.ts';

/** The building blocks of the routes' schemas: text, dates, keys and lists, with their limits. */

export const text = (max: number) => z.string().max(max, `at most ${max} characters`);
export const requiredText = (max: number) => text(max).trim().min(1, 'must not be empty');

/**
 * A day, and an instant, as people plan them: in the years 1970 to 2999. Year 0 is no year
 * (PostgreSQL refuses it), a day series from the year 1 would run to 740,000 days, and a date
 * past 9999 has no ISO form the embedded database reads.
 */
const isPlannable = (value: string) => value >= '1970' && value < '3000';
export const day = z.iso
  .date('must be a date like 2027-03-31')
  .refine(isPlannable, 'must be a day in the years 1970 to 2999');
export const instant = z.iso
  .datetime({ offset: true, error: 'must be a date and time like 2027-01-12T09:00:00Z' })
  .refine(isPlannable, 'must be in the years 1970 to 2999')
  .transform((value) => new Date(value));

/** A moment in an answer: sent as an ISO 8601 date and time in UTC. */
export const timestamp = z.date();
/** A calendar day in an answer, like 2027-03-31. */
export const calendarDay = z.string().describe('A day, like 2027-03-31');

/** A change to some of `fields` (a PATCH body): each may be left out, but not all of them. */
export const changeOf = <Shape extends z.ZodRawShape>(
  fields: z.ZodObject<Shape>,
  nothingToChange = 'nothing to change: name at least one field',
) => fields.partial().refine((body) => Object.keys(body).length > 0, nothingToChange);

export const email = z.email('not an email address').max(limits.emailLength);

export const password = z
  .string()
  .min(limits.passwordMinLength, `at least ${limits.passwordMinLength} characters`)
  .max(limits.passwordMaxLength, `at most ${limits.passwordMaxLength} characters`);

/** An item's key in a body (the operation says when no such item exists). */
export const itemKey = z.string().max(20);

export const itemKeyParam = z.object({
  itemKey: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,9}-\d{1,9}$/, 'not an item key like PAY-142'),
});
export const productKeyParam = z.object({
  productKey: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,9}$/, 'not a product key like PAY'),
});

/** `?type=bug&type=story` or `?type=bug,story`: a list either way. */
export const queryList = <T extends z.ZodType>(entry: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter(Boolean),
    z.array(entry).max(50).optional(),
  );

export const pageQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSize),
});

export const moveTarget = z.union([
  z.strictObject({ to: z.enum(['top', 'bottom']) }),
  z.strictObject({ before: itemKey }),
  z.strictObject({ after: itemKey }),
]);
