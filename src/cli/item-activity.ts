import type { Command } from 'commander';
import type { BulkChange, ItemChanges, ItemDetail } from '../client/ordo-client.ts';
import { confirm, yesOption } from './confirm.ts';
import { clientFromCredentials } from './credentials.ts';
import { historyText } from './format.ts';
import { example, integer, jsonOption, list, print } from './options.ts';

/**
 * What people do to an item beyond its fields and place: history, comments, watching, archiving,
 * links, splitting, and one change to many items at once. Part of `ordo items`.
 */

const archiveReasonHelp = 'obsolete | stale | duplicate | wont_do | delivered_elsewhere';

/** An item's own links as the PATCH takes them (the incoming ones belong to the other item). */
const outgoingLinks = (item: ItemDetail) =>
  item.links
    .filter((l) => l.direction === 'outgoing')
    .map((l) => ({ kind: l.kind, key: l.key })) as NonNullable<ItemChanges['links']>;

/** `--tag x`, `--untag x`, `--status s`, `--archive reason`, `--move top|bottom`, `--refine`: one of them. */
function bulkChangeFrom(options: Record<string, string | boolean | undefined>): BulkChange {
  const changes: BulkChange[] = [
    ...(options.tag ? [{ action: 'tag', tag: options.tag } as BulkChange] : []),
    ...(options.untag ? [{ action: 'untag', tag: options.untag } as BulkChange] : []),
    ...(options.status
      ? [
          {
            action: 'status',
            status: options.status,
            ...(options.holdReason && { holdReason: options.holdReason }),
          } as BulkChange,
        ]
      : []),
    ...(options.archive ? [{ action: 'archive', reason: options.archive } as BulkChange] : []),
    ...(options.move ? [{ action: 'move', to: options.move } as BulkChange] : []),
    ...(options.refine ? [{ action: 'refine' } as BulkChange] : []),
  ];
  const [change] = changes;
  if (changes.length !== 1 || !change)
    throw new Error('name one change: --tag, --untag, --status, --archive, --move or --refine');
  return change;
}

export function registerItemActivityCommands(items: Command): void {
  items
    .command('history <item>')
    .description('everything that happened to an item, newest first, in words')
    .option(...jsonOption)
    .addHelpText('after', example('ordo items history PAY-12'))
    .action(async (key: string, options) => {
      const page = await clientFromCredentials().history(key);
      print(page, options.json, () => historyText(page.data));
    });

  items
    .command('comment <item> <text>')
    .description('comment on an item (markdown)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo items comment PAY-12 "Checked with finance: CSV is enough"'))
    .action(async (key: string, text: string, options) => {
      const comment = await clientFromCredentials().comment(key, text);
      print(comment, options.json, () => `Commented on ${key}.`);
    });

  for (const [verb, watching] of [
    ['watch', true],
    ['unwatch', false],
  ] as const) {
    items
      .command(`${verb} <item>`)
      .description(watching ? 'be told when the item changes' : 'stop being told when the item changes')
      .option(...jsonOption)
      .addHelpText('after', example(`ordo items ${verb} PAY-12`))
      .action(async (key: string, options) => {
        const answer = await clientFromCredentials().watch(key, watching);
        print(answer, options.json, () => `${answer.watching ? 'Watching' : 'Not watching'} ${key}.`);
      });
  }

  items
    .command('archive <item>')
    .description('archive an item: it leaves the order and keeps its history')
    .option('--reason <reason>', archiveReasonHelp, 'obsolete')
    .option(...yesOption)
    .option(...jsonOption)
    .addHelpText('after', example('ordo items archive PAY-12 --reason duplicate --yes'))
    .action(async (key: string, options) => {
      await confirm(`Archive ${key} as ${options.reason}?`, options);
      const item = await clientFromCredentials().archiveItem(key, options.reason);
      print(
        item,
        options.json,
        () => `Archived ${item.key}; \`ordo items restore ${item.key}\` brings it back.`,
      );
    });

  items
    .command('restore <item>')
    .description('restore an archived item to its place')
    .option(...jsonOption)
    .addHelpText('after', example('ordo items restore PAY-12'))
    .action(async (key: string, options) => {
      const item = await clientFromCredentials().restoreItem(key);
      print(item, options.json, () => `Restored ${item.key}.`);
    });

  items
    .command('link <item> <kind> <other>')
    .description('link an item to another: duplicate_of | blocks | relates_to | parent')
    .option(...jsonOption)
    .addHelpText('after', example('ordo items link PAY-12 blocks PAY-15'))
    .action(async (key: string, kind: string, other: string, options) => {
      const client = clientFromCredentials();
      const item = await client.getItem(key);
      const links = [...outgoingLinks(item), { kind, key: other }] as NonNullable<ItemChanges['links']>;
      const saved = await client.updateItem(key, item.version, { links });
      print(saved, options.json, () => `${key} ${kind} ${other}.`);
    });

  items
    .command('unlink <item> <other>')
    .description('remove the item’s links to another item')
    .option(...jsonOption)
    .addHelpText('after', example('ordo items unlink PAY-12 PAY-15'))
    .action(async (key: string, other: string, options) => {
      const client = clientFromCredentials();
      const item = await client.getItem(key);
      const links = outgoingLinks(item).filter((l) => l.key !== other);
      const saved = await client.updateItem(key, item.version, { links });
      print(saved, options.json, () => `${key} no longer links to ${other}.`);
    });

  items
    .command('split <item>')
    .description('split an item into parts (at least two); each part takes its place in the order')
    .requiredOption('--part <title>', 'a part’s title (repeat for each part)', (v, p: string[] = []) => [
      ...p,
      v,
    ])
    .option('--estimate <points>', 'estimates of the parts, comma-separated in the same order', list)
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo items split PAY-12 --part "Export as CSV" --part "Export as XLSX" --estimate 3,5'),
    )
    .action(async (key: string, options) => {
      const client = clientFromCredentials();
      const parts = (options.part as string[]).map((title, at) => {
        const estimate = options.estimate?.[at];
        return { title, ...(estimate !== undefined && { estimate: integer(estimate) }) };
      });
      const page = await client.splitItem(key, (await client.getItem(key)).version, parts);
      print(page, options.json, () => `Split ${key} into ${page.data.map((i) => i.key).join(', ')}.`);
    });

  items
    .command('bulk <product> <items>')
    .description('one change to many items (comma-separated keys): all or none')
    .option('--tag <tag>', 'add a tag')
    .option('--untag <tag>', 'remove a tag')
    .option('--status <status>', 'open | in_progress | on_hold | done')
    .option('--hold-reason <text>', 'with --status on_hold: why')
    .option('--archive <reason>', archiveReasonHelp)
    .option('--move <where>', 'top | bottom')
    .option('--refine', 'put them on the next refinement’s agenda')
    .option(...yesOption)
    .option(...jsonOption)
    .addHelpText('after', example('ordo items bulk PAY PAY-3,PAY-4,PAY-9 --tag billing --yes'))
    .action(async (product: string, keys: string, options) => {
      const change = bulkChangeFrom(options);
      const named = list(keys);
      await confirm(`${change.action} ${named.length} items of ${product}?`, options);
      const done = await clientFromCredentials().bulkUpdate(product, named, change);
      print(done, options.json, () => `Changed ${done.changed.length} items: ${done.changed.join(', ')}`);
    });
}
