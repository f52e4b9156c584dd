import type { Command } from 'commander';
import { releaseNamed, sprintNumbered } from '../client/find.ts';
import type { ReleaseNotesScope, ReleaseProgress } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { burnUpText, columns, day } from './format.ts';
import { example, jsonOption, list, print } from './options.ts';

const releaseTable = (releases: ReleaseProgress[]) =>
  columns(
    ['NAME', 'TARGET', 'SHIPPED', 'ITEMS DONE', 'POINTS DONE'],
    releases.map((release) => [
      release.name,
      day(release.targetDate),
      day(release.shippedOn),
      `${release.doneItems}/${release.items}`,
      `${release.donePoints}/${release.points}`,
    ]),
    'No releases.',
  );

/** `none` clears a date; anything else is the day itself, checked by the server. */
const dayOrNone = (value: string) => (value === 'none' ? null : value);

export function registerReleaseCommands(program: Command): void {
  const releases = program
    .command('releases')
    .description('releases: plan items into them, ship them, their burn-up and release notes');

  releases
    .command('list <product>')
    .description('releases, newest first, with what is planned into each and how much is done')
    .option(...jsonOption)
    .addHelpText('after', example('ordo releases list PAY'))
    .action(async (product: string, options) => {
      const all = await clientFromCredentials().releases(product);
      print(all, options.json, () => releaseTable(all));
    });

  releases
    .command('create <product> <name>')
    .description('create a release')
    .option('--target <day>', 'the day it should ship, YYYY-MM-DD')
    .option(...jsonOption)
    .addHelpText('after', example('ordo releases create PAY "2027.1" --target 2027-01-31'))
    .action(async (product: string, name: string, options) => {
      const release = await clientFromCredentials().createRelease(product, {
        name,
        ...(options.target && { targetDate: options.target }),
      });
      print(release, options.json, () => `Created release ${release.name}.`);
    });

  releases
    .command('edit <product> <release>')
    .description('rename, date or ship a release (`--shipped none` takes shipping back)')
    .option('--name <name>', 'a new name')
    .option('--target <day>', 'the day it should ship, or none', dayOrNone)
    .option('--shipped <day>', 'the day it shipped, or none', dayOrNone)
    .option(...jsonOption)
    .addHelpText('after', example('ordo releases edit PAY 2027.1 --shipped 2027-01-29'))
    .action(async (product: string, name: string, options) => {
      const client = clientFromCredentials();
      const release = await client.updateRelease((await releaseNamed(client, product, name)).id, {
        ...(options.name && { name: options.name }),
        ...(options.target !== undefined && { targetDate: options.target }),
        ...(options.shipped !== undefined && { shippedOn: options.shipped }),
      });
      print(release, options.json, () => `Saved release ${release.name}.`);
    });

  releases
    .command('add <product> <release> <items>')
    .description('plan items (comma-separated keys) into the release; they leave any other')
    .option(...jsonOption)
    .addHelpText('after', example('ordo releases add PAY 2027.1 PAY-12,PAY-15'))
    .action(async (product: string, name: string, items: string, options) => {
      const client = clientFromCredentials();
      const planned = await client.planIntoRelease(
        (await releaseNamed(client, product, name)).id,
        list(items),
      );
      print(planned, options.json, () => `Planned into ${name}: ${planned.planned.join(', ')}`);
    });

  releases
    .command('remove <product> <release> <item>')
    .description('take an item out of the release')
    .option(...jsonOption)
    .addHelpText('after', example('ordo releases remove PAY 2027.1 PAY-15'))
    .action(async (product: string, name: string, item: string, options) => {
      const client = clientFromCredentials();
      await client.takeOutOfRelease((await releaseNamed(client, product, name)).id, item);
      print({ removed: item }, options.json, () => `Took ${item} out of ${name}.`);
    });

  releases
    .command('burn-up <product> <release>')
    .description('points planned and done, day by day')
    .option(...jsonOption)
    .addHelpText('after', example('ordo releases burn-up PAY 2027.1'))
    .action(async (product: string, name: string, options) => {
      const client = clientFromCredentials();
      const burnUp = await client.releaseBurnUp((await releaseNamed(client, product, name)).id);
      print(burnUp, options.json, () => burnUpText(burnUp.series));
    });

  releases
    .command('notes <product>')
    .description(
      'release notes in markdown, by type: of a release, a sprint, or what shipped between two days',
    )
    .option('--release <name>', 'a release')
    .option('--sprint <number>', 'a sprint')
    .option('--from <day>', 'with --to: shipped from this day (YYYY-MM-DD)')
    .option('--to <day>', 'with --from: shipped up to this day')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example(
        'ordo releases notes PAY --release 2027.1 > NOTES.md',
        'ordo releases notes PAY --from 2026-11-01 --to 2026-11-30',
      ),
    )
    .action(async (product: string, options) => {
      const client = clientFromCredentials();
      let scope: ReleaseNotesScope;
      if (options.release) scope = { release: (await releaseNamed(client, product, options.release)).id };
      else if (options.sprint) scope = { sprint: (await sprintNumbered(client, product, options.sprint)).id };
      else if (options.from && options.to) scope = { from: options.from, to: options.to };
      else throw new Error('say which: --release NAME, --sprint NUMBER, or --from DAY --to DAY');
      const notes = await client.releaseNotes(product, scope);
      print(notes, options.json, () => notes);
    });
}
