import { join } from 'node:path';

/** Where the integration suite runs: the embedded PGlite (default) or PostgreSQL. */
export const testDbKind = process.env.ORDO_TEST_DB === 'postgres' ? 'postgres' : 'embedded';

export const testDir = join(process.cwd(), '.ordo-test');
export const templateTarball = join(testDir, 'template.tar.gz');

export function postgresUrl(database?: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

/** Per run, so two runs on one PostgreSQL never share a template. */
export const templateDatabaseName = `ordo_template_${process.env.ORDO_TEST_RUN ?? 'local'}`;
