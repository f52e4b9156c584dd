import type { Command } from 'commander';
import { clientFromCredentials } from './credentials.ts';
import { usageError } from './exit-codes.ts';
import { example, print } from './options.ts';
import { readSecrets } from './prompt.ts';

/**
 * Changes your password: asked at the terminal (not echoed), or three lines of standard input
 * (current, new, new again). Every other session ends; API tokens stay.
 */
export async function changePassword(options: { passwordStdin?: boolean; json?: boolean }): Promise<void> {
  const [current = '', next = '', again = ''] = await readSecrets(
    ['Current password: ', 'New password: ', 'New password again: '],
    options.passwordStdin ?? false,
  );
  if (next !== again) throw usageError('the new password was not the same twice');
  const changed = await clientFromCredentials().changePassword(current, next);
  const ended = changed.endedSessions;
  print(
    changed,
    options.json ?? false,
    () => `Password changed${ended ? `: ${ended} other session${ended === 1 ? '' : 's'} ended` : ''}.`,
  );
}

export function registerPasswordCommand(program: Command): void {
  program
    .command('password')
    .addHelpText('after', example('printf "%s\\n" "$OLD" "$NEW" "$NEW" | ordo password --password-stdin'))
    .description('change your password (every other session ends)')
    .option('--password-stdin', 'read current, new and new again, a line each, from standard input')
    .option('--json', 'print JSON')
    .action(async (options) => {
      await changePassword({ passwordStdin: options.passwordStdin, json: options.json });
    });
}
