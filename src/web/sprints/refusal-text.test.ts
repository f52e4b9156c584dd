import { describe, expect, it } from 'vitest';
import { OrdoApiError } from '../../client/ordo-client.ts';
import { refusalText } from './refusal-text.ts';

const refused = (message: string) => new OrdoApiError(400, 'invalid_input', message, []);

describe('refusalText', () => {
  it('tells the API’s message without the field it starts with', () => {
    expect(refusalText(refused('itemKeys.0: PAY-12 is not ready (lacks Estimate)'))).toBe(
      'PAY-12 is not ready (lacks Estimate)',
    );
    expect(refusalText(refused('sprintId: Sprint 3 is still active: close it first'))).toBe(
      'Sprint 3 is still active: close it first',
    );
  });

  it('keeps a message that names no field', () => {
    expect(refusalText(refused('PAY-12 is already in a sprint'))).toBe('PAY-12 is already in a sprint');
  });
});
