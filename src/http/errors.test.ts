import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../app/errors.ts';
import { handleError, toErrorResponse } from './errors.ts';
import { moveTarget } from './fields.ts';
import { validatorCompiler } from './validate-input.ts';

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

describe('an input that fits no shape of a union', () => {
  async function answerTo(body: unknown) {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setErrorHandler(handleError);
    app.post(
      '/moves',
      { schema: { body: z.strictObject({ moves: z.array(moveTarget) }) } },
      async () => 'ok',
    );
    return (await app.inject({ method: 'POST', url: '/moves', payload: body as object })).json();
  }

  it('names the field of the shape it came closest to, inside arrays too', async () => {
    const answer = await answerTo({ moves: [{ to: 'top' }, { to: 'middle' }, { before: 5 }] });
    expect(answer.error.details).toEqual([
      { field: 'moves.1.to', in: 'body', message: 'Invalid option: expected one of "top"|"bottom"' },
      { field: 'moves.2.before', in: 'body', message: 'Invalid input: expected string, received number' },
    ]);
    expect(answer.error.message).toContain('moves.1.to: ');
  });

  it('says where a value of the wrong kind is', async () => {
    const answer = await answerTo({ moves: ['top'] });
    expect(answer.error.details[0]).toMatchObject({
      field: 'moves.0',
      message: expect.stringContaining('object'),
    });
  });
});
