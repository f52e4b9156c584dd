import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { readWorkspaceSettings, type WorkspaceSettings } from './workspace-settings.ts';

export async function getWorkspaceSettings(ctx: Ctx): Promise<WorkspaceSettings> {
  await authorize(ctx, 'workspace.settings', null);
  return readWorkspaceSettings(ctx, requireActor(ctx).workspaceId);
}
