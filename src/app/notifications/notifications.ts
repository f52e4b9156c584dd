import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The signed-in person's notices, newest first. */
export async function listNotifications(
  ctx: Ctx,
  input: { unreadOnly: boolean; limit: number },
): Promise<Notification[]> {
  await authorize(ctx, 'notifications.read', null);
  const actor = requireActor(ctx);
  let query = ctx.trx
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
    .where('person_id', '=', actor.personId);
  if (input.unreadOnly) query = query.where('read_at', 'is', null);
  const rows = await query.orderBy('created_at', 'desc').limit(input.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

/** Marks the named notices (or all of them) read. */
export async function markNotificationsRead(ctx: Ctx, input: { ids?: string[] }): Promise<number> {
  await authorize(ctx, 'notifications.read', null);
  const actor = requireActor(ctx);
  let query = ctx.trx
    .updateTable('notifications')
    .set({ read_at: ctx.now() })
    .where('person_id', '=', actor.personId)
    .where('read_at', 'is', null);
  if (input.ids)
    query = query.where('id', 'in', input.ids.length ? input.ids : ['00000000-0000-0000-0000-000000000000']);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
