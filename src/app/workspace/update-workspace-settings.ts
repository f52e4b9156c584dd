import { announceActorsChanged } from '../auth/revocations.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { readWorkspaceSettings, type WorkspaceSettings } from './workspace-settings.ts';

/**
 * An admin renames the workspace or requires two-factor sign-in of its admins. Requiring it is
 * refused to an admin who has not turned it on themselves (they would lose their admin rights).
 */
export async function updateWorkspaceSettings(
  ctx: Ctx,
  input: Partial<WorkspaceSettings>,
): Promise<WorkspaceSettings> {
  await authorize(ctx, 'workspace.settings', null);
  const actor = requireActor(ctx);
  const before = await readWorkspaceSettings(ctx, actor.workspaceId);
  if (input.requireAdminTwoFactor && !before.requireAdminTwoFactor) {
    const self = await ctx.trx
      .selectFrom('people')
      .select('totp_enabled_at')
      .where('id', '=', actor.personId)
      .executeTakeFirstOrThrow();
    if (!self.totp_enabled_at) {
      throw new AppError(
        'invalid_input',
        'requireAdminTwoFactor: turn on two-factor sign-in for yourself first (your profile)',
        [{ field: 'requireAdminTwoFactor', message: 'you have no second factor yet' }],
      );
    }
  }
  await ctx.trx
    .updateTable('workspaces')
    .set({
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.requireAdminTwoFactor !== undefined && {
        require_admin_two_factor: input.requireAdminTwoFactor,
      }),
    })
    .where('id', '=', actor.workspaceId)
    .execute();
  const after = await readWorkspaceSettings(ctx, actor.workspaceId);
  if (after.requireAdminTwoFactor !== before.requireAdminTwoFactor) await announceActorsChanged(ctx.trx);
  if (after.name !== before.name || after.requireAdminTwoFactor !== before.requireAdminTwoFactor) {
    await appendEvent(ctx, { productId: null, kind: 'workspace.updated', data: { before, after } });
  }
  return after;
}
