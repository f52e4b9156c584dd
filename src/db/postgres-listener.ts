import pg from 'pg';
import type { Log } from '../log.ts';

/**
 * One dedicated connection for LISTEN, shared by every channel of the process. When it drops
 * (a database restart, a network blip) it reconnects and listens again, so live updates resume.
 */
export class PostgresListener {
  readonly #handlers = new Map<string, Set<(payload: string) => void>>();
  #client: pg.Client | null = null;
  #connecting: Promise<pg.Client> | null = null;
  #closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly log: Log,
  ) {}

  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    let handlers = this.#handlers.get(channel);
    const isNew = !handlers;
    if (!handlers) {
      handlers = new Set();
      this.#handlers.set(channel, handlers);
    }
    handlers.add(onMessage);
    const client = await this.#connect();
    if (isNew) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return async () => {
      handlers.delete(onMessage);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#client?.end().catch(() => {});
    this.#client = null;
  }

  #connect(): Promise<pg.Client> {
    if (this.#client) return Promise.resolve(this.#client);
    this.#connecting ??= this.#open().finally(() => {
      this.#connecting = null;
    });
    return this.#connecting;
  }

  async #open(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'ordo-listener',
    });
    client.on('notification', (message) => {
      for (const handler of this.#handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client, new Error('connection ended')));
    await client.connect();
    for (const channel of this.#handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.#client = client;
    return client;
  }

  #lost(client: pg.Client, error: Error): void {
    if (this.#client !== client || this.#closed) return;
    this.#client = null;
    this.log.warn({ err: error }, 'the live-update listener lost its connection: reconnecting');
    const retry = (delayMs: number) =>
      setTimeout(() => {
        if (this.#closed) return;
        this.#connect().catch(() => retry(Math.min(delayMs * 2, 30_000)));
      }, delayMs).unref();
    retry(500);
  }
}
