import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed payload, once the signature checked out. */
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  /** The secrets (by position in `secrets`) whose signature is on it. */
  signedBy: number[];
  at: number;
}

/**
 * A real webhook receiver on 127.0.0.1 for tests: it checks every delivery with the
 * `standardwebhooks` package's own verification against the secrets it is given (one that
 * checks out under none is answered 401 and kept in `refused`), and answers what `answer` says.
 */
export async function startWebhookReceiver() {
  const received: Received[] = [];
  const refused: { headers: IncomingHttpHeaders; body: string; reason: string }[] = [];
  const state = {
    secrets: [] as string[],
    /** The status to answer the next delivery (called once per delivery). */
    answer: (_count: number): number => 200,
    /** Whether to take this delivery and never answer it (a receiver that hangs). */
    hold: (): boolean => false,
  };
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = request.headers as Record<string, string>;
      const signedBy = state.secrets.flatMap((secret, index) => {
        try {
          new Webhook(secret).verify(body, headers);
          return [index];
        } catch {
          return [];
        }
      });
      if (signedBy.length === 0) {
        refused.push({ headers: request.headers, body, reason: 'no signature checks out' });
        response.writeHead(401).end('bad signature');
        return;
      }
      if (state.hold()) return;
      const status = state.answer(received.length + refused.length);
      if (status >= 200 && status < 300) {
        received.push({
          headers: request.headers,
          body,
          payload: JSON.parse(body),
          signedBy,
          at: Date.now(),
        });
        for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
      } else {
        refused.push({ headers: request.headers, body, reason: `answered ${status}` });
      }
      response.writeHead(status, { 'content-type': 'text/plain' }).end(`status ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    refused,
    state,
    /** Resolves once `count` deliveries were received (and accepted). */
    until(count: number, timeoutMs = 30_000): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`received ${received.length} of ${count} deliveries in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
