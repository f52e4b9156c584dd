import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Presets, SingleBar } from 'cli-progress';
import { hasColor } from './terminal.ts';

/** Long work's progress on standard error: for bulk, import, export, backup and restore commands. */
export interface Progress {
  /** `by` more done (items, or bytes with `unit: 'bytes'`); `note` says what is being done now. */
  advance(by?: number, note?: string): void;
  /** Clears the bar; call it before printing the result. */
  done(): void;
}

export interface ProgressOptions {
  /** What the work is: "Backing up", "Importing". */
  label: string;
  /** How much there is to do; unknown (a download without a length), the bar counts up alone. */
  total?: number;
  unit?: 'items' | 'bytes';
  /** Output for a program (--json): no bar. */
  json?: boolean;
}

const silent: Progress = { advance: () => {}, done: () => {} };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A bar only for a person watching: standard error is a terminal that takes escapes (NO_COLOR and
 * TERM=dumb turn it off), and the output is not for a program. Otherwise it does nothing.
 */
export function startProgress(
  options: ProgressOptions,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (options.json || !hasColor(stream)) return silent;
  const shown = (value: number) => (options.unit === 'bytes' ? megabytes(value) : String(value));
  const amount = options.total === undefined ? '{shown}' : '{bar} {percentage}% {shown} of {of}';
  const bar = new SingleBar(
    { format: `${options.label} ${amount} {note}`, stream, clearOnComplete: true, hideCursor: true },
    Presets.shades_classic,
  );
  let value = 0;
  const of = options.total === undefined ? '' : shown(options.total);
  bar.start(options.total ?? 0, 0, { shown: shown(0), of, note: '' });
  return {
    advance(by = 1, note) {
      value += by;
      bar.update(value, { shown: shown(value), of, ...(note !== undefined && { note }) });
    },
    done: () => bar.stop(),
  };
}

/** Writes a download (a backup, an export) to `to` as it comes, the bar counting its bytes. */
export async function saveDownload(
  download: ReadableStream<Uint8Array>,
  to: Writable,
  progress: Progress,
): Promise<void> {
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      progress.advance(chunk.length);
      next(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(download as WebReadableStream<Uint8Array>), counting, to);
}
