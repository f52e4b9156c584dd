import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedStatements } from './pglite-statements.ts';
import { planEachRunMark } from './plan-each-run.ts';

let pglite: PGlite;

beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(`create table things (
    id int primary key, name text not null, tags text[] not null default '{}',
    data jsonb, seen_at timestamptz, done boolean not null default false)`);
});
afterAll(() => pglite.close());

const keptNames = async () =>
  (await pglite.query<{ name: string }>('select name from pg_prepared_statements order by name')).rows.map(
    (row) => row.name,
  );

describe('prepared statements on PGlite', () => {
  it('gives the same rows as PGlite.query, with every kind of parameter', async () => {
    const statements = new PreparedStatements(pglite);
    const seenAt = new Date('2026-11-24T10:00:00.000Z');
    const insert = `insert into things (id, name, tags, data, seen_at, done) values ($1, $2, $3, $4, $5, $6)
      returning id, name, tags, data, seen_at, done`;
    const inserted = await statements.run(insert, [
      1,
      "O'Brien",
      ['a', 'b c'],
      { nested: [1, 'two'] },
      seenAt,
      true,
    ]);
    expect(inserted.affectedRows).toBe(1);
    const byQuery = await pglite.query(
      'select id, name, tags, data, seen_at, done from things where id = $1',
      [1],
    );
    expect(inserted.rows).toEqual(byQuery.rows);
    expect(inserted.rows[0]).toEqual({
      id: 1,
      name: "O'Brien",
      tags: ['a', 'b c'],
      data: { nested: [1, 'two'] },
      seen_at: seenAt,
      done: true,
    });
    const nulls = await statements.run(insert, [2, 'second', [], null, null, false]);
    expect(nulls.rows[0]).toMatchObject({ id: 2, tags: [], data: null, seen_at: null, done: false });
  });

  it('parses a statement once and runs it again by name; one planned each run keeps no name', async () => {
    await pglite.exec('deallocate all');
    const statements = new PreparedStatements(pglite);
    const select = 'select name from things where id = $1';
    for (const id of [1, 2, 1]) await statements.run(select, [id]);
    expect(await keptNames()).toHaveLength(1);
    const each = `select name from things where name like $1 ${planEachRunMark}`;
    expect((await statements.run(each, ['sec%'])).rows).toEqual([{ name: 'second' }]);
    expect((await statements.run(each, ['O%'])).rows).toEqual([{ name: "O'Brien" }]);
    expect(await keptNames()).toHaveLength(1);
  });

  it('keeps only the most recently used statements, closing the rest', async () => {
    await pglite.exec('deallocate all');
    const statements = new PreparedStatements(pglite, 2);
    const texts = [1, 2, 3].map((n) => `select ${n} + $1::int as n`);
    for (const text of [texts[0], texts[1], texts[0], texts[2]]) await statements.run(text as string, [1]);
    expect(await keptNames()).toHaveLength(2);
    // The second was the least recently used, so it went; it comes back when asked for.
    expect((await statements.run(texts[1] as string, [1])).rows).toEqual([{ n: 3 }]);
    expect(await keptNames()).toHaveLength(2);
  });

  it('leaves a statement usable after it failed, and says which statement failed', async () => {
    const statements = new PreparedStatements(pglite);
    const insert = 'insert into things (id, name) values ($1, $2)';
    const failure = await statements.run(insert, [1, 'again']).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: '23505', query: insert });
    expect((await statements.run(insert, [3, 'third'])).affectedRows).toBe(1);
    await expect(statements.run('select from nowhere where', [])).rejects.toMatchObject({
      code: '42601',
      query: 'select from nowhere where',
    });
  });

  it('works in a transaction that rolls back, and after a schema change once told to forget', async () => {
    const statements = new PreparedStatements(pglite);
    const select = 'select * from things where id = $1';
    await statements.command('begin');
    await statements.run('update things set name = $1 where id = $2', ['changed', 3]);
    await statements.command('rollback');
    expect((await statements.run(select, [3])).rows[0]).toMatchObject({ name: 'third' });
    await pglite.exec('alter table things add column extra int not null default 7');
    await statements.forgetAll();
    expect((await statements.run(select, [3])).rows[0]).toMatchObject({ name: 'third', extra: 7 });
  });

  it('prepares a statement again when the schema outgrew it unannounced, closing the old one', async () => {
    await pglite.exec('deallocate all');
    const statements = new PreparedStatements(pglite);
    const select = 'select * from things where id = $1';
    await statements.run(select, [3]);
    await pglite.exec('alter table things add column more int not null default 8');
    // PostgreSQL refuses a kept statement whose columns changed; the next run prepares it anew.
    await statements.run(select, [3]).catch(() => undefined);
    expect((await statements.run(select, [3])).rows[0]).toMatchObject({ name: 'third', more: 8 });
    expect(await keptNames()).toHaveLength(1);
  });

  it('says PGlite is closed rather than failing inside it', async () => {
    const closing = await PGlite.create();
    const statements = new PreparedStatements(closing);
    await statements.run('select 1 as one', []);
    await closing.close();
    await expect(statements.run('select 1 as one', [])).rejects.toThrow('PGlite is closed');
  });
});
