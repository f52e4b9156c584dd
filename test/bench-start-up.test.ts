import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureCliStartUp } from '../bench/start-up.ts';

describe("the bench's CLI start-up measurement", () => {
  it('times ordo --help beside node -e 0', async () => {
    const dir = fileURLToPath(new URL('..', import.meta.url));
    const { nodeMs, results } = await measureCliStartUp({ checkouts: [{ label: 'here', dir }], rounds: 1 });
    expect(nodeMs).toBeGreaterThan(0);
    expect(results[0]?.help.ms).toBeGreaterThan(0);
    expect(results[0]?.help.ratio).toBeGreaterThan(0);
    expect(results[0]?.itemsList).toBeUndefined();
  });
});
