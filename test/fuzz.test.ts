import { randomUUID } from 'node:crypto';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom } from '../bench/measure.ts';
import { submitRequest } from '../src/app/intake/submit-request.ts';
import { forgetProducts } from '../src/app/products/product-queries.ts';
import { updateProduct } from '../src/app/products/update-product.ts';
import { startPoker } from '../src/app/refinement/poker.ts';
import { startSession } from '../src/app/refinement/run-session.ts';
import { scheduleSession } from '../src/app/refinement/schedule-session.ts';
import { createRelease } from '../src/app/releases/manage-releases.ts';
import { buildItem, buildSprint } from './factories.ts';
import { badRequests } from './fuzz/bad-requests.ts';
import { fingerprintOf } from './fuzz/db-fingerprint.ts';
import { type Known, operationsOf } from './fuzz/sample-input.ts';
import { type Harness, startHarness } from './http-harness.ts';

/**
 * Bad requests for every operation of the API's own OpenAPI document, seeded and bounded: none
 * may answer 500, and none that is refused may change a row. ORDO_FUZZ_REQUESTS sets how many
 * (5,000 by default), ORDO_FUZZ_SEED which ones.
 */

const requestCount = Number(process.env.ORDO_FUZZ_REQUESTS ?? 5_000);
const seed = Number(process.env.ORDO_FUZZ_SEED ?? 11);

let h: Harness;
let known: Known;

/** Real things for the requests to name, so a bad part of one reaches as deep as it can. */
async function seedTargets(): Promise<Known> {
  await h.world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', publicIntakeOpen: true }));
  forgetProducts();
  const items = [await buildItem(h.world), await buildItem(h.world), await buildItem(h.world)];
  const itemKeys = items.map((item) => item.key);
  const { request } = await h.world.as('owner', (ctx) =>
    submitRequest(ctx, { productKey: 'PAY', title: 'Please add X', source: 'internal', channel: 'app' }),
  );
  const sprint = await buildSprint(h.world);
  const release = await h.world.as('owner', (ctx) => createRelease(ctx, { productKey: 'PAY', name: 'R1' }));
  const session = await h.world.as('owner', (ctx) => scheduleSession(ctx, { productKey: 'PAY', itemKeys }));
  await h.world.as('owner', (ctx) => startSession(ctx, session.id));
  const round = await h.world.as('owner', (ctx) =>
    startPoker(ctx, { sessionId: session.id, itemKey: itemKeys[0] as string }),
  );
  return {
    productKey: 'PAY',
    itemKeys,
    requestKey: request.key,
    ids: {
      sprintId: sprint.id,
      sprint: sprint.id,
      releaseId: release.id,
      release: release.id,
      sessionId: session.id,
      roundId: round.id,
      runId: randomUUID(),
      personId: randomUUID(),
      id: randomUUID(),
    },
  };
}

beforeAll(async () => {
  h = await startHarness();
  known = await seedTargets();
});
afterAll(() => h.close());

function isErrorBody(body: string): boolean {
  try {
    const { error } = JSON.parse(body);
    return typeof error?.code === 'string' && typeof error?.message === 'string' && error.message !== '';
  } catch {
    return false;
  }
}

const shorten = (text: string | undefined, length = 300) =>
  text && text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text;

it(`answers ${requestCount} bad requests with no 500, and a refused one changes nothing`, async () => {
  const document = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const operations = operationsOf(document);
  expect(operations.length).toBeGreaterThan(80);
  const generator = badRequests(known, seededRandom(seed));
  const fingerprint = await fingerprintOf(h.database.db);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  const started = Date.now();
  let before = await fingerprint();
  for (let sent = 0; sent < requestCount; sent++) {
    const request = generator.next(operations[sent % operations.length] as (typeof operations)[number]);
    const response = await h.request(request.role, {
      method: request.method as HTTPMethods,
      url: request.url,
      headers: request.headers,
      remoteAddress: request.remoteAddress,
      ...(request.payload !== undefined && { payload: request.payload }),
    });
    const after = await fingerprint();
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    const isRefused = response.statusCode >= 400;
    const problem =
      response.statusCode >= 500
        ? `answered ${response.statusCode}`
        : isRefused && after !== before
          ? `answered ${response.statusCode} but changed rows`
          : isRefused && !isErrorBody(response.body)
            ? `answered ${response.statusCode} without { error: { code, message } }`
            : null;
    if (problem) {
      failures.push(
        `${problem}: ${request.method} ${shorten(request.url, 200)} as ${request.role ?? 'anonymous'} ` +
          `(${request.mutation})\n  body: ${shorten(request.payload)}\n  answer: ${shorten(response.body)}`,
      );
    }
    before = after;
  }
  console.log(
    `fuzz: ${requestCount} requests over ${operations.length} operations in ${Date.now() - started} ms;`,
    `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  expect(failures.slice(0, 30).join('\n'), `${failures.length} failures`).toBe('');
}, 600_000);
