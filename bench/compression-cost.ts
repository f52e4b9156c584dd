import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type Summary, summarise } from './measure.ts';
import { productKey } from './seed-items.ts';

export interface CompressionCost {
  identity: { page: Summary; bytes: number };
  brotli: { page: Summary; bytes: number };
}

/** One GET of the first page, to its last byte, left as sent (a browser inflates it natively). */
function getPage(baseUrl: string, token: string, encoding: string, agent: Agent) {
  return new Promise<{ ms: number; bytes: number }>((resolve, reject) => {
    const start = performance.now();
    const req = request(
      `${baseUrl}/api/products/${productKey}/items?limit=100`,
      { agent, headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding } },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () => resolve({ ms: performance.now() - start, bytes }));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * What compressing a page costs the server, in one run on one server: requests for the first
 * page alternate between a client that takes it as is and one that takes brotli, timed to the
 * last byte without inflating it (Node's fetch inflates through a stream, ~1 ms a page, which
 * would measure the client, not the server).
 */
export async function measureCompressionCost(
  baseUrl: string,
  token: string,
  runs: number,
): Promise<CompressionCost> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const timed = { identity: [] as number[], br: [] as number[] };
    const bytes = { identity: 0, br: 0 };
    for (let i = 0; i < runs + 10; i++) {
      for (const encoding of ['identity', 'br'] as const) {
        const answer = await getPage(baseUrl, token, encoding, agent);
        if (i >= 10) timed[encoding].push(answer.ms);
        bytes[encoding] = answer.bytes;
      }
    }
    return {
      identity: { page: summarise(timed.identity), bytes: bytes.identity },
      brotli: { page: summarise(timed.br), bytes: bytes.br },
    };
  } finally {
    agent.destroy();
  }
}
