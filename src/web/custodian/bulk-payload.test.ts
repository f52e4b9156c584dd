import { describe, expect, it } from 'vitest';
import { bulkChange, bulkDoneMessage, bulkKeys, bulkKeysMax } from './bulk-payload.ts';

describe('bulk payloads', () => {
  it('normalises one tag the way the server stores it', () => {
    expect(bulkChange({ action: 'tag', tag: '  Billing Ops ' })).toEqual({
      change: { action: 'tag', tag: 'billing-ops' },
    });
    expect(bulkChange({ action: 'untag', tag: 'Legacy' })).toEqual({
      change: { action: 'untag', tag: 'legacy' },
    });
  });

  it('refuses no tag, several tags and a tag too long', () => {
    expect(bulkChange({ action: 'tag', tag: ' , ' })).toEqual({ problem: 'Name a tag' });
    expect(bulkChange({ action: 'tag', tag: 'a, b' })).toEqual({ problem: 'One tag at a time' });
    expect(bulkChange({ action: 'tag', tag: 'x'.repeat(41) })).toHaveProperty('problem');
  });

  it('asks a reason of an item put on hold, and sends none otherwise', () => {
    expect(bulkChange({ action: 'status', status: 'on_hold', holdReason: '  ' })).toEqual({
      problem: 'Say why it is on hold',
    });
    expect(bulkChange({ action: 'status', status: 'on_hold', holdReason: ' Waiting on legal ' })).toEqual({
      change: { action: 'status', status: 'on_hold', holdReason: 'Waiting on legal' },
    });
    expect(bulkChange({ action: 'status', status: 'open', holdReason: 'ignored' })).toEqual({
      change: { action: 'status', status: 'open' },
    });
  });

  it('passes archive, move and refine through', () => {
    expect(bulkChange({ action: 'archive', reason: 'wont_do' })).toEqual({
      change: { action: 'archive', reason: 'wont_do' },
    });
    expect(bulkChange({ action: 'move', to: 'bottom' })).toEqual({
      change: { action: 'move', to: 'bottom' },
    });
    expect(bulkChange({ action: 'refine' })).toEqual({ change: { action: 'refine' } });
  });

  it('sends each key once, within the server’s limit', () => {
    expect(bulkKeys(['PAY-1', 'PAY-2', 'PAY-1'])).toEqual(['PAY-1', 'PAY-2']);
    const many = Array.from({ length: bulkKeysMax + 5 }, (_, i) => `PAY-${i + 1}`);
    expect(bulkKeys(many)).toHaveLength(bulkKeysMax);
  });

  it('says what the change did', () => {
    expect(bulkDoneMessage({ action: 'tag', tag: 'billing' }, ['PAY-1', 'PAY-2', 'PAY-3'])).toBe(
      'Tagged 3 items “billing”',
    );
    expect(bulkDoneMessage({ action: 'tag', tag: 'billing' }, ['PAY-40'])).toBe('Tagged PAY-40 “billing”');
    expect(bulkDoneMessage({ action: 'status', status: 'in_progress' }, ['PAY-7'])).toBe(
      'Set PAY-7 to in progress',
    );
    expect(bulkDoneMessage({ action: 'archive', reason: 'wont_do' }, ['PAY-1', 'PAY-2'])).toBe(
      'Archived 2 items (won’t do)',
    );
    expect(bulkDoneMessage({ action: 'move', to: 'top' }, ['PAY-1', 'PAY-2'])).toBe(
      'Moved 2 items to the top of the backlog',
    );
    expect(bulkDoneMessage({ action: 'refine' }, ['PAY-1'])).toBe(
      'Added PAY-1 to the next refinement session',
    );
  });
});
