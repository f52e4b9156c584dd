import type { Command } from 'commander';
import type { NewRequest, RequestStatus, RequestSummary } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { example, integer, jsonOption, print } from './options.ts';

/** A request's status page in lines: where it stands and what was said. */
const statusText = (status: RequestStatus) =>
  [
    `${status.key}  ${status.title}`,
    `${status.stateLabel}${status.decisionNote ? `: ${status.decisionNote}` : ''}${status.item ? ` · the item is ${status.item.statusLabel}` : ''}`,
    ...status.messages.map((m) => `  ${m.from}: ${m.body}`),
  ].join('\n');

export function registerRequestCommands(program: Command): void {
  const requests = program
    .command('requests')
    .alias('request')
    .description('requests: submit one, find similar ones, follow one (triage is `ordo triage`)');

  requests
    .command('add <product>')
    .description('submit a request to the product’s triage inbox')
    .requiredOption('--title <text>', 'what is asked for, in a line')
    .option('--problem <text>', 'the problem in the requester’s words')
    .option('--source <source>', 'customer | internal | client_facing', 'client_facing')
    .option('--accounts <n>', 'accounts affected (client-facing)', integer)
    .option('--deal-value <euros>', 'deal value at stake (client-facing)', integer)
    .option('--urgency <level>', 'low | medium | high (client-facing)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo requests add PAY --title "CSV export" --accounts 3 --urgency high'))
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

  requests
    .command('similar <product>')
    .description('items and requests that look like the one you are about to write')
    .requiredOption('--title <text>', 'the request’s title')
    .option('--problem <text>', 'its problem, for a closer match')
    .option(...jsonOption)
    .addHelpText('after', example('ordo requests similar PAY --title "export to CSV"'))
    .action(async (product: string, options) => {
      const similar = await clientFromCredentials().duplicates(product, options.title, options.problem);
      print(similar, options.json, () =>
        similar.data.length
          ? similar.data
              .map((s) => `${s.key.padEnd(10)} ${s.kind.padEnd(8)} ${s.title} (${s.status})`)
              .join('\n')
          : 'Nothing alike.',
      );
    });

  requests
    .command('show <request>')
    .description('one request: the whole of it for triagers, its status page for its requester')
    .option(...jsonOption)
    .addHelpText('after', example('ordo requests show PAY-R12'))
    .action(async (key: string, options) => {
      const request = await clientFromCredentials().getRequest(key);
      print(request, options.json, () =>
        'status' in request ? requestText(request) : statusText(request as RequestStatus),
      );
    });

  requests
    .command('reply <request> <text>')
    .description('answer the team’s question about your request')
    .option(...jsonOption)
    .addHelpText('after', example('ordo requests reply PAY-R12 "About 40 invoices a month"'))
    .action(async (key: string, text: string, options) => {
      const status = await clientFromCredentials().replyAsRequester(key, text);
      print(status, options.json, () => `Answered on ${status.key}.`);
    });
}

function requestText(request: RequestSummary & { status: RequestStatus }): string {
  return [
    `${request.key}  ${request.title}  (${request.source}, from ${request.requester.name})`,
    ...(request.problem ? ['', request.problem] : []),
    '',
    statusText(request.status),
  ].join('\n');
}
