import { describe, expect, it } from 'vitest';
import { defaultSource, emptyIntakeForm, type IntakeForm, requestPayload } from './request-payload.ts';

const form = (change: Partial<IntakeForm>): IntakeForm => ({ ...emptyIntakeForm('stakeholder'), ...change });

describe('the stakeholder intake form', () => {
  it('starts client-facing for stakeholders and internal for the product team', () => {
    expect(defaultSource('stakeholder')).toBe('client_facing');
    expect(['owner', 'editor', 'member', 'admin'].map((role) => defaultSource(role as 'owner'))).toEqual([
      'internal',
      'internal',
      'internal',
      'internal',
    ]);
  });

  it('sends trimmed words and leaves out a blank problem and blank impact', () => {
    expect(requestPayload(form({ title: '  Approval step  ', problem: '   ' }))).toEqual({
      title: 'Approval step',
      source: 'client_facing',
    });
  });

  it('sends the commercial impact of a client-facing request as numbers', () => {
    expect(
      requestPayload(
        form({
          title: 'Approval step',
          problem: ' Three demos asked. ',
          accountsAffected: '12',
          dealValue: ' 48000 ',
          urgency: 'high',
        }),
      ),
    ).toEqual({
      title: 'Approval step',
      problem: 'Three demos asked.',
      source: 'client_facing',
      accountsAffected: 12,
      dealValue: 48000,
      urgency: 'high',
    });
  });

  it('passes a number the API will refuse (a fraction) on, so its message lands beside the field', () => {
    expect(requestPayload(form({ title: 'x', dealValue: '1.5' })).dealValue).toBe(1.5);
  });

  it('never sends commercial impact for other sources (the API refuses it there)', () => {
    expect(
      requestPayload(
        form({ title: 'Bounce alerts', source: 'internal', accountsAffected: '3', urgency: 'low' }),
      ),
    ).toEqual({ title: 'Bounce alerts', source: 'internal' });
  });
});
