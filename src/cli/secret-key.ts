import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSecretKey } from '../app/auth/secret-box.ts';
import type { Config } from '../config.ts';

/**
 * The server's key for secrets it must read back: ORDO_SECRET_KEY, or (embedded database) a key
 * file made once in the data directory, readable by its owner alone. On PostgreSQL without
 * ORDO_SECRET_KEY there is none, and two-factor sign-in cannot be turned on.
 */
export function serverSecretKey(config: Config): string | undefined {
  if (config.secretKey) return config.secretKey;
  if (config.databaseUrl) return undefined;
  const path = join(config.dataDir, 'ordo-secret.key');
  if (!existsSync(path)) writeFileSync(path, `${newSecretKey()}\n`, { mode: 0o600, flag: 'wx' });
  return readFileSync(path, 'utf8').trim();
}
