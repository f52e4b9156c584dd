import { OrdoClient } from '../src/client/ordo-client.ts';
import { itemKey } from '../src/domain/item.ts';
import { itemProblem, itemTitle, searchTerms } from './backlog-text.ts';
import { type Summary, throughput, timeSequential } from './measure.ts';
import { productKey } from './seed-items.ts';

/** The load: what a person's clients do to the server, over HTTP, through the typed API client. */

export interface Iterations {
  creates: number;
  createConcurrency: number;
  moves: number;
  moveWarmups: number;
  pages: number;
  searches: number;
  readWarmups: number;
  bareMoves: number;
  /** Timed requests per capability row, after `capabilityWarmups` untimed ones. */
  capabilityRuns: number;
  capabilityWarmups: number;
}

export const fullIterations: Iterations = {
  creates: 1_000,
  createConcurrency: 4,
  moves: 500,
  moveWarmups: 50,
  pages: 200,
  searches: 200,
  readWarmups: 20,
  bareMoves: 500,
  capabilityRuns: 50,
  capabilityWarmups: 5,
};

export const quickIterations: Iterations = {
  creates: 200,
  createConcurrency: 4,
  moves: 100,
  moveWarmups: 10,
  pages: 50,
  searches: 50,
  readWarmups: 5,
  bareMoves: 100,
  capabilityRuns: 20,
  capabilityWarmups: 3,
};

/** Node's fetch keeps no cookies: this one keeps the session cookie a sign-in sets. */
function cookieFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
}

/** Signs in with a password and makes an API token for the bench. */
export async function benchToken(baseUrl: string, email: string, password: string): Promise<string> {
  const session = new OrdoClient({ baseUrl, fetch: cookieFetch() });
  await session.signIn(email, password);
  return (await session.createToken('bench')).token;
}

/**
 * A client with a fresh API token that takes answers as they are: Node's fetch would inflate a
 * compressed one through a stream (about 1 ms a page), timing the client rather than the server.
 * What compression costs the server is measured apart (compression-cost.ts).
 */
export async function tokenClient(baseUrl: string, email: string, password: string): Promise<OrdoClient> {
  const token = await benchToken(baseUrl, email, password);
  const takeAsIs: typeof fetch = (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('accept-encoding', 'identity');
    return fetch(input, { ...init, headers });
  };
  return new OrdoClient({ baseUrl, token, fetch: takeAsIs });
}

export function measureCreates(client: OrdoClient, random: () => number, iterations: Iterations) {
  return throughput(iterations.creates, iterations.createConcurrency, () =>
    client.createItem(productKey, {
      type: random() < 0.7 ? 'story' : 'bug',
      title: itemTitle(random),
      problem: itemProblem(random),
      source: random() < 0.5 ? 'customer' : 'internal',
    }),
  );
}

export function measureMoves(
  client: OrdoClient,
  random: () => number,
  items: number,
  iterations: Iterations,
): Promise<Summary> {
  return timeSequential(iterations.moves, iterations.moveWarmups, () =>
    client.moveItem(itemKey(productKey, 1 + Math.floor(random() * items)), { to: 'top' }),
  );
}

export async function measureFirstPage(client: OrdoClient, iterations: Iterations): Promise<Summary> {
  const page = await client.listItems(productKey, { limit: 100 });
  if (page.data.length !== 100) throw new Error(`the first page has ${page.data.length} items, not 100`);
  return timeSequential(iterations.pages, iterations.readWarmups, () =>
    client.listItems(productKey, { limit: 100 }),
  );
}

/** Times searches over a rotating set of words and prefixes; also answers how many each finds. */
export async function measureSearch(
  client: OrdoClient,
  iterations: Iterations,
): Promise<{ summary: Summary; hits: Record<string, number> }> {
  const hits: Record<string, number> = {};
  for (const term of searchTerms) {
    hits[term] = (await client.listItems(productKey, { q: term, limit: 100 })).data.length;
  }
  const summary = await timeSequential(iterations.searches, iterations.readWarmups, (i) =>
    client.listItems(productKey, { q: searchTerms[i % searchTerms.length] as string }),
  );
  return { summary, hits };
}
