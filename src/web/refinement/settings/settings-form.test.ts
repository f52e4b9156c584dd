import { describe, expect, it } from 'vitest';
import type { Product } from '../../../client/ordo-client.ts';
import { defaultDefinitionOfReady } from '../../../domain/readiness.ts';
import {
  checkIdFor,
  formFromProduct,
  newCheckProblems,
  payloadFromForm,
  toLocalInput,
} from './settings-form.ts';

const product = {
  key: 'PAY',
  definitionOfReady: { ...defaultDefinitionOfReady, custom: [{ id: 'designs', label: 'Designs reviewed' }] },
  splitThreshold: 13,
  refuseUnreadyCommitment: false,
  refinementCadenceDays: 14,
  nextRefinementAt: '2027-01-12T09:30:00.000Z',
  velocityPoints: null,
} as unknown as Product;

describe('the refinement settings form', () => {
  it('round-trips the product’s settings into the PATCH body', () => {
    const result = payloadFromForm(formFromProduct(product));
    expect(result).toEqual({
      payload: {
        definitionOfReady: product.definitionOfReady,
        splitThreshold: 13,
        refuseUnreadyCommitment: false,
        refinementCadenceDays: 14,
        nextRefinementAt: '2027-01-12T09:30:00.000Z',
        velocityPoints: null,
      },
    });
  });

  it('reads typed numbers and a cleared date', () => {
    const form = formFromProduct(product);
    const result = payloadFromForm({
      ...form,
      definitionOfReady: { ...form.definitionOfReady, minCriteria: ' 3 ', estimate: false },
      splitThreshold: '20',
      velocityPoints: '34',
      refinementCadenceDays: 7,
      nextRefinementAt: '',
    });
    expect(result).toMatchObject({
      payload: {
        definitionOfReady: { minCriteria: 3, estimate: false },
        splitThreshold: 20,
        velocityPoints: 34,
        refinementCadenceDays: 7,
        nextRefinementAt: null,
      },
    });
  });

  it('names each field that is out of bounds instead of sending it', () => {
    const form = formFromProduct(product);
    const result = payloadFromForm({
      ...form,
      definitionOfReady: { ...form.definitionOfReady, minCriteria: '21' },
      splitThreshold: '0',
      velocityPoints: '2.5',
    });
    expect(result).toEqual({
      problems: {
        minCriteria: 'A whole number from 0 to 20',
        splitThreshold: 'A whole number of points from 1 to 1000',
        velocityPoints: 'A whole number of points from 1 to 10000, or blank',
      },
    });
  });

  it('shows an instant in the browser’s time zone for a datetime-local input', () => {
    const local = toLocalInput('2027-01-12T09:30:00.000Z');
    expect(local).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(new Date(local).toISOString()).toBe('2027-01-12T09:30:00.000Z');
    expect(toLocalInput(null)).toBe('');
  });

  it('makes a unique id for a custom check from its label', () => {
    expect(checkIdFor('Designs reviewed', [])).toBe('designs-reviewed');
    expect(checkIdFor('Designs reviewed!', ['designs-reviewed'])).toBe('designs-reviewed-2');
    expect(checkIdFor('Légal OK', [])).toBe('legal-ok');
    expect(checkIdFor('✓✓', [])).toBe('check');
  });

  it('refuses a custom check whose label or id is taken, or whose id is malformed', () => {
    const checks = [{ id: 'designs', label: 'Designs reviewed' }];
    expect(newCheckProblems(checks, 'Legal signed off', '')).toEqual({});
    expect(newCheckProblems(checks, ' designs REVIEWED ', '')).toEqual({
      label: 'There is already a check with this label',
    });
    expect(newCheckProblems(checks, 'Legal', 'designs')).toEqual({ id: 'Another check has this id' });
    expect(newCheckProblems(checks, 'Legal', 'Legal OK')).toEqual({
      id: 'Lower-case letters, digits and dashes',
    });
  });
});
