import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServerIfStale } from '../scripts/build-server.js';
import type { OrdoClient } from '../src/client/ordo-client.ts';
import { startWebhookReceiver } from '../test/webhook-receiver.ts';
import { tokenClient } from './load.ts';
import { round, summarise } from './measure.ts';
import { startServer } from './server-process.ts';

/**
 * `npm run bench:webhooks [-- --quick]`: webhook delivery on the embedded database, against a
 * real receiver on 127.0.0.1 that verifies every signature with the `standardwebhooks` package.
 * - latency: from the API's answer to a move to the receiver's receipt of its delivery;
 * - throughput: deliveries per second to three webhooks while 100 moves per second go on;
 * - an outage: the receiver down, then back; nothing lost, each item's events in order. The
 *   retry schedule is shortened (1, 2, 4, 8… s) so that the run takes a minute, not a day.
 */

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const latencyMoves = values.quick ? 60 : 300;
const loadSeconds = values.quick ? 5 : 20;
const outageSeconds = values.quick ? 5 : 15;
const password = 'bench webhook password';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) return false;
    await sleep(20);
  }
  return true;
}

async function addWebhook(client: OrdoClient, url: string) {
  const webhook = await client.createWebhook({ product: 'PAY', url, kinds: ['item.moved'] });
  return webhook;
}

async function measureLatency(client: OrdoClient, keys: string[]) {
  const receiver = await startWebhookReceiver();
  const webhook = await addWebhook(client, receiver.url);
  receiver.state.secrets = [webhook.secret];
  const latencies: number[] = [];
  for (let n = 0; n < latencyMoves; n++) {
    const key = keys[n % keys.length] as string;
    await client.moveItem(key, { to: n % 2 ? 'top' : 'bottom' });
    const answeredAt = Date.now();
    await until(() => receiver.received.length > n, 10_000);
    const receipt = receiver.received[n];
    if (receipt) latencies.push(receipt.at - answeredAt);
    await sleep(10);
  }
  await client.removeWebhook(webhook.id);
  await receiver.close();
  return { ...summarise(latencies), lost: latencyMoves - latencies.length };
}

async function measureThroughput(client: OrdoClient, keys: string[], webhookCount: number) {
  const receivers = await Promise.all(Array.from({ length: webhookCount }, () => startWebhookReceiver()));
  const webhooks = [];
  for (const receiver of receivers) {
    const webhook = await addWebhook(client, receiver.url);
    receiver.state.secrets = [webhook.secret];
    webhooks.push(webhook);
  }
  const delivered = () => receivers.reduce((sum, receiver) => sum + receiver.received.length, 0);
  const started = Date.now();
  let moves = 0;
  // 100 moves a second, as four writers would make them, for `loadSeconds`.
  const writers = [0, 1, 2, 3].map(async (lane) => {
    for (let n = 0; Date.now() - started < loadSeconds * 1000; n++) {
      const due = started + (n * 4 + lane) * 10;
      if (due > Date.now()) await sleep(due - Date.now());
      await client.moveItem(keys[(n * 4 + lane) % keys.length] as string, { to: n % 2 ? 'top' : 'bottom' });
      moves++;
    }
  });
  await Promise.all(writers);
  const movedFor = (Date.now() - started) / 1000;
  const deliveredDuringLoad = delivered();
  const drained = await until(() => delivered() >= moves * receivers.length, 120_000);
  const seconds = (Date.now() - started) / 1000;
  for (const webhook of webhooks) await client.removeWebhook(webhook.id);
  for (const receiver of receivers) await receiver.close();
  return {
    movesPerSecond: round(moves / movedFor, 1),
    deliveries: moves * receivers.length,
    deliveriesPerSecondDuringLoad: round(deliveredDuringLoad / movedFor, 1),
    deliveriesPerSecond: round(delivered() / seconds, 1),
    drainedSecondsAfterLoad: round(seconds - movedFor, 1),
    drained,
  };
}

async function measureOutage(client: OrdoClient, keys: string[]) {
  const receiver = await startWebhookReceiver();
  const webhook = await addWebhook(client, receiver.url);
  receiver.state.secrets = [webhook.secret];
  receiver.state.answer = () => 503;
  const started = Date.now();
  let moves = 0;
  while (Date.now() - started < outageSeconds * 1000) {
    await client.moveItem(keys[moves % keys.length] as string, { to: moves % 2 ? 'top' : 'bottom' });
    moves++;
    await sleep(20);
  }
  receiver.state.answer = () => 200;
  const back = Date.now();
  const complete = await until(() => receiver.received.length >= moves, 180_000);
  const byItem = new Map<string, number[]>();
  for (const receipt of receiver.received) {
    const item = String(receipt.payload.data.item);
    byItem.set(item, [...(byItem.get(item) ?? []), Number(receipt.payload.data.itemSequence)]);
  }
  const inOrder = [...byItem.values()].every((sequence) =>
    sequence.every((value, i) => i === 0 || value > (sequence[i - 1] ?? 0)),
  );
  const ids = receiver.received.map((receipt) => String(receipt.payload.data.eventId));
  await client.removeWebhook(webhook.id);
  await receiver.close();
  return {
    outageSeconds,
    moves,
    received: new Set(ids).size,
    lost: moves - new Set(ids).size,
    complete,
    inOrderPerItem: inOrder,
    secondsToCatchUp: round((Date.now() - back) / 1000, 1),
  };
}

await buildServerIfStale();
const dataDir = mkdtempSync(join(tmpdir(), 'ordo-bench-webhooks-'));
const server = await startServer({
  env: {
    ORDO_DATA_DIR: dataDir,
    ORDO_SAMPLE: '1',
    ORDO_SAMPLE_PASSWORD: password,
    ORDO_WEBHOOKS_ALLOW_PRIVATE: '1',
    ORDO_WEBHOOK_RETRY_DELAYS: '1,2,4,8,16,32',
    ORDO_LOG_LEVEL: 'error',
  },
});
try {
  const client = await tokenClient(server.baseUrl, 'owner@sample.test', password);
  const keys = (await client.listItems('PAY', { limit: 40 })).data.map((item) => item.key);
  console.log('webhooks: latency…');
  const latency = await measureLatency(client, keys);
  console.log(
    `  p50 ${round(latency.p50, 1)} ms, p95 ${round(latency.p95, 1)} ms over ${latency.runs} moves (target p50 ≤ 50 ms); lost ${latency.lost}`,
  );
  console.log('webhooks: the same moves with no webhook, for the ceiling…');
  const bare = await measureThroughput(client, keys, 0);
  console.log(`  ${bare.movesPerSecond} moves/s with no webhook`);
  console.log('webhooks: throughput with 100 moves/s…');
  const load = await measureThroughput(client, keys, 3);
  console.log(
    `  ${load.movesPerSecond} moves/s; ${load.deliveries} deliveries to 3 webhooks at ${load.deliveriesPerSecondDuringLoad}/s during the load, ` +
      `${load.deliveriesPerSecond}/s overall (target ≥ 200/s); drained ${load.drained ? `${load.drainedSecondsAfterLoad} s after the load` : 'NOT within 2 min'}`,
  );
  console.log(`webhooks: a receiver down ${outageSeconds} s, then back…`);
  const outage = await measureOutage(client, keys);
  console.log(
    `  ${outage.moves} moves during the outage; received ${outage.received}, lost ${outage.lost}; ` +
      `in order per item: ${outage.inOrderPerItem ? 'yes' : 'NO'}; caught up ${outage.secondsToCatchUp} s after it came back`,
  );
  console.log(JSON.stringify({ latency, bare, load, outage }, null, 2));
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
