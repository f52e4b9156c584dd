import { describe, expect, it } from 'vitest';
import { demandTitle } from './demand-title.ts';

describe('demandTitle', () => {
  it('gives the total, then the count of each source that asked', () => {
    expect(demandTitle(3, { customer: 2, internal: 0, client_facing: 1 })).toBe(
      '3 requesters\nCustomer: 2\nClient-facing team: 1',
    );
  });

  it('says one requester, and only the total when the sources are unknown', () => {
    expect(demandTitle(1, { customer: 0, internal: 1, client_facing: 0 })).toBe(
      '1 requester\nInternal team: 1',
    );
    expect(demandTitle(4, undefined)).toBe('4 requesters');
  });
});
