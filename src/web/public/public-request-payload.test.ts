import { describe, expect, it } from 'vitest';
import { emptyPublicRequestForm, publicRequestPayload } from './public-request-payload.ts';

describe('the public intake form', () => {
  it('sends trimmed words and no empty problem or honeypot', () => {
    expect(
      publicRequestPayload({
        ...emptyPublicRequestForm,
        name: ' Marta Kowalska ',
        email: ' marta@example.com ',
        title: ' Pay by PayPal ',
        problem: '  ',
      }),
    ).toEqual({ name: 'Marta Kowalska', email: 'marta@example.com', title: 'Pay by PayPal' });
  });

  it('sends the problem, and a filled honeypot as it is (the server refuses robots)', () => {
    const payload = publicRequestPayload({
      ...emptyPublicRequestForm,
      name: 'Bot',
      email: 'bot@example.com',
      title: 'Buy now',
      problem: 'Cheap pills',
      website: 'http://spam.example',
    });
    expect(payload.problem).toBe('Cheap pills');
    expect(payload.website).toBe('http://spam.example');
  });
});
