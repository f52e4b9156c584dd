import type { Command } from 'commander';
import type { Roadmap } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { burnUpText } from './format.ts';
import { example, integer, jsonOption, print } from './options.ts';

/** What the backlog tells those who read it: the stakeholder roadmap and progress insights. */

const roadmapText = (roadmap: Roadmap) =>
  (['now', 'next', 'later'] as const)
    .map((horizon) =>
      [
        horizon.toUpperCase(),
        ...(roadmap[horizon].length
          ? roadmap[horizon].map(
              (entry) => `  ${entry.key.padEnd(10)} ${entry.status.padEnd(12)} ${entry.title}`,
            )
          : ['  (nothing)']),
      ].join('\n'),
    )
    .join('\n\n');

export function registerInsightCommands(program: Command): void {
  program
    .command('roadmap <product>')
    .description('now, next and later, generated from the order')
    .option(...jsonOption)
    .addHelpText('after', example('ordo roadmap PAY'))
    .action(async (product: string, options) => {
      const roadmap = await clientFromCredentials().roadmap(product);
      print(roadmap, options.json, () => roadmapText(roadmap));
    });

  program
    .command('insights <product>')
    .description('progress and flow: at a glance, velocity, burn-up, lead and cycle time, throughput')
    .option('--weeks <n>', 'how many weeks back', integer, 12)
    .option(...jsonOption)
    .addHelpText('after', example('ordo insights PAY --weeks 8', 'ordo insights PAY --json | jq .leadTime'))
    .action(async (product: string, options) => {
      const insights = await clientFromCredentials().insights(product, options.weeks);
      const { glance, velocity, leadTime, cycleTime, burnUp } = insights;
      print(insights, options.json, () =>
        [
          `Shipped this quarter: ${glance.shippedThisQuarter} · in progress: ${glance.inProgress} · on hold: ${glance.onHold.length}`,
          ...glance.onHold.map(
            (item) => `  ${item.key} ${item.title}${item.reason ? ` (${item.reason})` : ''}`,
          ),
          '',
          'Velocity (completed of committed):',
          ...(velocity.length
            ? velocity.map((v) => `  ${v.sprint}: ${v.completed}/${v.committed}`)
            : ['  no closed sprints']),
          '',
          `Lead time: ${leadTime.p50 ?? '-'} days (median), ${leadTime.p85 ?? '-'} (85%) over ${leadTime.count} items`,
          `Cycle time: ${cycleTime.p50 ?? '-'} days (median), ${cycleTime.p85 ?? '-'} (85%)`,
          ...(burnUp ? ['', `Burn-up of ${burnUp.sprint}:`, burnUpText(burnUp.series)] : []),
        ].join('\n'),
      );
    });
}
