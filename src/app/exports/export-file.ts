import { Readable } from 'node:stream';

/** An export on its way out: a stream of its text, and what to call and label it. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  stream: Readable;
}

/** `PAY-backlog-2027-03-31.csv`: the product, what it is, the day (in UTC) it was made. */
export const exportFileName = (productKey: string, what: string, now: Date, extension: string) =>
  `${productKey.toUpperCase()}-${what}-${now.toISOString().slice(0, 10)}.${extension}`;

/** The chunks as a stream that reads the next only when the reader is ready for it. */
export const streamOf = (chunks: AsyncIterable<string>): Readable =>
  Readable.from(chunks, { objectMode: false });
