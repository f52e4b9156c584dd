import { type PGlite, parse, protocol } from '@electric-sql/pglite';
import { planEachRunMark } from './plan-each-run.ts';

const { serialize } = protocol;
const { ParameterDescriptionMessage } = protocol.messages;

/** What one statement gave back, as Kysely's driver needs it. */
export interface StatementResult<R> {
  rows: R[];
  affectedRows: number | undefined;
}

interface Prepared {
  /** Null for a statement planned on each run (`planEachRun`): parsed again, unnamed, each time. */
  name: string | null;
  paramTypes: number[];
}

/** Names are unique in the process: two sets of statements on one PGlite (a bench's) must not clash. */
let statementsNamed = 0;

/** A kept statement that no longer fits the schema (its columns changed), or is gone. */
function isOutgrown(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '26000' || (code === '0A000' && /cached plan/.test(message ?? ''));
}

/** Statements longer or with more parameters than this (bulk inserts, long key lists) are not kept. */
const maxKeptLength = 20_000;
const maxKeptParameters = 100;

/**
 * Runs statements on PGlite as named prepared statements, each in one call into the database.
 *
 * `PGlite.query` spends six calls into the WebAssembly module on every statement (parse, two
 * describes, bind, execute, sync) and parses and plans it anew each time: on a small statement
 * that is four fifths of its cost. Here a statement's text is parsed once, under a name, and
 * every later run is one call (bind, describe, execute, sync). PostgreSQL itself decides, as for
 * any prepared statement, when a cached generic plan serves as well as a fresh one; a statement
 * marked `planEachRun` is parsed and planned on every run, still in one call.
 *
 * It bypasses PGlite's own queue: the caller must hold the connection (the dialect's lock) for
 * every call. The statements kept are the most recently used `capacity` (each holds its plan,
 * ~100 KB for a page of the backlog, in memory PGlite never gives back); the rest are closed.
 * `forgetAll` drops them all (after a migration, which could change what one returns).
 */
export class PreparedStatements {
  readonly #kept = new Map<string, Prepared>();

  constructor(
    private readonly pglite: PGlite,
    private readonly capacity = 100,
  ) {}

  async run<R>(text: string, parameters: readonly unknown[]): Promise<StatementResult<R>> {
    if (text.length > maxKeptLength || parameters.length > maxKeptParameters) {
      const result = await this.pglite.query<R>(text, parameters as unknown[]);
      return { rows: result.rows, affectedRows: result.affectedRows };
    }
    try {
      const prepared = this.#recall(text) ?? (await this.#prepare(text));
      const values = parameters.map((value, i) => this.#serialize(value, prepared.paramTypes[i]));
      const unnamed = prepared.name === null;
      const messages = await this.#exchange(
        concat([
          ...(unnamed ? [serialize.parse({ text, types: prepared.paramTypes })] : []),
          serialize.bind({ statement: prepared.name ?? '', values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
      );
      const [result] = parse.parseResults(messages, this.pglite.parsers);
      return { rows: (result?.rows ?? []) as R[], affectedRows: result?.affectedRows };
    } catch (error) {
      // A statement the schema has outgrown is prepared afresh next time.
      if (isOutgrown(error)) await this.#forget(text);
      throw Object.assign(error as object, { query: text, params: parameters });
    }
  }

  /** A statement with no parameters and no rows (BEGIN, COMMIT), in one call. */
  async command(text: string): Promise<void> {
    await this.#exchange(serialize.query(text));
  }

  async forgetAll(): Promise<void> {
    this.#kept.clear();
    await this.command('deallocate all');
  }

  /** One call into PGlite, with its messages back. */
  async #exchange(message: Uint8Array) {
    if (this.pglite.closed) throw new Error('PGlite is closed');
    return (await this.pglite.execProtocol(message)).messages;
  }

  /** A kept statement, marked as the most recently used. */
  #recall(text: string): Prepared | undefined {
    const prepared = this.#kept.get(text);
    if (prepared) {
      this.#kept.delete(text);
      this.#kept.set(text, prepared);
    }
    return prepared;
  }

  async #prepare(text: string): Promise<Prepared> {
    if (this.#kept.size >= this.capacity) await this.#closeLeastRecentlyUsed();
    const name = text.includes(planEachRunMark) ? null : `ordo_${++statementsNamed}`;
    const messages = await this.#exchange(
      concat([
        serialize.parse({ name: name ?? '', text }),
        serialize.describe({ type: 'S', name: name ?? '' }),
        serialize.sync(),
      ]),
    );
    const description = messages.find((message) => message instanceof ParameterDescriptionMessage);
    const paramTypes = description instanceof ParameterDescriptionMessage ? description.dataTypeIDs : [];
    const prepared = { name, paramTypes };
    this.#kept.set(text, prepared);
    return prepared;
  }

  async #closeLeastRecentlyUsed(): Promise<void> {
    const [text] = this.#kept.keys();
    if (text !== undefined) await this.#forget(text);
  }

  /** Drops a kept statement, here and in the database. */
  async #forget(text: string): Promise<void> {
    const name = this.#kept.get(text)?.name;
    this.#kept.delete(text);
    if (!name) return;
    // In a failed transaction the close may be refused; the name then lingers, unused, until a
    // migration drops every statement.
    await this.#exchange(concat([serialize.close({ type: 'S', name }), serialize.sync()])).catch(() => {});
  }

  /** As `PGlite.query` does: by the parameter's type, else as text. */
  #serialize(value: unknown, type: number | undefined): string | null {
    if (value === null || value === undefined) return null;
    const serializer = type === undefined ? undefined : this.pglite.serializers[type];
    return serializer ? serializer(value) : String(value);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
