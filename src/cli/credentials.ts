import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { OrdoClient } from '../client/ordo-client.ts';

/** Where `ordo login` keeps the server and API token: readable by the user alone. */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'ordo', 'credentials.json');
}

export interface Credentials {
  url: string;
  token: string;
}

export function saveCredentials(credentials: Credentials, env: NodeJS.ProcessEnv = process.env): string {
  const path = credentialsPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

/** ORDO_URL and ORDO_TOKEN win over the saved credentials. */
export function loadCredentials(env: NodeJS.ProcessEnv = process.env): Credentials {
  let saved: Partial<Credentials> = {};
  try {
    saved = JSON.parse(readFileSync(credentialsPath(env), 'utf8'));
  } catch {
    // not logged in yet
  }
  const url = env.ORDO_URL || saved.url;
  const token = env.ORDO_TOKEN || saved.token;
  if (!url || !token) throw new Error('not logged in: run `ordo login` (or set ORDO_URL and ORDO_TOKEN)');
  return { url, token };
}

export function clientFromCredentials(env: NodeJS.ProcessEnv = process.env): OrdoClient {
  const { url, token } = loadCredentials(env);
  return new OrdoClient({ baseUrl: url, token });
}
