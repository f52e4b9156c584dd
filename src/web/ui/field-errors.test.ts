import { describe, expect, it } from 'vitest';
import { OrdoApiError } from '../../client/ordo-client.ts';
import { fieldErrors } from './field-errors.ts';

const refusal = (details: unknown, status = 400) =>
  new OrdoApiError(
    status,
    'invalid_input',
    'title: must not be empty; dealValue: must be a whole number',
    details,
  );

describe('fieldErrors', () => {
  it('puts each named field’s message beside it and nothing above', () => {
    const errors = fieldErrors(
      refusal([
        { field: 'title', in: 'body', message: 'must not be empty' },
        { field: 'dealValue', in: 'body', message: 'must be a whole number' },
      ]),
      ['title', 'problem', 'dealValue'],
    );
    expect(errors).toEqual({
      byField: { title: 'must not be empty', dealValue: 'must be a whole number' },
      other: null,
    });
  });

  it('keeps the first message of a field named twice', () => {
    const errors = fieldErrors(
      refusal([
        { field: 'title', message: 'must not be empty' },
        { field: 'title', message: 'at most 200 characters' },
      ]),
      ['title'],
    );
    expect(errors.byField.title).toBe('must not be empty');
  });

  it('tells the whole message when a detail names no field of this form', () => {
    const errors = fieldErrors(refusal([{ field: 'website', message: 'must be empty' }]), ['title']);
    expect(errors.byField).toEqual({});
    expect(errors.other).toMatch(/title: must not be empty/);
  });

  it('tells the message of errors without details, of server failures and of lost connections', () => {
    expect(fieldErrors(new OrdoApiError(429, 'rate_limited', 'Slow down', []), ['title']).other).toBe(
      'Slow down',
    );
    expect(
      fieldErrors(new OrdoApiError(500, 'internal', 'Oops', [{ field: 'title', message: 'x' }]), ['title']),
    ).toEqual({ byField: {}, other: 'Oops' });
    expect(fieldErrors(new TypeError('Failed to fetch'), ['title']).other).toMatch(/Could not reach Ordo/);
  });

  it('has nothing to say without an error', () => {
    expect(fieldErrors(null, ['title'])).toEqual({ byField: {}, other: null });
  });
});
