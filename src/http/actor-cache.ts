import { revocationsChannel, revokedEverything } from '../app/auth/revocations.ts';
import { hashSecret } from '../app/auth/secrets.ts';
import type { Actor } from '../app/context.ts';
import type { Database } from '../db/database.ts';

/**
 * Who a session cookie or API token belongs to, remembered for a few seconds so that a burst of
 * requests does not look the same secret up each time. Kept by the secret's hash (never the
 * secret). Sign-out and revoking a token forget at once here, and in every other instance as
 * soon as it hears the database's notice (`forgetOnRevocation`).
 */
export class ActorCache {
  readonly #entries = new Map<string, { actor: Actor | null; until: number }>();
  /** Bumped by every forget: a lookup that raced a revocation is not remembered. */
  #generation = 0;
  /** Told the hash of each secret that dies (or `all`), after it is forgotten. */
  #revocationListeners: ((hash: string) => void)[] = [];

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  async resolve(secret: string, now: number, lookUp: () => Promise<Actor | null>): Promise<Actor | null> {
    const key = hashSecret(secret);
    const cached = this.#entries.get(key);
    if (cached && cached.until > now) return cached.actor;
    const generation = this.#generation;
    const actor = await lookUp();
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    // Unknown secrets are not remembered: a guess costs a lookup every time.
    if (actor && generation === this.#generation) this.#entries.set(key, { actor, until: now + this.ttlMs });
    return actor;
  }

  forget(secret?: string): void {
    this.#forgetHash(secret === undefined ? revokedEverything : hashSecret(secret));
  }

  /** Listens for revocations from any instance (this one too); resolves to the unlisten. */
  forgetOnRevocation(database: Pick<Database, 'listen'>): Promise<() => Promise<void>> {
    return database.listen(revocationsChannel, (payload) => {
      this.#forgetHash(payload);
      for (const listener of this.#revocationListeners) listener(payload);
    });
  }

  /** Runs `listener` with the hash of every secret revoked in any instance (or `all`). */
  onRevocation(listener: (hash: string) => void): void {
    this.#revocationListeners.push(listener);
  }

  #forgetHash(hash: string): void {
    this.#generation++;
    if (hash === revokedEverything) this.#entries.clear();
    else this.#entries.delete(hash);
  }
}
