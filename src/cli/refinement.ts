import type { Command } from 'commander';
import { sessionNumbered } from '../client/find.ts';
import type { RefinementSession, SessionView } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { columns, day } from './format.ts';
import { example, jsonOption, list, print } from './options.ts';

const sessionTable = (sessions: RefinementSession[]) =>
  columns(
    ['#', 'STATE', 'SCHEDULED', 'SUMMARY'],
    sessions.map((s) => [
      String(s.number),
      s.state,
      day(s.scheduledFor),
      s.summary ? `${s.summary.discussed} discussed, ${s.summary.nowReady} now ready` : '',
    ]),
    'No refinement sessions.',
  );

export const sessionText = (view: SessionView) =>
  [
    `Session ${view.number} of ${view.productKey}: ${view.state}, ${day(view.scheduledFor)}`,
    view.attendees.length
      ? `Attending: ${view.attendees.map((a) => a.name).join(', ')}`
      : 'No one has joined.',
    '',
    columns(
      ['KEY', 'READY', 'OUTCOME', 'TITLE / NOTES'],
      view.agenda.map((entry) => [
        entry.item.key,
        entry.isReady ? 'ready' : `lacks ${entry.lacks.length}`,
        entry.outcome ?? '-',
        `${entry.item.title}${entry.notes ? ` — ${entry.notes}` : ''}`,
      ]),
      'The agenda is empty.',
    ),
    ...(view.poker ? ['', `Poker on ${view.poker.itemKey}: ${view.poker.state}`] : []),
  ].join('\n');

export function registerRefinementCommands(program: Command): void {
  const refinement = program
    .command('refinement')
    .description('refinement sessions: schedule, agenda, run, notes; whether an item may be committed');

  refinement
    .command('list <product>')
    .description('refinement sessions, newest first')
    .option(...jsonOption)
    .addHelpText('after', example('ordo refinement list PAY'))
    .action(async (product: string, options) => {
      const page = await clientFromCredentials().listSessions(product);
      print(page, options.json, () => sessionTable(page.data));
    });

  refinement
    .command('schedule <product>')
    .description('schedule a session; its agenda is proposed from the top of the backlog unless given')
    .option('--at <instant>', 'when, like 2026-12-08T10:00:00Z')
    .option('--items <keys>', 'the agenda (comma-separated keys)', list)
    .option(...jsonOption)
    .addHelpText('after', example('ordo refinement schedule PAY --at 2026-12-08T10:00:00Z'))
    .action(async (product: string, options) => {
      const session = await clientFromCredentials().scheduleSession(product, {
        ...(options.at && { scheduledFor: options.at }),
        ...(options.items && { itemKeys: options.items }),
      });
      print(
        session,
        options.json,
        () => `Scheduled session ${session.number} for ${day(session.scheduledFor)}.`,
      );
    });

  refinement
    .command('show <product> <session>')
    .description('a session: its agenda with readiness, who attends, the open poker round')
    .option(...jsonOption)
    .addHelpText('after', example('ordo refinement show PAY 2'))
    .action(async (product: string, number: string, options) => {
      const client = clientFromCredentials();
      const view = await client.getSession((await sessionNumbered(client, product, number)).id);
      print(view, options.json, () => sessionText(view));
    });

  refinement
    .command('agenda <product> <session> <items>')
    .description('replace the agenda (comma-separated keys, in order)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo refinement agenda PAY 2 PAY-12,PAY-15,PAY-9'))
    .action(async (product: string, number: string, items: string, options) => {
      const client = clientFromCredentials();
      const view = await client.setAgenda((await sessionNumbered(client, product, number)).id, list(items));
      print(view, options.json, () => sessionText(view));
    });

  for (const [verb, description] of [
    ['start', 'start the session'],
    ['join', 'join a running session'],
    ['end', 'end the session and record its summary'],
  ] as const) {
    refinement
      .command(`${verb} <product> <session>`)
      .description(description)
      .option(...jsonOption)
      .addHelpText('after', example(`ordo refinement ${verb} PAY 2`))
      .action(async (product: string, number: string, options) => {
        const client = clientFromCredentials();
        const id = (await sessionNumbered(client, product, number)).id;
        const act = { start: client.startSession, join: client.joinSession, end: client.endSession }[verb];
        const view = await act(id);
        print(view, options.json, () => sessionText(view));
      });
  }

  refinement
    .command('note <product> <session> <item>')
    .description('notes and outcome for an agenda item')
    .option('--notes <text>', 'what was said (markdown)')
    .option('--outcome <outcome>', 'clarified | estimated | split | reranked | archived | skipped | none')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo refinement note PAY 2 PAY-12 --notes "Only SEPA for now" --outcome clarified'),
    )
    .action(async (product: string, number: string, item: string, options) => {
      const client = clientFromCredentials();
      const id = (await sessionNumbered(client, product, number)).id;
      const note = {
        ...(options.notes !== undefined && { notes: options.notes }),
        ...(options.outcome !== undefined && {
          outcome: options.outcome === 'none' ? null : options.outcome,
        }),
      };
      await client.noteAgendaItem(id, item, note);
      print({ itemKey: item, ...note }, options.json, () => `Noted ${item}.`);
    });

  refinement
    .command('commitment-check <item>')
    .description('whether an item may be committed to a sprint, and what it lacks')
    .option(...jsonOption)
    .addHelpText('after', example('ordo refinement commitment-check PAY-12'))
    .action(async (key: string, options) => {
      const check = await clientFromCredentials().commitmentCheck(key);
      print(check, options.json, () =>
        check.isReady
          ? `${key} is ready.`
          : `${key} is not ready${check.isRefused ? ' and would be refused' : ''}: lacks ${check.lacks.map((l) => l.label).join(', ')}`,
      );
    });
}
