import { z } from 'zod';
import type { ImportedProduct } from '../../app/imports/import-product.ts';
import { importOutcomes } from '../../app/imports/import-report.ts';

/** The largest import body: a product document of about 100,000 items. */
export const importBodyLimit = 50 * 1024 * 1024;

export const importProductQuery = z.strictObject({
  key: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{1,9}$/, 'not a product key like PAY')
    .optional()
    .describe("Import under this key instead of the document's (its items' keys follow)"),
});

const counts = Object.fromEntries(importOutcomes.map((outcome) => [outcome, z.int()])) as Record<
  (typeof importOutcomes)[number],
  z.ZodInt
>;

export const importReportSchema = z
  .object({
    ...counts,
    rows: z.array(
      z.object({
        ref: z.string().describe("The row in the source: an item's key there, or a person's email"),
        outcome: z.enum(importOutcomes),
        reason: z.string().nullable(),
      }),
    ),
  })
  .describe('What an import did: counts by outcome, and each row with its outcome and why');

export const importedProductSchema = importReportSchema
  .extend({ product: z.object({ key: z.string(), name: z.string() }) })
  .meta({ id: 'ImportedProduct', description: 'The product an import created, and its report' });

export function presentImportedProduct(imported: ImportedProduct): z.input<typeof importedProductSchema> {
  return {
    product: { key: imported.product.key, name: imported.product.name },
    created: imported.created,
    updated: imported.updated,
    unchanged: imported.unchanged,
    skipped: imported.skipped,
    failed: imported.failed,
    rows: imported.rows.map((row) => ({ ref: row.ref, outcome: row.outcome, reason: row.reason })),
  };
}
