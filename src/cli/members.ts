import { type Command, InvalidArgumentError } from 'commander';
import type { Member } from '../client/ordo-client.ts';
import { type ProductRole, productRoles } from '../domain/permissions.ts';
import { clientFromCredentials } from './credentials.ts';
import { notFoundError } from './exit-codes.ts';
import { columns } from './format.ts';
import { example, jsonOption, print } from './options.ts';

const role = (value: string): ProductRole => {
  if (!(productRoles as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`a role is one of ${productRoles.join(', ')}, not ${value}`);
  }
  return value as ProductRole;
};

async function setRole(product: string, email: string, chosen: ProductRole, asJson: boolean, verb: string) {
  const member = await clientFromCredentials().setMemberRole(product, email, chosen);
  print(member, asJson, () => `${verb} ${member.name}: ${member.role} in ${product.toUpperCase()}`);
}

export function registerMemberCommands(program: Command): void {
  const members = program
    .command('members')
    .description('who is in a product and with which role: list, add, set-role, remove (owners change them)');

  members
    .command('list <product>')
    .description('the product’s members and their roles')
    .option(...jsonOption)
    .addHelpText('after', example('ordo members list PAY'))
    .action(async (product: string, options) => {
      const page = await clientFromCredentials().listMembers(product);
      print(page, options.json, () =>
        columns(
          ['EMAIL', 'ROLE', 'NAME'],
          page.data.map((member: Member) => [
            member.email,
            member.role,
            `${member.name}${member.status === 'invited' ? ' (invited)' : ''}`,
          ]),
          'No members.',
        ),
      );
    });

  members
    .command('add <product> <email>')
    .description('give a person of the workspace a role in the product')
    .option('--role <role>', productRoles.join(' | '), role, 'member')
    .option(...jsonOption)
    .addHelpText('after', example('ordo members add PAY kim@tally.example --role editor'))
    .action(async (product: string, email: string, options) =>
      setRole(product, email, options.role, options.json, 'Added'),
    );

  members
    .command('set-role <product> <email> <role>')
    .description('change a member’s role (a product keeps at least one owner)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo members set-role PAY kim@tally.example owner'))
    .action(async (product: string, email: string, chosen: string, options) =>
      setRole(product, email, role(chosen), options.json, 'Made'),
    );

  members
    .command('remove <product> <email>')
    .description('take a person out of the product (what they did stays theirs)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo members remove PAY kim@tally.example'))
    .action(async (product: string, email: string, options) => {
      const client = clientFromCredentials();
      const member = (await client.listMembers(product)).data.find(
        (m) => m.email === email.trim().toLowerCase(),
      );
      if (!member) throw notFoundError(`${email} is not a member of ${product.toUpperCase()}`);
      await client.removeMember(product, member.personId);
      print({ removed: member }, options.json, () => `Took ${member.name} out of ${product.toUpperCase()}`);
    });
}
