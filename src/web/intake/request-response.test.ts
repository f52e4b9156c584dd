import { describe, expect, it } from 'vitest';
import type { RequestStatus, RequestSummary } from '../../client/ordo-client.ts';
import { isTriagerView, statusFromResponse } from './request-response.ts';

const status: RequestStatus = {
  key: 'PAY-R7',
  product: 'Payments',
  title: 'PayPal',
  problem: '',
  state: 'new',
  stateLabel: 'Waiting for triage',
  decisionNote: null,
  submittedAt: '2027-03-10T12:00:00.000Z',
  messages: [],
  item: null,
};

describe('a request looked up by key', () => {
  it('gives the requester’s status page as it came', () => {
    expect(statusFromResponse(status)).toBe(status);
    expect(isTriagerView(status)).toBe(false);
  });

  it('takes the status page out of a triager’s whole request', () => {
    const whole = { key: 'PAY-R7', state: 'new', status } as unknown as RequestSummary & {
      status: RequestStatus;
    };
    expect(statusFromResponse(whole)).toBe(status);
    expect(isTriagerView(whole)).toBe(true);
  });
});
