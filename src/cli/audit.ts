import { type Command, InvalidArgumentError } from 'commander';
import { describeAuditEntry } from '../client/describe-audit.ts';
import type { AuditQuery } from '../client/ordo-client.ts';
import { type AuditKind, auditKindNames } from '../domain/audit.ts';
import { clientFromCredentials } from './credentials.ts';
import { notFoundError } from './exit-codes.ts';
import { example, jsonOption, print } from './options.ts';

const kind = (value: string): AuditKind => {
  if (!(auditKindNames as string[]).includes(value))
    throw new InvalidArgumentError(`--kind is one of ${auditKindNames.join(', ')}`);
  return value as AuditKind;
};

/** A day (YYYY-MM-DD) as the instant it starts, in UTC. */
const dayStart = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`not a day like 2026-12-01: ${value}`);
  return `${value}T00:00:00Z`;
};

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('the workspace’s audit log, newest first (admins)')
    .option('--person <email>', 'changes made by this person')
    .option('--kind <kind>', 'one kind of change, like person.deactivated', kind)
    .option('--from <day>', 'from this day (UTC)', dayStart)
    .option('--before <day>', 'before this day (UTC)', dayStart)
    .option(...jsonOption)
    .addHelpText('after', example('ordo audit --kind person.deactivated --from 2026-11-01'))
    .action(async (options) => {
      const client = clientFromCredentials();
      let actorId: string | undefined;
      if (options.person) {
        const people = (await client.listPeople()).data;
        actorId = people.find((person) => person.email === options.person.toLowerCase())?.id;
        if (!actorId) throw notFoundError(`no one in this workspace is ${options.person}`);
      }
      const query: AuditQuery = {
        ...(actorId && { actorId }),
        ...(options.kind && { kind: options.kind }),
        ...(options.from && { from: options.from }),
        ...(options.before && { to: options.before }),
      };
      const page = await client.auditLog(query);
      print(page, options.json, () =>
        page.data.length === 0
          ? 'No changes match.'
          : page.data
              .map((entry) => `${entry.at.slice(0, 16).replace('T', ' ')}  ${describeAuditEntry(entry)}`)
              .join('\n'),
      );
    });
}
