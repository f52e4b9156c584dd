import { describe, expect, it } from 'vitest';
import { bellLabel, unreadBadge } from './unread-count.ts';

describe('the notification bell', () => {
  it('shows the unread count, capped at 99+, and nothing at zero', () => {
    expect(unreadBadge(0)).toBeNull();
    expect(unreadBadge(3)).toBe('3');
    expect(unreadBadge(99)).toBe('99');
    expect(unreadBadge(140)).toBe('99+');
  });

  it('tells screen readers how many are unread', () => {
    expect(bellLabel(0)).toBe('Notifications');
    expect(bellLabel(2)).toBe('Notifications, 2 unread');
  });
});
