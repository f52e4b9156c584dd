import { describe, expect, it } from 'vitest';
import { linkLabel } from './link-label.ts';

describe('linkLabel', () => {
  it('reads a link from this item’s side', () => {
    expect(linkLabel('blocks', 'outgoing')).toBe('Blocks');
    expect(linkLabel('blocks', 'incoming')).toBe('Blocked by');
    expect(linkLabel('duplicate_of', 'incoming')).toBe('Duplicated by');
    expect(linkLabel('parent', 'outgoing')).toBe('Child of');
  });

  it('falls back to the kind’s words for a kind it does not know', () => {
    expect(linkLabel('caused_by', 'outgoing')).toBe('caused by');
  });
});
