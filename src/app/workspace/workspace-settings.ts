import type { Ctx } from '../context.ts';

/** The workspace's own settings: its name, and whether admins must use two-factor sign-in. */
export interface WorkspaceSettings {
  name: string;
  requireAdminTwoFactor: boolean;
}

export async function readWorkspaceSettings(ctx: Ctx, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await ctx.trx
    .selectFrom('workspaces')
    .select(['name', 'require_admin_two_factor'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { name: row.name, requireAdminTwoFactor: row.require_admin_two_factor };
}
