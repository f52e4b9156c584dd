import type { Ctx } from '../context.ts';

/** The name of the actor's workspace, as mail to its people says it. */
export async function workspaceName(ctx: Ctx, workspaceId: string): Promise<string> {
  const row = await ctx.trx
    .selectFrom('workspaces')
    .select('name')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return row.name;
}
