import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { type Profile, readProfile } from './profile.ts';

export async function getProfile(ctx: Ctx): Promise<Profile> {
  await authorize(ctx, 'profile.manage', null);
  return readProfile(ctx, requireActor(ctx).personId);
}
