import type { Command } from 'commander';
import { sessionNumbered } from '../client/find.ts';
import type { OrdoClient, PokerRound } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { example, integer, jsonOption, list, print } from './options.ts';

const roundText = (round: PokerRound) =>
  [
    `${round.itemKey}  ${round.itemTitle}: ${round.state}${round.agreedEstimate !== null ? `, agreed ${round.agreedEstimate}` : ''}`,
    ...round.votes.map((vote) => `  ${vote.name}: ${vote.card ?? 'voted'}`),
    ...(round.myCard ? [`Your card: ${round.myCard}`] : []),
  ].join('\n');

/** The round open in a session: poker is played in a session, so people name the session. */
async function openRound(client: OrdoClient, product: string, session: string): Promise<string> {
  const view = await client.getSession((await sessionNumbered(client, product, session)).id);
  if (!view.poker)
    throw new Error(`no poker round is open in session ${session}: \`ordo poker start\` opens one`);
  return view.poker.id;
}

export function registerPokerCommands(program: Command): void {
  const poker = program
    .command('poker')
    .description('planning poker in a refinement session: start, vote unseen, reveal, agree');

  poker
    .command('start <product> <session> <item>')
    .description('open a round on an agenda item')
    .option('--deck <cards>', 'the cards (comma-separated), instead of the usual deck', list)
    .option(...jsonOption)
    .addHelpText('after', example('ordo poker start PAY 2 PAY-12'))
    .action(async (product: string, session: string, item: string, options) => {
      const client = clientFromCredentials();
      const round = await client.startPoker(
        (await sessionNumbered(client, product, session)).id,
        item,
        options.deck,
      );
      print(round, options.json, () => roundText(round));
    });

  poker
    .command('show <product> <session>')
    .description('the open round: who voted; the cards only once revealed')
    .option(...jsonOption)
    .addHelpText('after', example('ordo poker show PAY 2'))
    .action(async (product: string, session: string, options) => {
      const client = clientFromCredentials();
      const round = await client.pokerRound(await openRound(client, product, session));
      print(round, options.json, () => roundText(round));
    });

  poker
    .command('vote <product> <session> <card>')
    .description('vote (or change your vote), unseen until revealed')
    .option(...jsonOption)
    .addHelpText('after', example('ordo poker vote PAY 2 5'))
    .action(async (product: string, session: string, card: string, options) => {
      const client = clientFromCredentials();
      const round = await client.vote(await openRound(client, product, session), card);
      print(round, options.json, () => `Voted ${card} on ${round.itemKey}.`);
    });

  for (const [verb, description] of [
    ['reveal', 'reveal every vote at once'],
    ['revote', 'clear the votes and vote again'],
  ] as const) {
    poker
      .command(`${verb} <product> <session>`)
      .description(description)
      .option(...jsonOption)
      .addHelpText('after', example(`ordo poker ${verb} PAY 2`))
      .action(async (product: string, session: string, options) => {
        const client = clientFromCredentials();
        const id = await openRound(client, product, session);
        const round = await (verb === 'reveal' ? client.reveal(id) : client.revote(id));
        print(round, options.json, () => roundText(round));
      });
  }

  poker
    .command('agree <product> <session> <estimate>')
    .description('record the agreed estimate on the item')
    .option(...jsonOption)
    .addHelpText('after', example('ordo poker agree PAY 2 5'))
    .action(async (product: string, session: string, estimate: string, options) => {
      const client = clientFromCredentials();
      const round = await client.agree(await openRound(client, product, session), integer(estimate));
      print(round, options.json, () => `Agreed ${round.agreedEstimate} points for ${round.itemKey}.`);
    });
}
