import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem, buildWorld, type World, type WorldRole } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { archiveItem } from '../items/archive-item.ts';
import { getItem } from '../items/get-item.ts';
import { updateItem } from '../items/update-item.ts';
import { releaseNotes } from '../sprints/roadmap.ts';
import { createRelease, listReleases, updateRelease } from './manage-releases.ts';
import { planIntoRelease, takeOutOfRelease } from './plan-release.ts';
import { releaseBurnUp } from './release-burn-up.ts';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db);
});
afterAll(() => database.drop());

const start = new Date('2027-04-05T09:00:00Z');
/** The owner (or another role), acting `days` days after the first release was created. */
const on = (days: number, role: WorldRole = 'owner') =>
  world.ctx(role, () => new Date(start.getTime() + days * 86_400_000));

describe('releases', () => {
  it('plans items in and out, burns up as they are done, and writes its notes', async () => {
    const release = await createRelease(on(0), {
      productKey: 'PAY',
      name: '2.0',
      targetDate: '2027-05-01',
    });
    const other = await createRelease(on(0), { productKey: 'PAY', name: '2.1' });
    const a = await buildItem(world, { title: 'Invoices in CSV', estimate: 5 });
    const b = await buildItem(world, { title: 'Late fees', estimate: 3, type: 'bug' });
    const c = await buildItem(world, { title: 'Moved on', estimate: 8 });
    await planIntoRelease(on(1), { releaseId: release.id, itemKeys: [a.key, b.key, c.key] });
    await planIntoRelease(on(2), { releaseId: other.id, itemKeys: [c.key] });
    await updateItem(on(3), { key: a.key, version: a.version, changes: { status: 'done' } });
    await takeOutOfRelease(on(3), { releaseId: other.id, itemKey: c.key });

    expect((await getItem(on(3), a.key)).release).toEqual({ id: release.id, name: '2.0' });
    expect((await getItem(on(3), c.key)).release).toBeNull();
    const burnUp = await releaseBurnUp(on(4, 'viewer'), release.id);
    expect(burnUp.series.map((point) => [point.day, point.scope, point.done])).toEqual([
      ['2027-04-05', 0, 0],
      ['2027-04-06', 16, 0],
      ['2027-04-07', 8, 0],
      ['2027-04-08', 8, 5],
      ['2027-04-09', 8, 5],
    ]);
    const listed = await listReleases(on(4, 'stakeholder'), 'PAY');
    expect(listed.map((r) => [r.name, r.items, r.points, r.doneItems, r.donePoints])).toEqual([
      ['2.0', 2, 8, 1, 5],
      ['2.1', 0, 0, 0, 0],
    ]);

    // Archiving takes an item out of the release's scope; it counts no more.
    await archiveItem(on(4), { key: b.key, reason: 'wont_do' });
    const afterArchive = await listReleases(on(4), 'PAY');
    expect(afterArchive.find((r) => r.id === release.id)).toMatchObject({ items: 1, points: 5 });
    expect((await releaseBurnUp(on(4), release.id)).series.at(-1)).toMatchObject({ scope: 5, done: 5 });

    await updateRelease(on(5), { releaseId: release.id, shippedOn: '2027-04-10' });
    const notes = await releaseNotes(on(5), { productKey: 'PAY', releaseId: release.id });
    expect(notes).toContain('2.0 (2027-04-10)');
    expect(notes).toContain(`- Invoices in CSV (${a.key})`);
    expect(notes).not.toContain('Late fees');
  });

  it('refuses a name taken in the product, an unknown item, and people who may not plan', async () => {
    await createRelease(world.ctx('owner'), { productKey: 'PAY', name: '3.0' });
    await expect(
      createRelease(world.ctx('editor'), { productKey: 'PAY', name: ' 3.0 ' }),
    ).rejects.toMatchObject({
      code: 'already_exists',
    });
    const release = await createRelease(world.ctx('editor'), { productKey: 'PAY', name: '3.1' });
    await expect(
      planIntoRelease(world.ctx('owner'), { releaseId: release.id, itemKeys: ['PAY-99999'] }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('itemKeys.0') });
    const item = await buildItem(world);
    await expect(
      planIntoRelease(world.ctx('member'), { releaseId: release.id, itemKeys: [item.key] }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listReleases(world.ctx('viewer'), 'PAY')).find((r) => r.id === release.id)?.items).toBe(0);
  });
});
