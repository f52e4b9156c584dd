import { z } from 'zod';
import type { ProductWithRole } from '../../app/products/list-products.ts';
import type { Product } from '../../app/products/product-queries.ts';
import { itemTypes, limits } from '../../domain/item.ts';
import { productRoles } from '../../domain/permissions.ts';
import { definitionOfReadySchema } from '../../domain/product-document.ts';
import { isTimeZone } from '../../domain/staleness.ts';
import { changeOf, instant, requiredText, text, timestamp } from '../fields.ts';

/** Products on the wire: what a route reads, and what it answers. */

export const listProductsQuery = z.strictObject({
  includeArchived: z
    .enum(['true', 'false'], 'true or false')
    .transform((value) => value === 'true')
    .optional(),
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
    definitionOfReady: definitionOfReadySchema,
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

export const productSchema = z
  .object({
    key: z.string().describe('Two to ten capital letters or digits, like PAY: the prefix of its items’ keys'),
    name: z.string(),
    description: z.string(),
    visibility: z
      .enum(['workspace', 'members'])
      .describe('Who may see it: everyone in the workspace, or members'),
    publicIntakeOpen: z.boolean().describe('Whether people without an account may send requests'),
    definitionOfReady: z.object({
      problem: z.boolean(),
      serves: z.boolean(),
      outcome: z.boolean(),
      minCriteria: z.int(),
      estimate: z.boolean(),
      timeboxForSpikes: z.boolean(),
      deadlineForCompliance: z.boolean(),
      custom: z.array(z.object({ id: z.string(), label: z.string() })),
    }),
    splitThreshold: z.int().describe('Estimates above this are too large for one sprint'),
    refuseUnreadyCommitment: z.boolean(),
    refinementCadenceDays: z.literal([7, 14]),
    nextRefinementAt: timestamp.nullable(),
    velocityPoints: z.int().nullable(),
    timeZone: z.string(),
    staleRule: z.object({
      quarters: z.int(),
      isAutomatic: z.boolean(),
      exemptTags: z.array(z.string()),
      exemptTypes: z.array(z.string()),
    }),
    createdAt: timestamp,
    archivedAt: timestamp.nullable().describe('When it was archived: then it is read-only'),
    role: z
      .enum([...productRoles, 'admin'])
      .optional()
      .describe('Your role in it'),
  })
  .meta({ id: 'Product', description: 'A product: it has one ordered backlog' });

export function presentProduct(product: Product | ProductWithRole): z.input<typeof productSchema> {
  return {
    key: product.key,
    name: product.name,
    description: product.description,
    visibility: product.visibility,
    publicIntakeOpen: product.publicIntakeOpen,
    definitionOfReady: product.definitionOfReady,
    splitThreshold: product.splitThreshold,
    refuseUnreadyCommitment: product.refuseUnreadyCommitment,
    refinementCadenceDays: product.refinementCadenceDays,
    nextRefinementAt: product.nextRefinementAt,
    velocityPoints: product.velocityPoints,
    timeZone: product.timeZone,
    staleRule: product.staleRule,
    createdAt: product.createdAt,
    archivedAt: product.archivedAt,
    ...('role' in product && { role: product.role }),
  };
}
