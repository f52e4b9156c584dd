import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, type DatabaseKind, openEmbedded, openPostgres } from '../src/db/database.ts';

/** A fresh database for one benchmark run: how the bench opens it, how the server finds it. */
export interface BenchDatabase {
  kind: DatabaseKind;
  /** Where the server finds it: ORDO_DATA_DIR or DATABASE_URL. */
  serverEnv: Record<string, string>;
  open(): Promise<Database>;
  /** A plain SQL session straight on the driver, for timing bare statements. */
  openSession(): Promise<SqlSession>;
  /** Removes the data directory, or drops the database. */
  dispose(): Promise<void>;
}

export interface SqlSession {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export function embeddedDatabase(): BenchDatabase {
  const root = mkdtempSync(join(tmpdir(), 'ordo-bench-'));
  const dataDir = join(root, 'data');
  return {
    kind: 'embedded',
    serverEnv: { ORDO_DATA_DIR: dataDir },
    open: () => openEmbedded({ dataDir }),
    openSession: async () => {
      const database = await openEmbedded({ dataDir });
      return {
        query: (text, params) => database.pglite.query<Record<string, unknown>>(text, params),
        close: () => database.close(),
      };
    },
    dispose: async () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Creates `ordo_bench_<random>` on the server `serverUrl` points at. */
export async function postgresDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `ordo_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind: 'postgres',
    serverEnv: { DATABASE_URL: databaseUrl },
    open: async () => openPostgres(databaseUrl),
    openSession: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return { query: (text, params) => client.query(text, params), close: () => client.end() };
    },
    dispose: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
