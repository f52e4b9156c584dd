import { type Command, InvalidArgumentError } from 'commander';
import type { OrdoClient, Person } from '../client/ordo-client.ts';
import { productRoles } from '../domain/permissions.ts';
import { clientFromCredentials } from './credentials.ts';
import { notFoundError } from './exit-codes.ts';
import { columns, day } from './format.ts';
import { example, jsonOption, onOff, print } from './options.ts';
import { readPassword } from './prompt.ts';

const peopleTable = (people: Person[]) =>
  columns(
    ['EMAIL', 'STATE', 'ADMIN', 'SINCE', 'NAME'],
    people.map((person) => [
      person.email,
      person.status,
      person.isAdmin ? 'admin' : '',
      day(person.deactivatedAt ?? person.joinedAt ?? person.createdAt),
      person.name,
    ]),
    'No one.',
  );

/** A person named by email (or id), as the admin commands take them. */
async function personNamed(client: OrdoClient, who: string): Promise<Person> {
  const people = (await client.listPeople()).data;
  const person = people.find((p) => p.email === who.trim().toLowerCase() || p.id === who);
  if (!person) throw notFoundError(`no one in this workspace is ${who}`);
  return person;
}

/** `--product PAY:editor`: a product to land in, and the role in it. */
const productRole = (value: string, previous: { productKey: string; role: string }[] = []) => {
  const [productKey, role = 'member'] = value.split(':');
  if (!productKey || !(productRoles as readonly string[]).includes(role)) {
    throw new InvalidArgumentError(`--product is KEY or KEY:role (${productRoles.join(', ')}), not ${value}`);
  }
  return [...previous, { productKey, role }];
};

export function registerPeopleCommands(program: Command): void {
  const people = program
    .command('people')
    .description('the workspace’s people: list, invite, edit, deactivate, reactivate (admins change them)');

  people
    .command('list')
    .description('everyone in the workspace, or those invited, active or deactivated')
    .option('--status <status>', 'invited | active | deactivated')
    .option(...jsonOption)
    .addHelpText('after', example('ordo people list --status invited'))
    .action(async (options) => {
      const page = await clientFromCredentials().listPeople({ status: options.status });
      print(page, options.json, () => peopleTable(page.data));
    });

  people
    .command('invite <email>')
    .description('invite someone (admins): they get a mail with a link valid 7 days to set their password')
    .requiredOption('--name <name>', 'their name')
    .option('--admin', 'make them a workspace admin')
    .option(
      '--product <KEY:role>',
      'a product they land in, with their role (repeat for several)',
      productRole,
    )
    .option(...jsonOption)
    .addHelpText('after', example('ordo people invite kim@tally.example --name Kim --product PAY:editor'))
    .action(async (email: string, options) => {
      const invited = await clientFromCredentials().invitePerson({
        name: options.name,
        email,
        ...(options.admin && { isAdmin: true }),
        ...(options.product && { products: options.product }),
      });
      print(invited, options.json, () =>
        [
          `Invited ${invited.person.name} <${invited.person.email}>: the mail is on its way.`,
          'If mail is not set up, pass this one-time link on yourself:',
          invited.link,
        ].join('\n'),
      );
    });

  people
    .command('resend <email>')
    .description('send an invitation again with a new link (the old one stops working)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo people resend kim@tally.example'))
    .action(async (who: string, options) => {
      const client = clientFromCredentials();
      const resent = await client.resendInvitation((await personNamed(client, who)).id);
      print(resent, options.json, () => `Sent ${resent.person.name} a new invitation:\n${resent.link}`);
    });

  people
    .command('reset-password <email>')
    .description('mail someone a link to set a new password (valid 1 hour)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo people reset-password kim@tally.example'))
    .action(async (who: string, options) => {
      const client = clientFromCredentials();
      const person = await personNamed(client, who);
      const sent = await client.sendPasswordReset(person.id);
      print(sent, options.json, () => `Sent ${person.name} a password reset link:\n${sent.link}`);
    });

  people
    .command('deactivate <email>')
    .description('deactivate someone (admins): their sessions and tokens end at once')
    .option(...jsonOption)
    .addHelpText('after', example('ordo people deactivate kim@tally.example'))
    .action(async (who: string, options) => {
      const client = clientFromCredentials();
      const person = await client.deactivatePerson((await personNamed(client, who)).id);
      print(person, options.json, () => `Deactivated ${person.name}: signed out everywhere, tokens revoked.`);
    });

  people
    .command('reactivate <email>')
    .description('let a deactivated person sign in again, with the roles they had')
    .option(...jsonOption)
    .addHelpText('after', example('ordo people reactivate kim@tally.example'))
    .action(async (who: string, options) => {
      const client = clientFromCredentials();
      const person = await client.reactivatePerson((await personNamed(client, who)).id);
      print(person, options.json, () => `Reactivated ${person.name}.`);
    });
  people
    .command('create <email>')
    .description('add someone with a password you pass on yourself (admins; inviting is the usual way)')
    .requiredOption('--name <name>', 'their name')
    .option('--admin', 'make them a workspace admin')
    .option('--password-stdin', 'read their password from standard input')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo people create kim@tally.example --name Kim --password-stdin < kim.txt'),
    )
    .action(async (email: string, options) => {
      const person = await clientFromCredentials().createPerson({
        name: options.name,
        email,
        password: await readPassword(options.passwordStdin ?? false),
        ...(options.admin && { isAdmin: true }),
      });
      print(person, options.json, () => `Added ${person.name} <${person.email}>.`);
    });

  people
    .command('edit <email>')
    .description('change someone’s name, email or admin right (admins)')
    .option('--name <name>', 'their name')
    .option('--email <email>', 'their new email')
    .option('--admin <on|off>', 'whether they are a workspace admin', onOff)
    .option(...jsonOption)
    .addHelpText('after', example('ordo people edit kim@tally.example --admin on'))
    .action(async (who: string, options) => {
      const client = clientFromCredentials();
      const person = await client.updatePerson((await personNamed(client, who)).id, {
        ...(options.name !== undefined && { name: options.name }),
        ...(options.email !== undefined && { email: options.email }),
        ...(options.admin !== undefined && { isAdmin: options.admin }),
      });
      print(
        person,
        options.json,
        () => `Saved ${person.name} <${person.email}>${person.isAdmin ? ' (admin)' : ''}.`,
      );
    });

  people
    .command('reset-two-factor <email>')
    .description('take someone’s second factor away (a lost phone): their sessions end (admins)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo people reset-two-factor kim@tally.example'))
    .action(async (who: string, options) => {
      const client = clientFromCredentials();
      const person = await client.resetTwoFactor((await personNamed(client, who)).id);
      print(
        person,
        options.json,
        () => `${person.name} signs in with a password alone until they set up two-factor again.`,
      );
    });
}
