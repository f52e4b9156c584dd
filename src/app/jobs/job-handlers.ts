import { respaceJobKind, respaceRanks } from '../ranking/respace-ranks.ts';
import type { JobHandler } from './jobs.ts';

/** Every kind of background job the server runs, by name. */
export const jobHandlers: Record<string, JobHandler> = {
  [respaceJobKind]: async (ctx, payload) => {
    await respaceRanks(ctx, { productId: String(payload.productId) });
  },
};
