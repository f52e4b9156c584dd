import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolvePublicAddress } from './address-guard.ts';

export const sendTimeoutMs = 10_000;
/** How much of a receiver's answer the delivery log keeps. */
const responseKept = 2_000;

export interface SendOutcome {
  status: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }),
};

/**
 * POSTs one delivery: to the address the guard approved (the connection goes there, whatever
 * the name resolves to next), within 10 s, following no redirect (a 3xx is a failure like any
 * status outside 2xx). Never throws: the outcome says what happened.
 */
export async function sendDelivery(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { allowPrivate?: boolean; timeoutMs?: number } = {},
): Promise<SendOutcome> {
  const started = performance.now();
  const outcome = (
    status: number | null,
    responseBody: string | null,
    error: string | null,
  ): SendOutcome => ({
    status,
    responseBody,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  let target: URL;
  let address: { address: string; family: number };
  try {
    target = new URL(url);
    address = await resolvePublicAddress(target.hostname, options.allowPrivate);
  } catch (error) {
    return outcome(null, null, (error as Error).message);
  }
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        agent: agents[target.protocol as 'http:' | 'https:'],
        lookup: pinned,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Ordo-Webhooks/1',
        },
        timeout: options.timeoutMs ?? sendTimeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < responseKept) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8').slice(0, responseKept);
          resolve(outcome(response.statusCode ?? null, text, null));
        });
        response.on('error', (error) => resolve(outcome(response.statusCode ?? null, null, error.message)));
      },
    );
    const deadline = setTimeout(
      () => request.destroy(new Error(`no answer within ${(options.timeoutMs ?? sendTimeoutMs) / 1000} s`)),
      options.timeoutMs ?? sendTimeoutMs,
    );
    request.on('timeout', () =>
      request.destroy(new Error(`no answer within ${(options.timeoutMs ?? sendTimeoutMs) / 1000} s`)),
    );
    request.on('error', (error) => resolve(outcome(null, null, error.message)));
    request.on('close', () => clearTimeout(deadline));
    request.end(body);
  });
}
