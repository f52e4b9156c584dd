import { type ProviderSignInRefusal, providerSignInRefusals } from '../../../domain/sign-in.ts';
import { AppError, type ErrorCode } from '../../errors.ts';

/** A refused sign-in through the provider: its words, and its reason for the sign-in page. */
export const providerRefusal = (reason: ProviderSignInRefusal, code: ErrorCode = 'forbidden') =>
  new AppError(code, providerSignInRefusals[reason], { reason });
