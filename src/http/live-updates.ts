import type { Kysely } from 'kysely';
import { revokedEverything } from '../app/auth/revocations.ts';
import { type EventNotice, eventsChannel } from '../app/events/append-event.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { EventKind } from '../domain/event-catalogue.ts';

type Listener = (notice: EventNotice) => void;

/** The most a reconnecting stream is sent of what it missed; past that its page reloads its lists. */
const missedLimit = 500;

/** Streams one person may hold open on an instance; the next one closes their oldest. */
export const maxStreamsPerPerson = 10;

/**
 * Relays committed events to live-update streams. One LISTEN per process: every instance on the
 * same PostgreSQL hears every change, so a browser sees moves made through any instance.
 */
/** How a stream ends when its secret dies, or when who may read what changed. */
export interface StreamEndings {
  secretHash: string;
  signedOut: () => void;
  reconnect: () => void;
}

export class LiveUpdates {
  readonly #listeners = new Map<string, Set<Listener>>();
  /** Each person's open streams on this instance, oldest first, as the way to close each. */
  readonly #streams = new Map<string, (() => void)[]>();
  #unlisten: (() => Promise<void>) | null = null;

  /** The streams' endings by the hash of the secret each was opened with. */
  readonly #bySecret = new Map<StreamEndings, string>();

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.#unlisten = await this.database.listen(eventsChannel, (payload) => {
      let notice: EventNotice;
      try {
        notice = JSON.parse(payload) as EventNotice;
      } catch {
        return;
      }
      // The workspace's own changes (no product) have no live listeners.
      if (notice.productId === null) return;
      for (const listener of this.#listeners.get(notice.productId) ?? []) listener(notice);
    });
  }

  async stop(): Promise<void> {
    await this.#unlisten?.();
    this.#unlisten = null;
  }

  /** How many streams listen on this instance. */
  get streamCount(): number {
    let count = 0;
    for (const listeners of this.#listeners.values()) count += listeners.size;
    return count;
  }

  subscribe(productId: string, listener: Listener): () => void {
    let listeners = this.#listeners.get(productId);
    if (!listeners) {
      listeners = new Set();
      this.#listeners.set(productId, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(productId);
    };
  }

  /**
   * Counts a person's new stream; past `maxStreamsPerPerson` on this instance their oldest is
   * closed (`close` is how). Per instance, because a stream is a connection held by one process:
   * that is the memory and sockets the cap protects. Answers the release for when it ends.
   */
  admitStream(personId: string, close: () => void, endings?: StreamEndings): () => void {
    const open = this.#streams.get(personId) ?? [];
    this.#streams.set(personId, open);
    open.push(close);
    if (endings) this.#bySecret.set(endings, endings.secretHash);
    if (open.length > maxStreamsPerPerson) open.shift()?.();
    return () => {
      const at = open.indexOf(close);
      if (at >= 0) open.splice(at, 1);
      if (open.length === 0 && this.#streams.get(personId) === open) this.#streams.delete(personId);
      if (endings) this.#bySecret.delete(endings);
    };
  }

  /**
   * Ends the streams opened with a session or token that was just revoked (signed out, the
   * password reset, the person deactivated): their page hears it and leaves at once. On `all`
   * (who may read what changed: a member taken out, an admin demoted, a product's visibility),
   * every stream is asked to reconnect, which checks its reader's access afresh.
   */
  endStreamsOf(secretHash: string): void {
    for (const [stream, hash] of this.#bySecret) {
      if (secretHash === revokedEverything) stream.reconnect();
      else if (hash === secretHash) stream.signedOut();
    }
  }

  /**
   * The product's events after `lastSeq` in its delivery order, for a stream that reconnects with
   * `Last-Event-ID` (the last `seq` it saw): the order is assigned at commit, so nothing committed
   * after the one it saw is skipped.
   */
  static async missedSince(db: Kysely<DB>, productId: string, lastSeq: string): Promise<EventNotice[]> {
    const rows = await db
      .selectFrom('event_order')
      .innerJoin('events', 'events.id', 'event_order.event_id')
      .leftJoin('items', 'items.id', 'events.item_id')
      .select(['events.id', 'event_order.seq', 'events.kind', 'items.key as itemKey', 'events.actor_id'])
      .where('event_order.scope_id', '=', productId)
      .where('event_order.seq', '>', lastSeq)
      .orderBy('event_order.seq')
      .limit(missedLimit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      productId,
      kind: row.kind as EventKind,
      itemKey: row.itemKey,
      actorId: row.actor_id,
    }));
  }
}
