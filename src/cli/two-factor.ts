import type { Command } from 'commander';
import { clientFromCredentials } from './credentials.ts';
import { example, jsonOption, print } from './options.ts';
import { readPassword } from './prompt.ts';

const codesText = (codes: string[]) =>
  ['Recovery codes (each works once; keep them somewhere safe):', ...codes.map((c) => `  ${c}`)].join('\n');

export function registerTwoFactorCommands(program: Command): void {
  const twoFactor = program
    .command('two-factor')
    .description('two-factor sign-in with an authenticator app: start, confirm, recovery codes, off');

  twoFactor
    .command('start')
    .description('a secret for your authenticator app (then `ordo two-factor confirm CODE`)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo two-factor start'))
    .action(async (options) => {
      const started = await clientFromCredentials().startTwoFactor();
      print(started, options.json, () =>
        [
          `Add this secret to your authenticator app: ${started.secret}`,
          `(or open ${started.uri})`,
          'Then: ordo two-factor confirm <code from the app>',
        ].join('\n'),
      );
    });

  twoFactor
    .command('confirm <code>')
    .description('turn two-factor sign-in on with a first code and your password')
    .option('--password-stdin', 'read the password from standard input')
    .option(...jsonOption)
    .addHelpText('after', example('ordo two-factor confirm 123456'))
    .action(async (code: string, options) => {
      const password = await readPassword(options.passwordStdin ?? false);
      const confirmed = await clientFromCredentials().confirmTwoFactor(code, password);
      print(
        confirmed,
        options.json,
        () => `Two-factor sign-in is on.\n${codesText(confirmed.recoveryCodes)}`,
      );
    });

  twoFactor
    .command('recovery-codes <code>')
    .description('a new set of recovery codes (the old ones stop working), proven by a code')
    .option(...jsonOption)
    .addHelpText('after', example('ordo two-factor recovery-codes 123456'))
    .action(async (code: string, options) => {
      const fresh = await clientFromCredentials().newRecoveryCodes(code);
      print(fresh, options.json, () => codesText(fresh.recoveryCodes));
    });

  twoFactor
    .command('off')
    .description('turn two-factor sign-in off, with your password')
    .option('--password-stdin', 'read the password from standard input')
    .option(...jsonOption)
    .addHelpText('after', example('ordo two-factor off'))
    .action(async (options) => {
      await clientFromCredentials().turnOffTwoFactor(await readPassword(options.passwordStdin ?? false));
      print({ hasTwoFactor: false }, options.json, () => 'Two-factor sign-in is off.');
    });
}
