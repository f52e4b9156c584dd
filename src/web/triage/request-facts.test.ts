import { describe, expect, it } from 'vitest';
import { ageWording, commercialImpact, isOverdue } from './request-facts.ts';

describe('a request’s age in the inbox', () => {
  it('says today, one day, or how many days', () => {
    expect(ageWording(0)).toBe('today');
    expect(ageWording(1)).toBe('1 day');
    expect(ageWording(9)).toBe('9 days');
  });

  it('calls a week of waiting overdue', () => {
    expect(isOverdue(6)).toBe(false);
    expect(isOverdue(7)).toBe(true);
  });
});

describe('commercialImpact', () => {
  it('names accounts, deal value in euros and urgency', () => {
    expect(commercialImpact({ accountsAffected: 12, dealValue: 48_000, urgency: 'high' })).toEqual([
      '12 accounts',
      '€48,000 in deals',
      'high urgency',
    ]);
  });

  it('says one account, keeps a zero, and leaves out what was not given', () => {
    expect(commercialImpact({ accountsAffected: 1, dealValue: null, urgency: null })).toEqual(['1 account']);
    expect(commercialImpact({ accountsAffected: null, dealValue: 0, urgency: null })).toEqual([
      '€0 in deals',
    ]);
    expect(commercialImpact({ accountsAffected: null, dealValue: null, urgency: null })).toEqual([]);
  });
});
