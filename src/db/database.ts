import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type Log, silentLog } from '../log.ts';
import { AsyncLock } from './async-lock.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { backupEmbedded, removeLeftoverSnapshots } from './embedded-backup.ts';
import { pgliteDialect } from './pglite-dialect.ts';
import { PreparedStatements } from './pglite-statements.ts';
import { PostgresListener } from './postgres-listener.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'embedded' | 'postgres';

/** The database the server runs on: a Kysely handle, a way to run SQL scripts, and LISTEN. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  /** Runs SQL text of several statements in one transaction: all of it, or none (migrations). */
  script(sql: string): Promise<void>;
  /** Calls `observer` with each statement's duration and whether it failed; answers the unsubscribe. */
  observeStatements(observer: StatementObserver): () => void;
  /** Calls `onMessage` with each NOTIFY payload on `channel`; resolves to the unsubscribe. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Cleans dead rows and refreshes the planner's statistics where no autovacuum does (the
   * embedded database); PostgreSQL's own autovacuum does this there.
   */
  maintain(): Promise<void>;
  /**
   * The whole embedded database as a stream of a gzipped tarball of its data directory, taken
   * between transactions; null on PostgreSQL, whose own tools (pg_dump, base backups) do this.
   */
  backup(): Promise<Readable | null>;
  close(): Promise<void>;
}

export type StatementObserver = (durationMs: number, failed: boolean) => void;

/** Kysely's log hook, relayed to whoever observes statements (the metrics). */
function statementObservers() {
  const observers = new Set<StatementObserver>();
  return {
    log: (event: LogEvent) => {
      for (const observer of observers) observer(event.queryDurationMillis, event.level === 'error');
    },
    observe: (observer: StatementObserver) => {
      observers.add(observer);
      return () => void observers.delete(observer);
    },
  };
}

const int8 = 20;
const date = 1082;

/** Both drivers answer bigint as a string and a date as `YYYY-MM-DD`, never as a local Date. */
const asText = (value: string) => value;

export interface EmbeddedOptions {
  /** A directory to keep the data in; omitted, the database lives in memory. */
  dataDir?: string;
  /** A tarball made by `dumpDataDir` to start from (a migrated template, in tests). */
  loadDataDir?: Blob;
}

export async function openEmbedded(options: EmbeddedOptions = {}): Promise<Database & { pglite: PGlite }> {
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    let pgDataDir: string | undefined;
    if (options.dataDir) {
      pgDataDir = join(options.dataDir, 'pg');
      mkdirSync(pgDataDir, { recursive: true });
      await removeLeftoverSnapshots(options.dataDir);
    }
    const pglite = await PGlite.create({
      ...(pgDataDir && { dataDir: pgDataDir }),
      ...(options.loadDataDir && { loadDataDir: options.loadDataDir }),
      extensions: { pg_trgm },
      parsers: { [int8]: asText, [date]: asText },
    });
    const lock = new AsyncLock();
    const statements = new PreparedStatements(pglite);
    const observers = statementObservers();
    const db = new Kysely<DB>({ dialect: pgliteDialect(statements, lock), log: observers.log });
    let closed = false;
    return {
      kind: 'embedded',
      db,
      pglite,
      observeStatements: observers.observe,
      script: (sql) =>
        lock.run(async () => {
          await pglite.transaction(async (tx) => void (await tx.exec(sql)));
          // A kept statement could return other columns now.
          await statements.forgetAll();
        }),
      maintain: () =>
        lock.run(async () => {
          // ANALYZE holds its sample of rows in memory, and PGlite's memory never shrinks: 9,000
          // rows (a statistics target of 30) rather than 30,000 keep the server 40 MB smaller
          // at 100,000 items, and still estimate well.
          await pglite.exec('SET default_statistics_target = 30');
          try {
            await pglite.exec('VACUUM (ANALYZE)');
          } finally {
            await pglite.exec('RESET default_statistics_target');
          }
        }),
      backup: () => backupEmbedded(pglite, options.dataDir, (work) => lock.run(work)),
      listen: async (channel, onMessage) => {
        const unlisten = await lock.run(() => pglite.listen(channel, onMessage));
        return () => lock.run(() => unlisten());
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await lock.run(() => pglite.close());
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * Sets up every PostgreSQL session a pool opens. JIT compilation pays off for long analytic
 * queries, not for Ordo's: the custodian's one count over 100,000 items spent 350 ms compiling.
 * (A SET, not a startup option: connection poolers such as PgBouncer refuse those.)
 */
export function prepareSessions(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    client.query('SET jit = off').catch(() => {
      // A server without JIT has nothing to turn off.
    });
  });
  return pool;
}

export function openPostgres(connectionString: string, log: Log = silentLog): Database {
  const typeParsers = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === int8 || oid === date
        ? asText
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = prepareSessions(new pg.Pool({ connectionString, types: typeParsers, max: 10 }));
  // An idle connection the server ends (a restart, a dropped database) must not crash the process:
  // the pool replaces it at the next query.
  pool.on('error', (error) => log.warn({ err: error }, 'a database connection ended'));
  const observers = statementObservers();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: observers.log });
  const listener = new PostgresListener(connectionString, log);
  return {
    kind: 'postgres',
    db,
    observeStatements: observers.observe,
    script: async (sql) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(sql);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, onMessage) => listener.listen(channel, onMessage),
    maintain: async () => {},
    backup: async () => null,
    close: async () => {
      await listener.close();
      await db.destroy();
    },
  };
}

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig, log: Log = silentLog): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, log);
  return openEmbedded({ dataDir: config.dataDir });
}
