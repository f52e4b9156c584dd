import type { Command } from 'commander';
import type { ItemChanges, NewItem } from '../client/ordo-client.ts';
import type { MoveTarget } from '../domain/rank.ts';
import { clientFromCredentials } from './credentials.ts';
import { usageError } from './exit-codes.ts';
import { historyText, itemTable, itemText } from './format.ts';
import { registerItemActivityCommands } from './item-activity.ts';
import { itemFiltersFrom, withItemFilterOptions } from './item-filters.ts';
import { example, integer, list, print } from './options.ts';

interface FieldOptions {
  type?: string;
  title?: string;
  problem?: string;
  serves?: string;
  outcome?: string;
  estimate?: number;
  status?: string;
  holdReason?: string;
  source?: string;
  tag?: string[];
  criterion?: string[];
  timebox?: number;
  deadline?: string;
}

/** The item fields the options name; validation is the server's, which answers what is wrong. */
function fieldsFrom(options: FieldOptions): ItemChanges {
  return {
    ...(options.type && { type: options.type }),
    ...(options.title && { title: options.title }),
    ...(options.problem !== undefined && { problem: options.problem }),
    ...(options.serves !== undefined && { serves: options.serves }),
    ...(options.outcome !== undefined && { outcome: options.outcome }),
    ...(options.estimate !== undefined && { estimate: options.estimate }),
    ...(options.status && { status: options.status }),
    ...(options.holdReason !== undefined && { holdReason: options.holdReason }),
    ...(options.source && { source: options.source }),
    ...(options.tag && { tags: options.tag }),
    ...(options.criterion && {
      acceptanceCriteria: options.criterion.map((text) => ({ text, done: false })),
    }),
    ...(options.timebox !== undefined && { timeboxDays: options.timebox }),
    ...(options.deadline !== undefined && { deadline: options.deadline }),
  } as ItemChanges;
}

function withFieldOptions(command: Command): Command {
  return command
    .option('--title <text>', 'title')
    .option('--problem <text>', 'problem statement (markdown)')
    .option('--serves <text>', 'who it serves')
    .option('--outcome <text>', 'expected outcome (markdown)')
    .option('--estimate <points>', 'estimate in story points', integer)
    .option('--status <status>', 'open | in_progress | on_hold | done')
    .option('--hold-reason <text>', 'why it is on hold')
    .option('--source <source>', 'customer | internal | client_facing')
    .option('--tag <tags>', 'tags, comma-separated or repeated', list)
    .option('--criterion <text>', 'an acceptance criterion (repeat for several)', (v, p: string[] = []) => [
      ...p,
      v,
    ])
    .option('--timebox <days>', 'timebox in days (spikes)', integer)
    .option('--deadline <date>', 'deadline YYYY-MM-DD (compliance items)');
}

export function registerItemCommands(program: Command): void {
  const items = program
    .command('items')
    .description('the ranked backlog: list, add, show, edit, move, comment, archive, split…');

  withItemFilterOptions(
    items.command('list <product>').description('the ranked backlog of a product, top first'),
  )
    .option('--limit <n>', 'how many (at most 500)', integer, 50)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      example(
        'ordo items list PAY --status open --tag billing',
        'ordo items list PAY --json | jq -r ".data[] | select(.estimate == null) | .key"',
      ),
    )
    .action(async (product: string, options) => {
      const filters = { ...itemFiltersFrom(options), limit: options.limit };
      const page = await clientFromCredentials().listItems(product, filters);
      print(
        page,
        options.json,
        () => itemTable(page.data) + (page.next ? '\n… more: raise --limit or filter' : ''),
      );
    });

  withFieldOptions(
    items
      .command('add <product>')
      .description('create an item (at the bottom unless --top)')
      .requiredOption('--type <type>', 'story | bug | task | spike | enhancement | compliance'),
  )
    .option('--top', 'put it at the top of the backlog')
    .option('--json', 'print JSON')
    .addHelpText('after', example('ordo items add PAY --type bug --title "Totals off by a cent" --top'))
    .action(async (product: string, options) => {
      if (!options.title) throw usageError('--title is required');
      const input = { ...fieldsFrom(options), ...(options.top && { position: { to: 'top' } }) } as NewItem;
      const item = await clientFromCredentials().createItem(product, input);
      print(item, options.json, () => `Created ${item.key}: ${item.title}`);
    });

  items
    .command('show <key>')
    .description('one item with every field')
    .option('--history', 'with its history')
    .option('--json', 'print JSON')
    .addHelpText('after', example('ordo items show PAY-12 --history'))
    .action(async (key: string, options) => {
      const client = clientFromCredentials();
      const item = await client.getItem(key);
      const history = options.history ? (await client.history(key)).data : undefined;
      print({ ...item, ...(history && { history }) }, options.json, () =>
        history ? `${itemText(item)}\n\nHistory:\n${historyText(history)}` : itemText(item),
      );
    });

  withFieldOptions(items.command('edit <key>').description('change fields of an item'))
    .option('--type <type>', 'change the type')
    .option('--json', 'print JSON')
    .addHelpText('after', example('ordo items edit PAY-12 --estimate 5 --tag billing,export'))
    .action(async (key: string, options) => {
      const client = clientFromCredentials();
      const changes = fieldsFrom(options);
      if (Object.keys(changes).length === 0)
        throw usageError('name at least one field to change (see --help)');
      const current = await client.getItem(key);
      const item = await client.updateItem(key, current.version, changes);
      print(item, options.json, () => `Updated ${item.key} (version ${item.version})`);
    });

  items
    .command('move <key>')
    .description('move an item in the order')
    .option('--top', 'to the top')
    .option('--bottom', 'to the bottom')
    .option('--before <key>', 'just above another item')
    .option('--after <key>', 'just below another item')
    .option('--reason <text>', 'why (kept in its history)')
    .option('--json', 'print JSON')
    .addHelpText('after', example('ordo items move PAY-12 --before PAY-3 --reason "Blocks the bank release"'))
    .action(async (key: string, options) => {
      const targets: MoveTarget[] = [
        ...(options.top ? [{ to: 'top' as const }] : []),
        ...(options.bottom ? [{ to: 'bottom' as const }] : []),
        ...(options.before ? [{ before: options.before as string }] : []),
        ...(options.after ? [{ after: options.after as string }] : []),
      ];
      const [target] = targets;
      if (targets.length !== 1 || !target)
        throw usageError('say where: one of --top, --bottom, --before KEY, --after KEY');
      const item = await clientFromCredentials().moveItem(key, target, options.reason);
      print(item, options.json, () => `Moved ${item.key}`);
    });

  registerItemActivityCommands(items);
}
