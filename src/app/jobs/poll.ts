/**
 * Runs `step` again and again while it finds work, then waits `intervalMs` and looks again,
 * until stopped. One pass at a time; `nudge()` starts a pass at once.
 */
export function poll(step: () => Promise<boolean>, options: { intervalMs: number; label: string }) {
  let stopped = false;
  let running: Promise<void> | null = null;
  const pass = async () => {
    while (!stopped && (await step())) {
      // keep going while there is due work
    }
  };
  const nudge = () => {
    if (stopped || running) return;
    running = pass()
      .catch((error) => console.warn(`ordo: ${options.label} failed: ${(error as Error).message}`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(nudge, options.intervalMs);
  timer.unref();
  return {
    nudge,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
