import type { Log } from '../../log.ts';

export interface Polling {
  /** Starts a pass at once, unless one is running. */
  nudge(): void;
  /** Whether a pass runs now or ended within three intervals (a stuck or dead loop is not). */
  isAlive(now?: number): boolean;
  stop(): Promise<void>;
}

/**
 * Runs `step` again and again while it finds work, then waits `intervalMs` (or a nudge: one
 * that comes during a pass starts another after it) and looks again, until stopped. One pass at a time; a failed pass is logged and the next one tries again.
 */
export function poll(
  step: () => Promise<boolean>,
  options: { intervalMs: number; label: string; log: Log },
): Polling {
  let stopped = false;
  let running: Promise<void> | null = null;
  // Nudged while a pass ran: the pass may have looked just before the new work came.
  let nudgedWhileRunning = false;
  let lastEndedAt = Date.now();
  const pass = async () => {
    while (!stopped && (await step())) {
      // keep going while there is due work
    }
  };
  const nudge = () => {
    if (stopped) return;
    if (running) {
      nudgedWhileRunning = true;
      return;
    }
    nudgedWhileRunning = false;
    running = pass()
      .catch((error: unknown) =>
        options.log.error({ err: error, work: options.label }, `${options.label} failed`),
      )
      .finally(() => {
        running = null;
        lastEndedAt = Date.now();
        if (nudgedWhileRunning) nudge();
      });
  };
  const timer = setInterval(nudge, options.intervalMs);
  timer.unref();
  return {
    nudge,
    isAlive: (now = Date.now()) =>
      !stopped && (running !== null || now - lastEndedAt < 3 * options.intervalMs),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
