import type { Command } from 'commander';
import type { StaleRun } from '../client/ordo-client.ts';
import { confirm, yesOption } from './confirm.ts';
import { clientFromCredentials } from './credentials.ts';
import { usageError } from './exit-codes.ts';
import { columns, day } from './format.ts';
import { example, integer, jsonOption, list, print } from './options.ts';

const signalWords: Record<string, string> = {
  untagged: 'items with no tags',
  top_not_ready: 'of the top 20 not ready',
  in_closed_sprint: 'in progress in a closed sprint',
  done_unchecked: 'done with unchecked criteria',
  hold_without_reason: 'on hold with no reason',
  stale: 'stale',
  going_stale: 'going stale at the end of the quarter',
};

const staleRunsText = (runs: StaleRun[]) =>
  columns(
    ['RUN', 'AT', 'ITEMS', 'UNDONE'],
    runs.map((run) => [
      run.id,
      run.runAt.slice(0, 16).replace('T', ' '),
      String(run.archived.length),
      day(run.undoneAt),
    ]),
    'The stale rule has not run.',
  );

export function registerCustodianCommands(program: Command): void {
  program
    .command('custodian <product>')
    .description('what needs the custodian today: triage, hygiene signals, health')
    .option(
      '--trend [days]',
      'the health score day by day instead (the last 90 days, or as many as named)',
      integer,
    )
    .option(...jsonOption)
    .addHelpText('after', example('ordo custodian PAY', 'ordo custodian PAY --trend 30'))
    .action(async (product: string, options) => {
      if (options.trend !== undefined) {
        const days = options.trend === true ? undefined : options.trend;
        const trend = await clientFromCredentials().healthTrend(product, days);
        print(trend, options.json, () =>
          trend.data.length
            ? trend.data.map((d) => `${d.day}  ${String(d.score).padStart(3)}`).join('\n')
            : 'No scores yet.',
        );
        return;
      }
      const view = await clientFromCredentials().custodian(product);
      print(view, options.json, () =>
        [
          `Health ${view.health.score}/100${view.health.isBloated ? '  (bloated: too many untouched items for the team’s pace)' : ''}`,
          ...view.health.parts.map(
            (part) => `  ${part.part.padEnd(12)} ${String(part.score).padStart(3)}  ${part.detail}`,
          ),
          '',
          `${String(view.untriaged.count).padStart(4)}  requests waiting in triage${view.untriaged.count ? ` (oldest ${view.untriaged.oldestDays} days)` : ''}`,
          ...view.signals.map(
            (signal) => `${String(signal.count).padStart(4)}  ${signalWords[signal.name] ?? signal.name}`,
          ),
        ].join('\n'),
      );
    });

  program
    .command('stale <product>')
    .description('the stale rule: a dry run (default), or --apply to archive what it lists')
    .option('--dry-run', 'list what would be archived and why (the default)')
    .option('--apply', 'archive the stale items with the reason "stale"')
    .option('--keep <keys>', 'with --apply: items to leave alone (comma-separated)', list)
    .option('--undo <runId>', 'undo an earlier run')
    .option('--runs', 'the latest runs, newest first, and whether each was undone')
    .option(...yesOption)
    .option(...jsonOption)
    .addHelpText(
      'after',
      example(
        'ordo stale PAY',
        'ordo stale PAY --apply --keep PAY-7 --yes',
        'ordo stale PAY --undo <run id from --runs>',
      ),
    )
    .action(async (product: string, options) => {
      const client = clientFromCredentials();
      if (options.runs) {
        const runs = await client.staleRuns(product);
        print(runs, options.json, () => staleRunsText(runs.data));
        return;
      }
      if (options.undo) {
        const undone = await client.undoStaleRun(options.undo);
        print(undone, options.json, () => `Restored ${undone.restored.length} items to their places.`);
        return;
      }
      if (options.apply && options.dryRun) throw usageError('choose --dry-run or --apply');
      if (options.apply) {
        await confirm(`Archive the stale items of ${product}?`, options);
        const applied = await client.applyStaleRule(product, options.keep);
        print(applied, options.json, () =>
          applied.archived.length
            ? `Archived ${applied.archived.length} stale items: ${applied.archived.join(', ')}\nUndo with: ordo stale ${product} --undo ${applied.runId}`
            : 'Nothing is stale.',
        );
        return;
      }
      const dry = await client.staleDryRun(product);
      print(dry, options.json, () =>
        dry.data.length
          ? [
              `${dry.data.length} items would be archived as stale:`,
              ...dry.data.map(
                (c) => `  ${c.key.padEnd(10)} ${c.lastActivityAt.slice(0, 10)}  ${c.title}  — ${c.why}`,
              ),
            ].join('\n')
          : 'Nothing is stale.',
      );
    });
}
