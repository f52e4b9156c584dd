/** The one catalogue of errors an operation may raise; http/errors.ts maps each to a status. */
export const errorCodes = {
  invalid_input: 400,
  malformed_json: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  forbidden: 403,
  not_found: 404,
  link_expired: 410,
  version_conflict: 409,
  already_exists: 409,
  setup_done: 409,
  not_available: 409,
  archived: 409,
  concurrent_change: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface ErrorDetail {
  field?: string;
  message: string;
  [key: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] | Record<string, unknown> = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalidInput = (field: string, message: string) =>
  new AppError('invalid_input', `${field}: ${message}`, [{ field, message }]);

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
