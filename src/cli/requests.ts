import type { Command } from 'commander';
import type { NewRequest } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { integer, print } from './options.ts';

export function registerRequestCommands(program: Command): void {
  const request = program.command('request').description('requests: submit one, see the triage inbox');

  request
    .command('add <product>')
    .description('submit a request to the product’s triage inbox')
    .requiredOption('--title <text>', 'what is asked for, in a line')
    .option('--problem <text>', 'the problem in the requester’s words')
    .option('--source <source>', 'customer | internal | client_facing', 'client_facing')
    .option('--accounts <n>', 'accounts affected (client-facing)', integer)
    .option('--deal-value <euros>', 'deal value at stake (client-facing)', integer)
    .option('--urgency <level>', 'low | medium | high (client-facing)')
    .option('--json', 'print JSON')
    .action(async (product: string, options) => {
      const client = clientFromCredentials();
      const body = {
        title: options.title,
        ...(options.problem && { problem: options.problem }),
        source: options.source,
        ...(options.accounts !== undefined && { accountsAffected: options.accounts }),
        ...(options.dealValue !== undefined && { dealValue: options.dealValue }),
        ...(options.urgency && { urgency: options.urgency }),
      } as NewRequest;
      const similar = (await client.duplicates(product, options.title, options.problem)).data;
      const submitted = await client.submitRequest(product, body);
      print(submitted, options.json, () =>
        [
          `Logged ${submitted.request.key}: ${submitted.request.title}`,
          `Follow it: ${submitted.statusUrl}`,
          ...(similar.length
            ? ['Looks like:', ...similar.map((s) => `  ${s.key}  ${s.title} (${s.status})`)]
            : []),
        ].join('\n'),
      );
    });

  request
    .command('inbox <product>')
    .description('the requests waiting for triage, oldest first')
    .option('--json', 'print JSON')
    .action(async (product: string, options) => {
      const inbox = await clientFromCredentials().triageInbox(product);
      print(inbox, options.json, () =>
        inbox.data.length === 0
          ? 'The triage inbox is empty.'
          : inbox.data
              .map(
                (entry) =>
                  `${entry.key.padEnd(10)} ${String(entry.ageDays).padStart(3)}d  ${entry.source.padEnd(13)} ${entry.requester.name.padEnd(20)} ${entry.title}`,
              )
              .join('\n'),
      );
    });
}
