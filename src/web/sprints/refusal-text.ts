import { errorMessage } from '../api.ts';
import type { SkipReason } from './sprints-api.ts';

/**
 * The API's message for a refused sprint action, without the field it names first
 * ("itemKeys.0: PAY-12 is not ready (lacks an estimate)" → "PAY-12 is not ready (lacks an estimate)").
 */
export const refusalText = (error: unknown) => errorMessage(error).replace(/^[a-zA-Z]+(\.\d+)?: /, '');

export const skipReasonText: Record<SkipReason, string> = {
  not_ready: 'not ready',
  no_estimate: 'no estimate',
  does_not_fit: 'does not fit',
};
