import type { Command } from 'commander';
import type { Webhook, WebhookDelivery } from '../client/ordo-client.ts';
import { confirm, yesOption } from './confirm.ts';
import { clientFromCredentials } from './credentials.ts';
import { columns } from './format.ts';
import { example, integer, jsonOption, list, onOff, print } from './options.ts';

const productOption = [
  '--product <key>',
  'a product’s webhooks (its owners manage them); left out, the whole workspace’s (admins)',
] as const;

function webhookText(webhook: Webhook): string {
  return [
    `${webhook.id}  ${webhook.isEnabled ? 'on' : 'off'}  ${webhook.url}`,
    `  for: ${webhook.product ?? 'the whole workspace'}; kinds: ${webhook.kinds?.join(', ') ?? 'every kind'}`,
    ...(webhook.description ? [`  ${webhook.description}`] : []),
    ...(webhook.disabledReason ? [`  turned off by Ordo: ${webhook.disabledReason}`] : []),
  ].join('\n');
}

function secretText(webhook: Webhook & { secret: string }, what: string): string {
  return `${what}\n${webhookText(webhook)}\n\nIts signing secret (keep it now: it is not shown again):\n${webhook.secret}`;
}

function deliveryRows(deliveries: WebhookDelivery[]): string {
  return columns(
    ['ID', 'KIND', 'STATE', 'ATTEMPTS', 'LAST', 'WHEN'],
    deliveries.map((delivery) => [
      delivery.id,
      delivery.kind,
      delivery.state,
      String(delivery.attempts),
      delivery.lastStatus ? String(delivery.lastStatus) : (delivery.lastError ?? '-'),
      delivery.deliveredAt ?? delivery.nextAttemptAt ?? delivery.createdAt,
    ]),
    'No deliveries.',
  );
}

export function registerWebhookCommands(program: Command): void {
  const webhooks = program
    .command('webhooks')
    .description('send every change, signed (Standard Webhooks), to another tool');

  webhooks
    .command('list')
    .description('a product’s webhooks, or the workspace’s')
    .option(...productOption)
    .option(...jsonOption)
    .addHelpText('after', example('ordo webhooks list --product PAY'))
    .action(async (options) => {
      const page = await clientFromCredentials().listWebhooks(options.product);
      print(page, options.json, () => page.data.map(webhookText).join('\n\n') || 'No webhooks.');
    });

  webhooks
    .command('show <id>')
    .description('one webhook')
    .option(...jsonOption)
    .addHelpText('after', example('ordo webhooks show 6f1c…'))
    .action(async (id: string, options) => {
      const webhook = await clientFromCredentials().getWebhook(id);
      print(webhook, options.json, () => webhookText(webhook));
    });

  webhooks
    .command('add <url>')
    .description('add a webhook; its signing secret is shown once')
    .option(...productOption)
    .option('--kinds <kinds>', 'the event kinds it wants, comma-separated (default: every kind)', list)
    .option('--description <text>', 'what it is for')
    .option('--off', 'add it turned off')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo webhooks add https://ci.example.com/ordo --product PAY --kinds item.moved,item.updated'),
    )
    .action(async (url: string, options) => {
      const created = await clientFromCredentials().createWebhook({
        url,
        ...(options.product && { product: options.product }),
        ...(options.kinds && { kinds: options.kinds }),
        ...(options.description !== undefined && { description: options.description }),
        ...(options.off && { isEnabled: false }),
      });
      print(created, options.json, () => secretText(created, 'Added.'));
    });

  webhooks
    .command('edit <id>')
    .description('change a webhook’s address, kinds or description, or turn it on or off')
    .option('--url <url>', 'the receiver’s address')
    .option('--kinds <kinds>', 'the event kinds it wants, comma-separated; "all" for every kind', list)
    .option('--description <text>', 'what it is for')
    .option('--enabled <on|off>', 'turn it on or off', onOff)
    .option(...jsonOption)
    .addHelpText('after', example('ordo webhooks edit 6f1c… --enabled on'))
    .action(async (id: string, options) => {
      const webhook = await clientFromCredentials().updateWebhook(id, {
        ...(options.url !== undefined && { url: options.url }),
        ...(options.kinds !== undefined && { kinds: options.kinds.includes('all') ? null : options.kinds }),
        ...(options.description !== undefined && { description: options.description }),
        ...(options.enabled !== undefined && { isEnabled: options.enabled }),
      });
      print(webhook, options.json, () => webhookText(webhook));
    });

  webhooks
    .command('remove <id>')
    .description('remove a webhook and its delivery log; what it had not sent is never sent')
    .option(...yesOption)
    .option(...jsonOption)
    .addHelpText('after', example('ordo webhooks remove 6f1c… --yes'))
    .action(async (id: string, options) => {
      await confirm('Remove this webhook and its delivery log?', options);
      await clientFromCredentials().removeWebhook(id);
      print({ removed: id }, options.json, () => 'Removed.');
    });

  webhooks
    .command('rotate-secret <id>')
    .description('a new signing secret; the old one signs too for 24 hours')
    .option(...jsonOption)
    .addHelpText('after', example('ordo webhooks rotate-secret 6f1c…'))
    .action(async (id: string, options) => {
      const rotated = await clientFromCredentials().rotateWebhookSecret(id);
      print(rotated, options.json, () => secretText(rotated, 'Rotated: both secrets sign for 24 hours.'));
    });

  webhooks
    .command('deliveries <id>')
    .description('a webhook’s delivery log (30 days), newest first')
    .option('--state <state>', 'only pending, delivered or failed ones')
    .option('--limit <n>', 'how many (default 100)', integer)
    .option(...jsonOption)
    .addHelpText('after', example('ordo webhooks deliveries 6f1c… --state failed'))
    .action(async (id: string, options) => {
      const page = await clientFromCredentials().listWebhookDeliveries(id, {
        state: options.state,
        limit: options.limit,
      });
      print(page, options.json, () => deliveryRows(page.data));
    });

  webhooks
    .command('redeliver <id> [delivery]')
    .description('send one delivery again, or with --failed every failed one')
    .option('--failed', 'every failed delivery of the webhook')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo webhooks redeliver 6f1c… --failed', 'ordo webhooks redeliver 6f1c… 4182'),
    )
    .action(async (id: string, delivery: string | undefined, options) => {
      if (!delivery && !options.failed)
        throw new Error('name a delivery, or pass --failed for every failed one');
      const result = await clientFromCredentials().redeliverWebhook(id, delivery);
      print(result, options.json, () => `${result.redelivered} queued again.`);
    });

  webhooks
    .command('test <id>')
    .description('send a test event (webhook.test), even to a webhook turned off')
    .option(...jsonOption)
    .addHelpText('after', example('ordo webhooks test 6f1c…'))
    .action(async (id: string, options) => {
      const result = await clientFromCredentials().testWebhook(id);
      print(
        result,
        options.json,
        () => `Test event queued (delivery ${result.deliveryId}): see ordo webhooks deliveries ${id}.`,
      );
    });

  program
    .command('event <id>')
    .description('one recorded change with its data (what a webhook links to when its data is large)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo event 48213'))
    .action(async (id: string, options) => {
      const event = await clientFromCredentials().getEvent(id);
      print(event, options.json, () =>
        [
          `${event.kind} #${event.sequence} ${event.item ?? event.product ?? 'workspace'} by ${event.actor?.name ?? 'Ordo'} at ${event.createdAt}`,
          JSON.stringify(event.data, null, 2),
        ].join('\n'),
      );
    });
}
