import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from '../../test/cli-harness.ts';
import { buildItem } from '../../test/factories.ts';

let cli: CliHarness;
const dir = mkdtempSync(join(tmpdir(), 'ordo-export-cli-'));

beforeAll(async () => {
  cli = await startCliHarness();
  await buildItem(cli.h.world, { title: 'Refunds, partial', tags: ['billing', 'refunds'] });
  await buildItem(cli.h.world, { title: 'Late fees', tags: ['billing'], type: 'bug' });
  await buildItem(cli.h.world, { title: 'Dark mode' });
});
afterAll(async () => {
  await cli.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ordo export and ordo products import', () => {
  it('exports the view as CSV to standard output or a file, with the list’s filters and the columns chosen', async () => {
    const run = await cli.ordo(['export', 'PAY', '--tag', 'billing', '--columns', 'key,title,tags']);
    expect(run.code, run.stderr).toBe(0);
    const rows: Record<string, string>[] = parse(run.stdout, { columns: true });
    expect(rows.map((row) => row.title)).toEqual(['Refunds, partial', 'Late fees']);
    expect(rows[0]?.tags).toBe('billing; refunds');

    const out = join(dir, 'backlog.json');
    const toFile = await cli.ordo(['export', 'PAY', '--format', 'json', '--out', out, '--bom']);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(3);
  }, 60_000);

  it('moves a whole product: exported as a document, imported under a new key', async () => {
    const out = join(dir, 'pay.json');
    const exported = await cli.ordo(['export', 'PAY', '--format', 'product', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const taken = await cli.ordo(['products', 'import', out], { as: 'admin' });
    expect(taken.code).toBe(4);
    expect(taken.stderr).toContain('already exists');
    const report = (await cli.json(['products', 'import', out, '--key', 'PAY2'], { as: 'admin' })) as {
      product: { key: string };
      created: number;
    };
    expect(report).toMatchObject({ product: { key: 'PAY2' }, created: 3 });
    const notJson = await cli.ordo(['products', 'import', join(dir, 'nothing.json')], { as: 'admin' });
    expect(notJson.code).toBe(2);
  }, 60_000);
});
