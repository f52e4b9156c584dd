import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { OrdoClient } from '../client/ordo-client.ts';
import { CliError, exitCodes, usageError } from './exit-codes.ts';
import { httpFetch } from './http-fetch.ts';

/** Where `ordo login` keeps servers and API tokens: readable by the user alone. */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'ordo', 'credentials.json');
}

export interface Credentials {
  url: string;
  token: string;
}

/** The file: named profiles, one per server (or account), and which one commands use unnamed. */
export interface CredentialsFile {
  default: string;
  profiles: Record<string, Credentials>;
}

const firstProfile = 'default';

/** The file as saved; one written before profiles (`{ url, token }`) reads as the profile "default". */
export function readCredentialsFile(env: NodeJS.ProcessEnv = process.env): CredentialsFile {
  let saved: Partial<CredentialsFile & Credentials>;
  try {
    saved = JSON.parse(readFileSync(credentialsPath(env), 'utf8'));
  } catch {
    return { default: firstProfile, profiles: {} }; // not logged in yet
  }
  if (saved.profiles) return { default: saved.default ?? firstProfile, profiles: saved.profiles };
  const { url, token } = saved;
  return { default: firstProfile, profiles: url && token ? { [firstProfile]: { url, token } } : {} };
}

export function writeCredentialsFile(file: CredentialsFile, env: NodeJS.ProcessEnv = process.env): string {
  const path = credentialsPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

/** The profile a command uses: `--profile` (main.ts sets ORDO_PROFILE from it), else the default. */
export function chosenProfile(env: NodeJS.ProcessEnv = process.env, file = readCredentialsFile(env)): string {
  return env.ORDO_PROFILE || file.default;
}

/** Saves under the chosen profile; the first profile saved becomes the default. */
export function saveCredentials(credentials: Credentials, env: NodeJS.ProcessEnv = process.env): string {
  const file = readCredentialsFile(env);
  const profile = chosenProfile(env, file);
  const isFirst = Object.keys(file.profiles).length === 0;
  return writeCredentialsFile(
    { default: isFirst ? profile : file.default, profiles: { ...file.profiles, [profile]: credentials } },
    env,
  );
}

/** ORDO_URL and ORDO_TOKEN win over the saved credentials. */
export function loadCredentials(env: NodeJS.ProcessEnv = process.env): Credentials {
  const file = readCredentialsFile(env);
  const profile = chosenProfile(env, file);
  const saved: Partial<Credentials> = file.profiles[profile] ?? {};
  if (env.ORDO_PROFILE && !file.profiles[profile] && !(env.ORDO_URL && env.ORDO_TOKEN)) {
    throw usageError(`no profile "${profile}": \`ordo profiles\` lists them`);
  }
  const url = env.ORDO_URL || saved.url;
  const token = env.ORDO_TOKEN || saved.token;
  if (!url || !token) {
    throw new CliError(
      'not logged in: run `ordo login` (or set ORDO_URL and ORDO_TOKEN)',
      exitCodes.forbidden,
    );
  }
  return { url, token };
}

export function clientFromCredentials(env: NodeJS.ProcessEnv = process.env): OrdoClient {
  const { url, token } = loadCredentials(env);
  return new OrdoClient({ baseUrl: url, token, fetch: httpFetch });
}
