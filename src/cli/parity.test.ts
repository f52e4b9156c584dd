import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/http-harness.ts';
import { operationCommands, webOnlyOperations } from './operation-commands.ts';
import { buildProgram } from './program.ts';

/**
 * Parity: every operation of the API has an `ordo` command, or is named as the web app's alone
 * with the reason. A route added without its command fails here.
 */

const { program } = buildProgram();

/** `stale --apply` → the `stale` command, and whether it has an `--apply` option. */
function commandExists(typed: string): boolean {
  const words = typed.split(' ');
  const path = words.filter((word) => !word.startsWith('-'));
  const flags = words.filter((word) => word.startsWith('--'));
  let command: Command | undefined = program;
  for (const name of path) {
    command = command?.commands.find((c) => c.name() === name || c.aliases().includes(name));
  }
  if (!command) return false;
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
    // These run or talk to the machine itself (a server, a file, the shell, the saved logins),
    // or write a download to a file,
    // not to the API: there is no answer of the API's to print.
    const local = [
      'serve',
      'seed',
      'login',
      'ready',
      'backup',
      'export',
      'restore',
      'completion',
      'profiles use',
      'profiles remove',
    ];
    const withoutJson = commands
      .filter(([path, c]) => !local.includes(path) && !c.options.some((o) => o.long === '--json'))
      .map(([path]) => path);
    expect(withoutJson).toEqual([]);
  });
});
