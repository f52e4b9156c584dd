import { z } from 'zod';
import type { AuditEntry } from '../../app/audit/list-audit-log.ts';
import { auditKindNames } from '../../domain/audit.ts';
import { instant, timestamp } from '../fields.ts';

/** The audit log on the wire. */

export const auditQuery = z.strictObject({
  actorId: z.uuid('not a person id').optional(),
  kind: z.enum(auditKindNames).optional(),
  from: instant.optional(),
  to: instant.optional(),
  before: z
    .string()
    .regex(/^\d{1,18}$/, 'not a cursor from a previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: timestamp,
    kind: z.enum(auditKindNames),
    actor: z.object({ id: z.string(), name: z.string() }).nullable().describe('Null for automated changes'),
    subject: z
      .object({ id: z.string(), name: z.string(), email: z.string() })
      .nullable()
      .describe('The person the change was about, when it was about one'),
    product: z.object({ key: z.string(), name: z.string() }).nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry', description: 'One change to the workspace: who, what, when' });

export const auditPageSchema = z.object({
  data: z.array(auditEntrySchema),
  next: z.string().nullable().describe('Pass as `before` for the next page; null on the last page'),
});

export function presentAuditEntry(entry: AuditEntry): z.input<typeof auditEntrySchema> {
  return {
    id: entry.id,
    at: entry.at,
    kind: entry.kind,
    actor: entry.actor,
    subject: entry.subject,
    product: entry.product,
    data: entry.data,
  };
}
