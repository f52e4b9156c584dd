import { describe, expect, it } from 'vitest';
import { AppError } from '../app/errors.ts';
import { toErrorResponse } from './errors.ts';

describe('errors the database raises when two requests race', () => {
  it('answers 409 with a code and a sentence, never 500', () => {
    const unique = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
    });
    expect(toErrorResponse(unique)).toMatchObject({
      status: 409,
      body: { error: { code: 'already_exists' } },
    });
    const serialization = Object.assign(new Error('could not serialize access'), { code: '40001' });
    expect(toErrorResponse(serialization)).toMatchObject({
      status: 409,
      body: { error: { code: 'concurrent_change' } },
    });
    expect(toErrorResponse(new Error('anything else')).status).toBe(500);
  });
});

describe('a refusal for going too fast', () => {
  it('says when to try again in a Retry-After header and in its details', () => {
    const limited = new AppError('rate_limited', 'Too many requests: try again in 1 minute', {
      limit: 'public-request',
      retryAfterSeconds: 42,
    });
    expect(toErrorResponse(limited)).toEqual({
      status: 429,
      headers: { 'retry-after': '42' },
      body: {
        error: {
          code: 'rate_limited',
          message: 'Too many requests: try again in 1 minute',
          details: { limit: 'public-request', retryAfterSeconds: 42 },
        },
      },
    });
  });
});
