import type { Command } from 'commander';
import type { ItemChanges, ScoreKind, ScoreOrderEntry } from '../client/ordo-client.ts';
import { confirm, yesOption } from './confirm.ts';
import { clientFromCredentials } from './credentials.ts';
import { columns } from './format.ts';
import { example, jsonOption, list, print } from './options.ts';

const scoreKind = (value: string): ScoreKind => {
  if (value !== 'wsjf' && value !== 'rice') throw new Error('--by is wsjf or rice');
  return value;
};

const orderTable = (entries: ScoreOrderEntry[]) =>
  columns(
    ['KEY', 'SCORE', 'FROM', 'TO', 'TITLE'],
    entries.map((e) => [
      e.key,
      e.score === null ? '-' : String(e.score),
      String(e.from),
      String(e.to),
      e.title,
    ]),
    'Nothing to order.',
  );

/** `none` clears a score part; a number sets it (the server checks its range). */
const part = (value: string) => (value === 'none' ? null : Number(value));

export function registerScoringCommands(program: Command): void {
  const scoring = program
    .command('scoring')
    .description('prioritisation aids beside the rank: WSJF, RICE, MoSCoW, and ordering by score');

  scoring
    .command('preview <product>')
    .description('the order a score proposes (changes nothing)')
    .requiredOption('--by <score>', 'wsjf | rice', scoreKind)
    .option(...jsonOption)
    .addHelpText('after', example('ordo scoring preview PAY --by wsjf'))
    .action(async (product: string, options) => {
      const page = await clientFromCredentials().previewScoreOrder(product, options.by);
      print(page, options.json, () => orderTable(page.data.filter((e) => e.moves)));
    });

  scoring
    .command('apply <product>')
    .description('apply the order a score proposes, in full or for the items named')
    .requiredOption('--by <score>', 'wsjf | rice', scoreKind)
    .option('--items <keys>', 'only these items (comma-separated)', list)
    .option(...yesOption)
    .option(...jsonOption)
    .addHelpText('after', example('ordo scoring apply PAY --by wsjf --yes'))
    .action(async (product: string, options) => {
      await confirm(
        `Reorder ${options.items ? options.items.length : 'every'} item of ${product} by ${options.by}?`,
        options,
      );
      const applied = await clientFromCredentials().applyScoreOrder(product, options.by, options.items);
      print(
        applied,
        options.json,
        () => `Moved ${applied.moved.length} items: ${applied.moved.join(', ') || 'none'}`,
      );
    });

  scoring
    .command('set <item>')
    .description('an item’s WSJF, RICE or MoSCoW parts (`none` clears one)')
    .option('--moscow <category>', 'must | should | could | wont | none')
    .option('--business-value <n>', 'WSJF: business value (0-100)', part)
    .option('--time-criticality <n>', 'WSJF: time criticality', part)
    .option('--risk-reduction <n>', 'WSJF: risk reduction or opportunity', part)
    .option('--job-size <n>', 'WSJF: job size', part)
    .option('--reach <n>', 'RICE: people reached', part)
    .option('--impact <n>', 'RICE: 0.25 | 0.5 | 1 | 2 | 3', part)
    .option('--confidence <percent>', 'RICE: confidence (0-100)', part)
    .option('--effort <n>', 'RICE: effort', part)
    .option(...jsonOption)
    .addHelpText(
      'after',
      example(
        'ordo scoring set PAY-12 --business-value 8 --time-criticality 5 --risk-reduction 2 --job-size 3 --moscow must',
      ),
    )
    .action(async (key: string, options) => {
      const pick = (names: string[]) =>
        Object.fromEntries(names.filter((n) => options[n] !== undefined).map((n) => [n, options[n]]));
      const wsjf = pick(['businessValue', 'timeCriticality', 'riskReduction', 'jobSize']);
      const rice = pick(['reach', 'impact', 'confidence', 'effort']);
      const changes = {
        ...(Object.keys(wsjf).length && { wsjf }),
        ...(Object.keys(rice).length && { rice }),
        ...(options.moscow !== undefined && { moscow: options.moscow === 'none' ? null : options.moscow }),
      } as ItemChanges;
      if (Object.keys(changes).length === 0) throw new Error('name a score part to set (see --help)');
      const client = clientFromCredentials();
      const item = await client.updateItem(key, (await client.getItem(key)).version, changes);
      print(item, options.json, () => `Scored ${item.key}.`);
    });
}
