/** The bell's badge: the count, "99+" past 99, nothing at zero. */
export function unreadBadge(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

/** The bell's name for screen readers, with the count. */
export const bellLabel = (count: number) =>
  count === 0 ? 'Notifications' : `Notifications, ${count} unread`;
