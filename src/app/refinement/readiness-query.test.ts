import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { type DefinitionOfReady, readinessOf } from '../../domain/readiness.ts';
import { getItem } from '../items/get-item.ts';
import { listItems } from '../items/list-items.ts';
import { updateProduct } from '../products/update-product.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

const text = fc.constantFrom('', ' ', '\n', 'Owners chase late payers', '  padded  ');
const itemArbitrary = fc.record({
  type: fc.constantFrom('story' as const, 'bug' as const, 'spike' as const, 'compliance' as const),
  problem: text,
  serves: text,
  outcome: text,
  acceptanceCriteria: fc.array(
    fc.record({ text: fc.constantFrom('A reminder is sent', 'Shown on the timeline'), done: fc.boolean() }),
    { maxLength: 3 },
  ),
  estimate: fc.option(fc.constantFrom(1, 3, 8), { nil: null }),
  readyChecks: fc.subarray(['design', 'legal']),
});
const dorArbitrary: fc.Arbitrary<DefinitionOfReady> = fc.record({
  problem: fc.boolean(),
  serves: fc.boolean(),
  outcome: fc.boolean(),
  minCriteria: fc.integer({ min: 0, max: 3 }),
  estimate: fc.boolean(),
  timeboxForSpikes: fc.boolean(),
  deadlineForCompliance: fc.boolean(),
  custom: fc.subarray([
    { id: 'design', label: 'designs reviewed' },
    { id: 'legal', label: 'legal approved' },
  ]),
});

describe('readiness in the database and in the domain', () => {
  it('agree on which items are ready, whatever the Definition of Ready', async () => {
    const samples = fc.sample(itemArbitrary, 60);
    const keys: string[] = [];
    for (const sample of samples)
      keys.push((await buildItem(world, { ...sample, title: `Readiness ${keys.length}` })).key);
    for (const dor of fc.sample(dorArbitrary, 12)) {
      await world.as('owner', (ctx) => updateProduct(ctx, { key: 'PAY', definitionOfReady: dor }));
      const ready = await world.as('owner', (ctx) =>
        listItems(ctx, { productKey: 'PAY', limit: 500, ready: true }),
      );
      const notReady = await world.as('owner', (ctx) =>
        listItems(ctx, { productKey: 'PAY', limit: 500, ready: false }),
      );
      const expectedReady = samples
        .map((sample, index) => ({
          key: keys[index],
          isReady: readinessOf({ ...sample, timeboxDays: null, deadline: null }, dor).isReady,
        }))
        .filter((entry) => entry.isReady)
        .map((entry) => entry.key)
        .sort();
      expect(ready.items.map((i) => i.key).sort()).toEqual(expectedReady);
      expect(ready.items.length + notReady.items.length).toBe(samples.length);
      expect(ready.items.every((i) => i.readiness.isReady)).toBe(true);
      expect(notReady.items.every((i) => !i.readiness.isReady)).toBe(true);
    }
  });

  it('shows each item what it lacks and what the lint finds', async () => {
    await world.as('owner', (ctx) =>
      updateProduct(ctx, {
        key: 'PAY',
        splitThreshold: 8,
        definitionOfReady: {
          problem: true,
          serves: true,
          outcome: false,
          minCriteria: 1,
          estimate: true,
          timeboxForSpikes: true,
          deadlineForCompliance: false,
          custom: [],
        },
      }),
    );
    const item = await buildItem(world, {
      type: 'story',
      title: 'Stuff',
      estimate: 13,
      acceptanceCriteria: [{ text: 'It is fast', done: false }],
    });
    const detail = await world.as('viewer', (ctx) => getItem(ctx, item.key));
    expect(detail.readiness.lacks.map((l) => l.check)).toEqual(['problem', 'serves']);
    expect(detail.lint.map((f) => f.rule)).toEqual([
      'vague-title',
      'untestable-criterion',
      'too-large',
      'story-without-user',
    ]);
  });
});
