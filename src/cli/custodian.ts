import type { Command } from 'commander';
import { clientFromCredentials } from './credentials.ts';
import { usageError } from './exit-codes.ts';
import { list, print } from './options.ts';

const signalWords: Record<string, string> = {
  untagged: 'items with no tags',
  top_not_ready: 'of the top 20 not ready',
  in_closed_sprint: 'in progress in a closed sprint',
  done_unchecked: 'done with unchecked criteria',
  hold_without_reason: 'on hold with no reason',
  stale: 'stale',
  going_stale: 'going stale at the end of the quarter',
};

export function registerCustodianCommands(program: Command): void {
  program
    .command('custodian <product>')
    .description('what needs the custodian today: triage, hygiene signals, health')
    .option('--json', 'print JSON')
    .action(async (product: string, options) => {
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
    .option('--json', 'print JSON')
    .action(async (product: string, options) => {
      const client = clientFromCredentials();
      if (options.undo) {
        const undone = await client.undoStaleRun(options.undo);
        print(undone, options.json, () => `Restored ${undone.restored.length} items to their places.`);
        return;
      }
      if (options.apply && options.dryRun) throw usageError('choose --dry-run or --apply');
      if (options.apply) {
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
