import type { Command } from 'commander';
import { clientFromCredentials } from './credentials.ts';
import { columns } from './format.ts';
import { example, jsonOption, list, print } from './options.ts';

export function registerNotificationCommands(program: Command): void {
  const notifications = program.command('notifications').description('your notices: list, mark read');

  notifications
    .command('list')
    .description('your notices, newest first')
    .option('--unread', 'only those not read yet')
    .option(...jsonOption)
    .addHelpText('after', example('ordo notifications list --unread'))
    .action(async (options) => {
      const page = await clientFromCredentials().notifications(options.unread ?? false);
      print(page, options.json, () =>
        columns(
          ['ID', 'AT', '', 'NOTICE'],
          page.data.map((n) => [
            n.id,
            n.createdAt.slice(0, 16).replace('T', ' '),
            n.readAt ? '' : 'new',
            n.title,
          ]),
          'No notices.',
        ),
      );
    });

  notifications
    .command('read [ids]')
    .description('mark notices read: those named (comma-separated ids), or all')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo notifications read', 'ordo notifications read 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'),
    )
    .action(async (ids: string | undefined, options) => {
      const marked = await clientFromCredentials().markNotificationsRead(ids ? list(ids) : undefined);
      print(marked, options.json, () => `Marked ${marked.marked} notices read.`);
    });
}
