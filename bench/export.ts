import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { OrdoClient } from '../src/client/ordo-client.ts';
import { itemStatuses } from '../src/domain/item.ts';
import { productKey } from './seed-items.ts';
import { residentMemory } from './server-process.ts';

/** The backlog's CSV export, downloaded whole: how long, how big, and what it cost the server's memory. */
export interface CsvExportMeasure {
  rows: number;
  megabytes: number;
  seconds: number;
  rssBeforeMb: number;
  /** The server's resident set at its highest while the export ran, over what it was before. */
  rssGrowthMb: number;
}

export const csvExportTargets = { seconds: 10, rssGrowthMb: 100, atSize: 100_000 };

/** Downloads every item (every status, archived ones too) as CSV, sampling the server's resident set every 50 ms meanwhile. */
export async function measureCsvExport(client: OrdoClient, serverPid: number): Promise<CsvExportMeasure> {
  const rssBeforeMb = residentMemory(serverPid).rssMb;
  let peakMb = rssBeforeMb;
  const sample = setInterval(() => {
    peakMb = Math.max(peakMb, residentMemory(serverPid).rssMb);
  }, 50);
  const start = performance.now();
  let bytes = 0;
  let lines = 0;
  try {
    const download = await client.exportBacklog(productKey, {
      format: 'csv',
      status: [...itemStatuses],
      archived: true,
    });
    for await (const chunk of Readable.fromWeb(download as WebReadableStream<Uint8Array>)) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines++;
    }
  } finally {
    clearInterval(sample);
  }
  const seconds = (performance.now() - start) / 1000;
  peakMb = Math.max(peakMb, residentMemory(serverPid).rssMb);
  return {
    rows: lines - 1,
    megabytes: bytes / 1024 / 1024,
    seconds,
    rssBeforeMb,
    rssGrowthMb: peakMb - rssBeforeMb,
  };
}
