import { dailyJobKind, dailyRound } from '../custodian/daily.ts';
import { respaceJobKind, respaceRanks } from '../ranking/respace-ranks.ts';
import type { JobHandler } from './jobs.ts';

/** Every kind of background job the server runs, by name. */
export const jobHandlers: Record<string, JobHandler> = {
  [respaceJobKind]: async (ctx, payload) => {
    await respaceRanks(ctx, { productId: String(payload.productId) });
  },
  [dailyJobKind]: async (ctx, payload) => {
    await dailyRound(ctx, String(payload.productId));
  },
};
