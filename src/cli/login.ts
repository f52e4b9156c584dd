import { hostname } from 'node:os';
import { OrdoClient } from '../client/ordo-client.ts';
import { saveCredentials } from './credentials.ts';

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, '');
  }
  return readHidden('Password: ');
}

/** A line typed at the terminal, not echoed: the terminal is put in raw mode while it is typed. */
function readHidden(question: string): Promise<string> {
  const input = process.stdin;
  // Raw first, then the prompt: what is typed once the prompt shows is never echoed.
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

/** Signs in once with email and password and keeps an API token for the commands that follow. */
export async function login(options: { url: string; email: string; passwordStdin?: boolean }): Promise<void> {
  const password = await readPassword(options.passwordStdin ?? false);
  let cookie = '';
  const session = new OrdoClient({
    baseUrl: options.url,
    fetch: async (url, init) => {
      const response = await fetch(url, {
        ...init,
        headers: { ...init?.headers, ...(cookie && { cookie }) },
      });
      const setCookie = response.headers.getSetCookie()[0];
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      return response;
    },
  });
  const { person } = await session.signIn(options.email, password);
  const token = await session.createToken(`ordo CLI on ${hostname()}`);
  await session.signOut();
  const path = saveCredentials({ url: options.url, token: token.token });
  console.log(`Logged in to ${options.url} as ${person.name} <${person.email}>. Token saved in ${path}.`);
}
