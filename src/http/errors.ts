import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, errorCodes } from '../app/errors.ts';
import type { Item } from '../app/items/item-queries.ts';
import { presentItem } from './routes/items.schema.ts';
import { type Issue, problemsOf } from './union-issues.ts';

export interface ErrorBody {
  error: { code: ErrorCode | 'internal'; message: string; details: unknown };
}

function validationBody(error: FastifyError): ErrorBody {
  const where = error.validationContext ?? 'body';
  const details = (error.validation ?? []).flatMap((issue) => {
    const at = issue.instancePath.split('/').filter(Boolean);
    const errors =
      issue.keyword === 'invalid_union' ? (issue.params as { errors?: Issue[][] }).errors : undefined;
    const problems = problemsOf(
      { code: issue.keyword, path: [], message: issue.message ?? 'is not valid', errors },
      at,
    );
    return problems.map((problem) => ({
      field: problem.path.join('.') || where,
      in: where,
      message: problem.message,
    }));
  });
  const message = details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
  return { error: { code: 'invalid_input', message, details } };
}

const fastifyCodes: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_json', message: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'malformed_json', message: 'The body is empty but says it is JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send JSON (Content-Type: application/json)',
  },
  FST_ERR_BAD_URL: { code: 'invalid_input', message: 'The path is not valid percent-encoded UTF-8' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'invalid_input', message: 'A part of the path is too long' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_input',
    message: 'The Content-Length does not match the body',
  },
};

/**
 * What the database says when two requests raced for the same thing (SQLSTATE): the loser is told
 * to try again, and nothing of its request was written (its transaction rolled back).
 */
const raceCodes: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: 'already_exists', message: 'That exists already: someone made it a moment ago' },
  '40001': { code: 'concurrent_change', message: 'Someone changed this at the same moment: try again' },
  '40P01': { code: 'concurrent_change', message: 'Someone changed this at the same moment: try again' },
};

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** A 429 says when to try again (`retry-after`, in seconds, from its details). */
  headers?: Record<string, string>;
}

/** The one mapper from any error to the JSON error body, its status and headers. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof AppError) {
    const current =
      error.code === 'version_conflict' && 'current' in error.details ? error.details.current : null;
    const details = current ? { current: presentItem(current as Item) } : error.details;
    const retryAfter = 'retryAfterSeconds' in error.details ? error.details.retryAfterSeconds : undefined;
    return {
      status: errorCodes[error.code],
      body: { error: { code: error.code, message: error.message, details } },
      ...(typeof retryAfter === 'number' && { headers: { 'retry-after': String(retryAfter) } }),
    };
  }
  const fastifyError = error as FastifyError;
  if (Array.isArray(fastifyError.validation)) return { status: 400, body: validationBody(fastifyError) };
  const known = fastifyError.code
    ? (fastifyCodes[fastifyError.code] ?? raceCodes[fastifyError.code])
    : undefined;
  if (known) {
    return {
      status: errorCodes[known.code],
      body: { error: { code: known.code, message: known.message, details: [] } },
    };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      body: { error: { code: 'invalid_input', message: fastifyError.message, details: [] } },
    };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Something went wrong on our side', details: [] } },
  };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body, headers } = toErrorResponse(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  if (headers) reply.headers(headers);
  return reply.status(status).send(body);
}
