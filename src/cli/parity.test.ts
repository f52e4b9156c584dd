import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/http-harness.ts';
import { readConfig } from '../config.ts';
import { registerAuditCommand } from './audit.ts';
import { registerBackupCommands } from './backup.ts';
import { registerCustodianCommands } from './custodian.ts';
import { registerInsightCommands } from './insights.ts';
import { registerItemCommands } from './items.ts';
import { registerMemberCommands } from './members.ts';
import { registerNotificationCommands } from './notifications.ts';
import { operationCommands, webOnlyOperations } from './operation-commands.ts';
import { registerPeopleCommands } from './people.ts';
import { registerPokerCommands } from './poker.ts';
import { registerProductCommands } from './products.ts';
import { registerProfileCommands } from './profile.ts';
import { registerRefinementCommands } from './refinement.ts';
import { registerReleaseCommands } from './releases.ts';
import { registerRequestCommands } from './requests.ts';
import { registerScoringCommands } from './scoring.ts';
import { registerSetupCommand } from './setup.ts';
import { registerSprintCommands } from './sprints.ts';
import { registerTokenCommands } from './tokens.ts';
import { registerTriageCommands } from './triage.ts';
import { registerWorkspaceCommands } from './workspace.ts';

/**
 * Parity: every operation of the API has an `ordo` command, or is named as the web app's alone
 * with the reason. A route added without its command fails here.
 */

const groups: [string, (program: Command) => void][] = [
  ['registerSetupCommand', registerSetupCommand],
  ['registerProfileCommands', registerProfileCommands],
  ['registerNotificationCommands', registerNotificationCommands],
  ['registerWorkspaceCommands', registerWorkspaceCommands],
  ['registerProductCommands', registerProductCommands],
  ['registerPeopleCommands', registerPeopleCommands],
  ['registerMemberCommands', registerMemberCommands],
  ['registerTokenCommands', registerTokenCommands],
  ['registerAuditCommand', registerAuditCommand],
  ['registerItemCommands', registerItemCommands],
  ['registerRequestCommands', registerRequestCommands],
  ['registerTriageCommands', registerTriageCommands],
  ['registerRefinementCommands', registerRefinementCommands],
  ['registerPokerCommands', registerPokerCommands],
  ['registerScoringCommands', registerScoringCommands],
  ['registerSprintCommands', registerSprintCommands],
  ['registerReleaseCommands', registerReleaseCommands],
  ['registerInsightCommands', registerInsightCommands],
  ['registerCustodianCommands', registerCustodianCommands],
  ['registerBackupCommands', (program) => registerBackupCommands(program, readConfig)],
];

/** The commands main.ts registers: its groups, and the few it declares itself. */
const mainSource = readFileSync(new URL('./main.ts', import.meta.url), 'utf8');
const program = new Command('ordo');
for (const [, register] of groups) register(program);

/** `stale --apply` → the `stale` command, and whether it has an `--apply` option. */
function commandExists(typed: string): boolean {
  const words = typed.split(' ');
  const path = words.filter((word) => !word.startsWith('-'));
  const flags = words.filter((word) => word.startsWith('--'));
  let command: Command | undefined = program;
  for (const name of path) {
    command = command?.commands.find((c) => c.name() === name || c.aliases().includes(name));
  }
  if (!command) return path.length === 1 && mainSource.includes(`.command('${path[0]}')`);
  return flags.every((flag) => command.options.some((option) => option.long === flag));
}

/** A command's whole help, with the text added after it (where the examples are). */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk) });
  command.outputHelp();
  return text;
}

let h: Harness;
let operations: string[];

beforeAll(async () => {
  h = await startHarness();
  const response = await h.request(null, { method: 'GET', url: '/api/openapi.json' });
  const paths = JSON.parse(response.body).paths as Record<string, Record<string, unknown>>;
  operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
});
afterAll(() => h.close());

describe('the CLI and the web app have the same powers', () => {
  it('registers every command group in main.ts', () => {
    for (const [name] of groups) expect(mainSource, name).toContain(`${name}(program`);
  });

  it('has a command for every operation but the few the web app alone needs', () => {
    expect(operations.length).toBeGreaterThan(100);
    const uncovered = operations.filter((op) => !operationCommands[op] && !webOnlyOperations[op]);
    expect(uncovered, 'operations with no `ordo` command (src/cli/operation-commands.ts)').toEqual([]);
  });

  it('names only commands that exist, for operations that exist', () => {
    const missing = Object.entries(operationCommands).filter(([, typed]) => !commandExists(typed));
    expect(missing, 'commands named but not registered').toEqual([]);
    const gone = [...Object.keys(operationCommands), ...Object.keys(webOnlyOperations)].filter(
      (op) => !operations.includes(op),
    );
    expect(gone, 'operations the API no longer has').toEqual([]);
    const both = Object.keys(webOnlyOperations).filter((op) => operationCommands[op]);
    expect(both).toEqual([]);
  });

  it('gives every command an example, and --json to those that answer with the API’s', () => {
    const leaves = (command: Command, path: string[]): [string, Command][] =>
      command.commands.length
        ? command.commands.flatMap((c) => leaves(c, [...path, c.name()]))
        : [[path.join(' '), command]];
    const commands = leaves(program, []);
    const withoutExample = commands.filter(([, c]) => !helpOf(c).includes('Example')).map(([path]) => path);
    expect(withoutExample).toEqual([]);
    // backup and restore write and read files, not the API's JSON.
    const withoutJson = commands
      .filter(
        ([path, c]) => !['backup', 'restore'].includes(path) && !c.options.some((o) => o.long === '--json'),
      )
      .map(([path]) => path);
    expect(withoutJson).toEqual([]);
  });
});
