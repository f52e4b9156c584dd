import { z } from 'zod';
import type { RecordedEvent } from '../../app/events/get-event.ts';
import { timestamp } from '../fields.ts';

export const eventIdParam = z.object({ id: z.string().regex(/^\d{1,18}$/, 'not an event id') });

export const recordedEventSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('One of the kinds in the document’s `webhooks` section'),
    product: z.string().nullable(),
    item: z.string().nullable(),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: timestamp,
    sequence: z.number(),
    itemSequence: z.number().nullable(),
    data: z.record(z.string(), z.unknown()).describe('The kind’s catalogued data'),
  })
  .meta({ id: 'Event', description: 'A recorded change, with its data' });

export function presentEvent(event: RecordedEvent): z.input<typeof recordedEventSchema> {
  return {
    id: event.id,
    kind: event.kind,
    product: event.productKey,
    item: event.itemKey,
    actor: event.actor,
    createdAt: event.createdAt,
    sequence: event.sequence,
    itemSequence: event.itemSequence,
    data: event.data,
  };
}
