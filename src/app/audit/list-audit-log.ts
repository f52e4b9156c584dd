import { sql } from 'kysely';
import { type AuditKind, auditKindNames } from '../../domain/audit.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';

export interface AuditQuery {
  /** Changes made by this person. */
  actorId?: string;
  kind?: AuditKind;
  /** From this instant (inclusive) … */
  from?: Date;
  /** … to this one (exclusive). */
  to?: Date;
  /** The cursor: entries older than this event id. */
  before?: string;
  limit?: number;
}

export interface AuditEntry {
  id: string;
  at: Date;
  kind: AuditKind;
  actor: { id: string; name: string } | null;
  /** The person the change was about, when it was about one. */
  subject: { id: string; name: string; email: string } | null;
  product: { key: string; name: string } | null;
  data: Record<string, unknown>;
}

/** The workspace's audit log, newest first, for admins, filtered by who, what and when. */
export async function listAuditLog(
  ctx: Ctx,
  query: AuditQuery = {},
): Promise<{ entries: AuditEntry[]; next: string | null }> {
  await authorize(ctx, 'audit.read', null);
  const actor = requireActor(ctx);
  const limit = query.limit ?? 50;
  let select = ctx.trx
    .selectFrom('events')
    .leftJoin('people as actor', 'actor.id', 'events.actor_id')
    .leftJoin('people as subject', (join) =>
      join.on(sql`subject.id::text`, '=', sql`events.data->>'personId'`),
    )
    .leftJoin('products', 'products.id', 'events.product_id')
    .select([
      'events.id',
      'events.created_at',
      'events.kind',
      'events.data',
      'actor.id as actorId',
      'actor.name as actorName',
      'subject.id as subjectId',
      'subject.name as subjectName',
      'subject.email as subjectEmail',
      'products.key as productKey',
      'products.name as productName',
    ])
    .where('events.workspace_id', '=', actor.workspaceId)
    .where('events.kind', 'in', query.kind ? [query.kind] : auditKindNames)
    .orderBy('events.id', 'desc')
    .limit(limit + 1);
  if (query.actorId) select = select.where('events.actor_id', '=', query.actorId);
  if (query.from) select = select.where('events.created_at', '>=', query.from);
  if (query.to) select = select.where('events.created_at', '<', query.to);
  if (query.before) select = select.where('events.id', '<', query.before);
  const rows = await select.execute();
  const entries = rows.slice(0, limit).map(
    (row): AuditEntry => ({
      id: row.id,
      at: row.created_at,
      kind: row.kind as AuditKind,
      actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
      subject:
        row.subjectId && row.subjectName && row.subjectEmail
          ? { id: row.subjectId, name: row.subjectName, email: row.subjectEmail }
          : null,
      product: row.productKey && row.productName ? { key: row.productKey, name: row.productName } : null,
      data: row.data,
    }),
  );
  return { entries, next: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}
