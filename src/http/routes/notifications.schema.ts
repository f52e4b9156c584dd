import { z } from 'zod';
import type { Notification } from '../../app/notifications/notifications.ts';
import { timestamp } from '../fields.ts';

/** One's notices on the wire. */

export const notificationsQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const markReadBody = z.strictObject({
  ids: z.array(z.uuid()).max(500).describe('Left out: every notice').optional(),
});

export const notificationSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().describe('A path in the web app, like /p/PAY/items/PAY-12'),
    createdAt: timestamp,
    readAt: timestamp.nullable(),
  })
  .meta({ id: 'Notification', description: 'A notice to the signed-in person' });

export const markedSchema = z.object({ marked: z.int().describe('How many notices were marked read') });

export function presentNotification(notification: Notification): z.input<typeof notificationSchema> {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    createdAt: notification.createdAt,
    readAt: notification.readAt,
  };
}
