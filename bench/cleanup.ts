/** What the bench must undo however it ends: children to stop, databases to drop, directories to remove. */
export class Cleanup {
  readonly #steps: { name: string; run: () => Promise<void> }[] = [];

  /** Registers a step; answers a function that runs it now (once) and forgets it. */
  add(name: string, run: () => Promise<void>): () => Promise<void> {
    const step = { name, run };
    this.#steps.push(step);
    return async () => {
      const at = this.#steps.indexOf(step);
      if (at < 0) return;
      this.#steps.splice(at, 1);
      await run();
    };
  }

  /** Runs every step left, newest first; a failing step is reported and the rest still run. */
  async runAll(): Promise<void> {
    while (this.#steps.length) {
      const step = this.#steps.pop();
      if (!step) break;
      try {
        await step.run();
      } catch (error) {
        console.error(`bench: cleanup "${step.name}" failed: ${(error as Error).message}`);
      }
    }
  }
}
