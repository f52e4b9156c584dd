import type { Command } from 'commander';
import { sprintNumbered } from '../client/find.ts';
import type { OrdoClient, Sprint, Unfinished } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { columns, day, itemTable } from './format.ts';
import { example, integer, jsonOption, list, print } from './options.ts';

const sprintTable = (sprints: Sprint[]) =>
  columns(
    ['#', 'STATE', 'DATES', 'POINTS', 'NAME / GOAL'],
    sprints.map((sprint) => [
      String(sprint.number),
      sprint.state,
      `${day(sprint.startsOn)} → ${day(sprint.endsOn)}`,
      // Done and committed points are set when a sprint closes; before, its capacity alone.
      sprint.committedPoints === null
        ? `capacity ${sprint.capacityPoints}`
        : `${sprint.completedPoints ?? 0}/${sprint.committedPoints} of ${sprint.capacityPoints}`,
      [sprint.name, sprint.goal].filter(Boolean).join(' — '),
    ]),
    'No sprints.',
  );

/** `--carry-over top|where-it-was|next`: where a closed sprint's unfinished items go. */
async function unfinishedFrom(
  client: OrdoClient,
  product: string,
  sprint: Sprint,
  carryOver: string,
): Promise<Unfinished> {
  if (carryOver === 'top') return { to: 'backlog', place: 'top' };
  if (carryOver === 'where-it-was') return { to: 'backlog', place: 'where_it_was' };
  const next = await sprintNumbered(
    client,
    product,
    carryOver === 'next' ? String(sprint.number + 1) : carryOver,
  );
  return { to: 'sprint', sprintId: next.id };
}

export function registerSprintCommands(program: Command): void {
  const sprints = program
    .command('sprints')
    .description('sprints: plan, commit, start, run the board, close; the forecast');

  sprints
    .command('list <product>')
    .description('the product’s sprints, newest first')
    .option(...jsonOption)
    .addHelpText('after', example('ordo sprints list PAY'))
    .action(async (product: string, options) => {
      const page = await clientFromCredentials().listSprints(product);
      print(page, options.json, () => sprintTable(page.data));
    });

  sprints
    .command('create <product>')
    .description('plan a sprint: its dates and capacity, a name and goal if you like')
    .requiredOption('--starts <day>', 'first day, YYYY-MM-DD')
    .requiredOption('--ends <day>', 'last day, YYYY-MM-DD')
    .requiredOption('--capacity <points>', 'the points the team can take on', integer)
    .option('--name <text>', 'its name')
    .option('--goal <text>', 'its goal')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example(
        'ordo sprints create PAY --starts 2026-12-07 --ends 2026-12-18 --capacity 30 --goal "Invoices in CSV"',
      ),
    )
    .action(async (product: string, options) => {
      const sprint = await clientFromCredentials().createSprint(product, {
        startsOn: options.starts,
        endsOn: options.ends,
        capacityPoints: options.capacity,
        ...(options.name && { name: options.name }),
        ...(options.goal && { goal: options.goal }),
      });
      print(
        sprint,
        options.json,
        () => `Planned sprint ${sprint.number} (${sprint.startsOn} → ${sprint.endsOn})`,
      );
    });

  sprints
    .command('plan <product> <sprint>')
    .description('the ready items from the top that fit the capacity left (changes nothing)')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example(
        'ordo sprints plan PAY 4',
        'ordo sprints commit PAY 4 $(ordo sprints plan PAY 4 --json | jq -r ".proposed | join(\\",\\")")',
      ),
    )
    .action(async (product: string, number: string, options) => {
      const client = clientFromCredentials();
      const proposal = await client.sprintProposal((await sprintNumbered(client, product, number)).id);
      print(proposal, options.json, () =>
        [
          `Proposed (${proposal.points} of ${proposal.capacity - proposal.alreadyCommitted} points left): ${proposal.proposed.join(', ') || 'nothing'}`,
          ...proposal.skipped.map((s) => `  passed over ${s.key}: ${s.reason.replaceAll('_', ' ')}`),
        ].join('\n'),
      );
    });

  sprints
    .command('commit <product> <sprint> <items>')
    .description('commit items (comma-separated keys) to the sprint: they leave the product backlog')
    .option(...jsonOption)
    .addHelpText('after', example('ordo sprints commit PAY 4 PAY-12,PAY-15'))
    .action(async (product: string, number: string, items: string, options) => {
      const client = clientFromCredentials();
      const sprint = await sprintNumbered(client, product, number);
      const result = await client.commitToSprint(sprint.id, list(items));
      print(result, options.json, () =>
        [
          `Committed to sprint ${sprint.number}: ${result.committed.join(', ')}`,
          ...result.warnings.map((w) => `  warning: ${w.key} is not ready (lacks ${w.lacks.join(', ')})`),
        ].join('\n'),
      );
    });

  sprints
    .command('return <product> <sprint> <item>')
    .description('give an item back to the product backlog, where it was unless --top')
    .option('--top', 'at the top of the product backlog')
    .option(...jsonOption)
    .addHelpText('after', example('ordo sprints return PAY 4 PAY-15 --top'))
    .action(async (product: string, number: string, item: string, options) => {
      const client = clientFromCredentials();
      const sprint = await sprintNumbered(client, product, number);
      await client.returnToBacklog(sprint.id, item, options.top);
      print({ returned: item }, options.json, () => `Returned ${item} to the product backlog.`);
    });

  sprints
    .command('start <product> <sprint>')
    .description('start the sprint')
    .option(...jsonOption)
    .addHelpText('after', example('ordo sprints start PAY 4'))
    .action(async (product: string, number: string, options) => {
      const client = clientFromCredentials();
      const sprint = await client.startSprint((await sprintNumbered(client, product, number)).id);
      print(sprint, options.json, () => `Started sprint ${sprint.number}.`);
    });

  sprints
    .command('board <product> <sprint>')
    .description('the sprint board in its own order')
    .option(...jsonOption)
    .addHelpText('after', example('ordo sprints board PAY 4'))
    .action(async (product: string, number: string, options) => {
      const client = clientFromCredentials();
      const board = await client.sprintBoard((await sprintNumbered(client, product, number)).id);
      print(board, options.json, () => [sprintTable([board.sprint]), '', itemTable(board.cards)].join('\n'));
    });

  sprints
    .command('move <product> <sprint> <item>')
    .description('move a card on the board: its column (status) and, if you like, its place')
    .requiredOption('--status <status>', 'open | in_progress | on_hold | done')
    .option('--hold-reason <text>', 'why it is on hold')
    .option('--before <item>', 'just above another card')
    .option('--after <item>', 'just below another card')
    .option(...jsonOption)
    .addHelpText('after', example('ordo sprints move PAY 4 PAY-12 --status in_progress --before PAY-15'))
    .action(async (product: string, number: string, item: string, options) => {
      const client = clientFromCredentials();
      const sprint = await sprintNumbered(client, product, number);
      const card = await client.moveCard(sprint.id, {
        itemKey: item,
        status: options.status,
        ...(options.holdReason !== undefined && { holdReason: options.holdReason }),
        ...(options.before && { before: options.before }),
        ...(options.after && { after: options.after }),
      });
      print(card, options.json, () => `Moved ${card.key} to ${card.status}.`);
    });

  sprints
    .command('close <product> <sprint>')
    .description('close the sprint; its unfinished items go back to the backlog or on to a sprint')
    .requiredOption(
      '--carry-over <where>',
      'top (of the backlog) | where-it-was (in the backlog) | next (sprint) | a sprint number',
    )
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo sprints close PAY 3 --carry-over top', 'ordo sprints close PAY 3 --carry-over next'),
    )
    .action(async (product: string, number: string, options) => {
      const client = clientFromCredentials();
      const sprint = await sprintNumbered(client, product, number);
      const closed = await client.closeSprint(
        sprint.id,
        await unfinishedFrom(client, product, sprint, options.carryOver),
      );
      print(
        closed,
        options.json,
        () =>
          `Closed sprint ${closed.number}: ${closed.completedPoints} of ${closed.committedPoints} points done.`,
      );
    });

  sprints
    .command('forecast <product>')
    .description('where the coming sprints are likely to end in the backlog, at the team’s velocity')
    .option(...jsonOption)
    .addHelpText('after', example('ordo sprints forecast PAY'))
    .action(async (product: string, options) => {
      const forecast = await clientFromCredentials().forecast(product);
      print(forecast, options.json, () =>
        forecast.velocity === null
          ? 'No velocity yet: close a sprint, or set one with `ordo products settings`.'
          : [
              `Velocity ${forecast.velocity} points a sprint (${forecast.basis})`,
              ...forecast.boundaries.map(
                (b) => `  sprint +${b.sprint}: up to ${b.afterKey} (${b.points} points)`,
              ),
            ].join('\n'),
      );
    });
}
