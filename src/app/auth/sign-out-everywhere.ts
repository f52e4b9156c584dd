import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { endSessions } from './sessions.ts';

/** Ends every session of the actor's, on every device and instance (API tokens stay). */
export async function signOutEverywhere(ctx: Ctx): Promise<{ endedSessions: number }> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  return { endedSessions: await endSessions(ctx, actor.personId) };
}
