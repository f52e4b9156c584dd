import { hostname } from 'node:os';
import type { Command } from 'commander';
import { OrdoApiError, OrdoClient } from '../client/ordo-client.ts';
import { chosenProfile, saveCredentials } from './credentials.ts';
import { httpFetch } from './http-fetch.ts';
import { example } from './options.ts';
import { readCode, readPassword } from './prompt.ts';

/** Signs in once with email and password and keeps an API token for the commands that follow. */
export async function login(options: {
  url: string;
  email: string;
  passwordStdin?: boolean;
  /** The second factor, for someone who has it on: asked at the terminal when left out. */
  code?: string;
}): Promise<void> {
  const password = await readPassword(options.passwordStdin ?? false);
  let cookie = '';
  const session = new OrdoClient({
    baseUrl: options.url,
    fetch: async (url, init) => {
      const response = await httpFetch(url, {
        ...init,
        headers: { ...init?.headers, ...(cookie && { cookie }) },
      });
      const setCookie = response.headers.getSetCookie()[0];
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      return response;
    },
  });
  const { person } = await session.signIn(options.email, password).catch(async (error: unknown) => {
    // Two-factor sign-in: ask for the code (or a recovery code), then try once more.
    if (!(error instanceof OrdoApiError) || error.code !== 'second_factor_required') throw error;
    const code = options.code ?? (await readCode());
    return session.signIn(options.email, password, code);
  });
  const token = await session.createToken(`ordo CLI on ${hostname()}`);
  await session.signOut();
  const path = saveCredentials({ url: options.url, token: token.token });
  console.log(
    `Logged in to ${options.url} as ${person.name} <${person.email}>. Token saved in ${path} (profile "${chosenProfile()}").`,
  );
}

export function registerLoginCommand(program: Command): void {
  program
    .command('login')
    .addHelpText(
      'after',
      example('ordo login --url https://ordo.example.com --email kim@example.com --profile work'),
    )
    .description('sign in to an Ordo server and keep an API token for the other commands (under --profile)')
    .option('--url <url>', 'the server', process.env.ORDO_URL ?? 'http://localhost:3000')
    .requiredOption('--email <email>', 'your email')
    .option('--password-stdin', 'read the password from standard input')
    .option('--code <code>', 'with two-factor sign-in on: the code from your app (asked at a terminal)')
    .action(async (options) => {
      await login({
        url: options.url,
        email: options.email,
        passwordStdin: options.passwordStdin,
        code: options.code,
      });
    });
}
