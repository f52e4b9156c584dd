import { errorMessage, isApiError } from '../api.ts';

/** What a refused form shows: a message beside each field the API named, and the rest above. */
export interface FieldErrors {
  byField: Partial<Record<string, string>>;
  /** The message for what no field of the form can show, or null when every problem has a field. */
  other: string | null;
}

export const noFieldErrors: FieldErrors = { byField: {}, other: null };

interface Detail {
  field: string;
  message: string;
}

const isDetail = (value: unknown): value is Detail =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Detail).field === 'string' &&
  typeof (value as Detail).message === 'string';

/**
 * Spreads an API refusal over the form: a 4xx's `details[].field` that the form has goes beside
 * that field; anything else (another field, a network failure, a 5xx) is told as one message.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  if (!error) return noFieldErrors;
  const details =
    isApiError(error) && error.status < 500 && Array.isArray(error.details) ? error.details : [];
  const byField: Partial<Record<string, string>> = {};
  let unplaced = details.length === 0;
  for (const detail of details) {
    if (isDetail(detail) && fields.includes(detail.field)) {
      byField[detail.field] ??= detail.message;
    } else {
      unplaced = true;
    }
  }
  return { byField, other: unplaced ? errorMessage(error) : null };
}
