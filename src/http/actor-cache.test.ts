import { describe, expect, it } from 'vitest';
import { hashSecret } from '../app/auth/secrets.ts';
import { ActorCache } from './actor-cache.ts';

const ann = { personId: 'p1', workspaceId: 'w1', name: 'Ann', email: 'ann@test.example', isAdmin: false };

describe('ActorCache', () => {
  it('looks a secret up once within its time to live, and again after it', async () => {
    const cache = new ActorCache(1_000);
    let lookups = 0;
    const lookUp = async () => {
      lookups++;
      return ann;
    };
    expect(await cache.resolve('s', 0, lookUp)).toBe(ann);
    expect(await cache.resolve('s', 999, lookUp)).toBe(ann);
    expect(lookups).toBe(1);
    await cache.resolve('s', 1_000, lookUp);
    expect(lookups).toBe(2);
  });

  it('never remembers an unknown secret, and forgets on demand', async () => {
    const cache = new ActorCache(1_000);
    let lookups = 0;
    const unknown = async () => {
      lookups++;
      return null;
    };
    await cache.resolve('guess', 0, unknown);
    await cache.resolve('guess', 1, unknown);
    expect(lookups).toBe(2);
    await cache.resolve('s', 0, async () => ann);
    cache.forget('s');
    expect(await cache.resolve('s', 1, unknown)).toBeNull();
  });

  it('forgets what another instance revoked, and never remembers a lookup that raced it', async () => {
    const cache = new ActorCache(1_000);
    let notify: (payload: string) => void = () => {};
    await cache.forgetOnRevocation({
      listen: async (_channel, onMessage) => {
        notify = onMessage;
        return async () => {};
      },
    });
    let lookups = 0;
    const lookUp = async () => {
      lookups++;
      return ann;
    };
    await cache.resolve('s', 0, lookUp);
    notify(hashSecret('s'));
    await cache.resolve('s', 1, lookUp);
    expect(lookups).toBe(2);
    const racing = cache.resolve('t', 2, async () => {
      notify('all');
      return ann;
    });
    expect(await racing).toBe(ann);
    await cache.resolve('t', 3, lookUp);
    expect(lookups).toBe(3);
  });
});
