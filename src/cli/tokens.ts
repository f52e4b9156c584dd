import type { Command } from 'commander';
import { clientFromCredentials } from './credentials.ts';
import { columns, day } from './format.ts';
import { example, integer, jsonOption, print } from './options.ts';

export function registerTokenCommands(program: Command): void {
  const tokens = program.command('tokens').description('your API tokens: list, create, revoke');

  tokens
    .command('list')
    .description('your tokens, newest first, with their last use')
    .option(...jsonOption)
    .addHelpText('after', example('ordo tokens list'))
    .action(async (options) => {
      const page = await clientFromCredentials().listTokens();
      print(page, options.json, () =>
        columns(
          ['ID', 'CREATED', 'LAST USED', 'EXPIRES', 'STATE', 'NAME'],
          page.data.map((token) => [
            token.id,
            day(token.createdAt),
            day(token.lastUsedAt),
            token.expiresAt ? day(token.expiresAt) : 'never',
            token.revokedAt
              ? 'revoked'
              : token.expiresAt && new Date(token.expiresAt) <= new Date()
                ? 'expired'
                : 'live',
            token.name,
          ]),
          'No tokens.',
        ),
      );
    });

  tokens
    .command('create <name>')
    .description('a new token acting as you; its text is shown once')
    .option('--expires-in <days>', 'days until it stops working (default: never, until revoked)', integer)
    .option(...jsonOption)
    .addHelpText('after', example('ordo tokens create ci --json | jq -r .token'))
    .action(async (name: string, options) => {
      const expiresAt =
        options.expiresIn === undefined
          ? undefined
          : new Date(Date.now() + options.expiresIn * 86_400_000).toISOString();
      const token = await clientFromCredentials().createToken(name, expiresAt);
      print(token, options.json, () =>
        [
          `Created “${token.name}”${token.expiresAt ? `, until ${day(token.expiresAt)}` : ''}. Keep it now: it is not shown again.`,
          token.token,
        ].join('\n'),
      );
    });

  tokens
    .command('revoke <id>')
    .description('revoke a token: it stops working at once')
    .option(...jsonOption)
    .addHelpText('after', example('ordo tokens revoke 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'))
    .action(async (id: string, options) => {
      await clientFromCredentials().revokeToken(id);
      print({ revoked: id }, options.json, () => 'Revoked.');
    });
}
