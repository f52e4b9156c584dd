import { describe, expect, it } from 'vitest';
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
