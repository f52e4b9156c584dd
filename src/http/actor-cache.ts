import type { Actor } from '../app/context.ts';

/**
 * Who a session cookie or API token belongs to, remembered for a few seconds so that a burst of
 * requests does not look the same secret up each time. Sign-out and revoking a token forget at
 * once in this process; other instances forget within the time to live.
 */
export class ActorCache {
  readonly #entries = new Map<string, { actor: Actor | null; until: number }>();

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  async resolve(secret: string, now: number, lookUp: () => Promise<Actor | null>): Promise<Actor | null> {
    const cached = this.#entries.get(secret);
    if (cached && cached.until > now) return cached.actor;
    const actor = await lookUp();
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    // Unknown secrets are not remembered: a guess costs a lookup every time.
    if (actor) this.#entries.set(secret, { actor, until: now + this.ttlMs });
    return actor;
  }

  forget(secret?: string): void {
    if (secret === undefined) this.#entries.clear();
    else this.#entries.delete(secret);
  }
}
