import type { Command } from 'commander';
import type { BulkTriage, InboxEntry } from '../client/ordo-client.ts';
import type { MoveTarget } from '../domain/rank.ts';
import { confirm, yesOption } from './confirm.ts';
import { clientFromCredentials } from './credentials.ts';
import { columns } from './format.ts';
import { example, jsonOption, list, print } from './options.ts';

const inboxTable = (entries: InboxEntry[]) =>
  columns(
    ['KEY', 'AGE', 'SOURCE', 'FROM', 'TITLE'],
    entries.map((entry) => [
      entry.key,
      `${entry.ageDays}d`,
      entry.source,
      entry.requester.name,
      `${entry.title}${entry.suggestions[0] ? `  (like ${entry.suggestions[0].key})` : ''}`,
    ]),
    'The triage inbox is empty.',
  );

/** `--top`, `--bottom` (the default), `--before KEY` or `--after KEY`: where an accepted request lands. */
function placeFrom(options: { top?: boolean; before?: string; after?: string }): MoveTarget {
  if (options.before) return { before: options.before };
  if (options.after) return { after: options.after };
  return { to: options.top ? 'top' : 'bottom' };
}

/** The decision one or many requests get: accept (as a type), merge (into an item) or decline. */
function decisionFrom(options: { accept?: string; top?: boolean; merge?: string; decline?: string }) {
  const chosen = [options.accept, options.merge, options.decline].filter((d) => d !== undefined);
  if (chosen.length !== 1)
    throw new Error('decide one thing: --accept TYPE, --merge ITEM or --decline REASON');
  if (options.accept)
    return { decision: 'accept', type: options.accept, position: { to: options.top ? 'top' : 'bottom' } };
  if (options.merge) return { decision: 'merge', into: options.merge };
  return { decision: 'decline', reason: options.decline };
}

export function registerTriageCommands(program: Command): void {
  const triage = program
    .command('triage')
    .description('the triage inbox: accept, merge, ask, decline, one request or many');

  triage
    .command('inbox <product>')
    .description('the requests waiting for triage, oldest first, with likely duplicates')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo triage inbox PAY', 'ordo triage inbox PAY --json | jq -r ".data[].key"'),
    )
    .action(async (product: string, options) => {
      const inbox = await clientFromCredentials().triageInbox(product);
      print(inbox, options.json, () => inboxTable(inbox.data));
    });

  triage
    .command('count <product>')
    .description('how many requests wait, and the oldest one’s age')
    .option(...jsonOption)
    .addHelpText('after', example('ordo triage count PAY'))
    .action(async (product: string, options) => {
      const count = await clientFromCredentials().triageCount(product);
      print(count, options.json, () => `${count.waiting} waiting (oldest ${count.oldestDays} days)`);
    });

  triage
    .command('accept <request>')
    .description('accept a request into the backlog as an item, at the bottom unless placed')
    .requiredOption('--type <type>', 'story | bug | task | spike | enhancement | compliance')
    .option('--title <text>', 'the item’s title (the request’s by default)')
    .option('--top', 'at the top of the backlog')
    .option('--before <item>', 'just above an item')
    .option('--after <item>', 'just below an item')
    .option(...jsonOption)
    .addHelpText('after', example('ordo triage accept PAY-R12 --type story --after PAY-40'))
    .action(async (key: string, options) => {
      const accepted = await clientFromCredentials().acceptRequest(key, {
        type: options.type,
        ...(options.title && { title: options.title }),
        position: placeFrom(options),
      });
      print(accepted, options.json, () => `Accepted ${key} as ${accepted.item.key}: ${accepted.item.title}`);
    });

  triage
    .command('merge <request> <item>')
    .description('merge a request into an existing item: its requester joins the item’s')
    .option(...jsonOption)
    .addHelpText('after', example('ordo triage merge PAY-R12 PAY-40'))
    .action(async (key: string, item: string, options) => {
      const merged = await clientFromCredentials().mergeRequest(key, item);
      print(
        merged,
        options.json,
        () => `Merged ${key} into ${merged.item.key} (demand ${merged.item.demand ?? '-'})`,
      );
    });

  triage
    .command('ask <request> <question>')
    .description('ask the requester for more information')
    .option(...jsonOption)
    .addHelpText('after', example('ordo triage ask PAY-R12 "Which export format does your accountant use?"'))
    .action(async (key: string, question: string, options) => {
      const asked = await clientFromCredentials().askRequester(key, question);
      print(asked, options.json, () => `Asked ${asked.requester.name} about ${asked.key}.`);
    });

  triage
    .command('decline <request> <reason>')
    .description('decline a request with a reason its requester sees')
    .option(...jsonOption)
    .addHelpText('after', example('ordo triage decline PAY-R12 "We will not support paper invoices"'))
    .action(async (key: string, reason: string, options) => {
      const declined = await clientFromCredentials().declineRequest(key, reason);
      print(declined, options.json, () => `Declined ${declined.key}.`);
    });

  triage
    .command('bulk <product> <requests>')
    .description('one decision for many requests (comma-separated keys): all or none')
    .option('--accept <type>', 'accept each as an item of this type')
    .option('--top', 'with --accept: at the top (the bottom otherwise)')
    .option('--merge <item>', 'merge each into this item')
    .option('--decline <reason>', 'decline each with this reason')
    .option(...yesOption)
    .option(...jsonOption)
    .addHelpText('after', example('ordo triage bulk PAY PAY-R3,PAY-R4 --decline "Out of scope" --yes'))
    .action(async (product: string, requests: string, options) => {
      const keys = list(requests);
      const action = decisionFrom(options) as BulkTriage['action'];
      await confirm(`${action.decision} ${keys.length} requests?`, options);
      const triaged = await clientFromCredentials().bulkTriage(product, { keys, action });
      print(
        triaged,
        options.json,
        () => `Triaged ${triaged.data.map((r) => r.key).join(', ')}: ${action.decision}`,
      );
    });
}
