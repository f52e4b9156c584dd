import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { packageRoot } from '../package-root.ts';
import { registerAuditCommand } from './audit.ts';
import { registerBackupCommands } from './backup.ts';
import { registerCompletionCommand } from './completion.ts';
import { registerCustodianCommands } from './custodian.ts';
import { exitCodesHelp } from './exit-codes.ts';
import { registerExportCommand } from './exports.ts';
import { registerInsightCommands } from './insights.ts';
import { registerItemCommands } from './items.ts';
import { registerLoginCommand } from './login.ts';
import { registerMemberCommands } from './members.ts';
import { registerNotificationCommands } from './notifications.ts';
import { registerPasswordCommand } from './password.ts';
import { registerPeopleCommands } from './people.ts';
import { registerPokerCommands } from './poker.ts';
import { registerProductCommands } from './products.ts';
import { registerProfileCommands } from './profile.ts';
import { registerLoginProfileCommands } from './profiles.ts';
import { registerReadyCommand } from './ready.ts';
import { registerRefinementCommands } from './refinement.ts';
import { registerReleaseCommands } from './releases.ts';
import { registerRequestCommands } from './requests.ts';
import { registerScoringCommands } from './scoring.ts';
import { registerServerCommands } from './server-commands.ts';
import { registerSetupCommand } from './setup.ts';
import { registerSprintCommands } from './sprints.ts';
import { hasColor } from './terminal.ts';
import { registerTokenCommands } from './tokens.ts';
import { registerTriageCommands } from './triage.ts';
import { registerWebhookCommands } from './webhooks.ts';
import { registerWorkspaceCommands } from './workspace.ts';

// Only commander and the small client modules load here: a command needing the server or the
// database imports it inside its action (server-commands.ts, backup.ts), so `ordo --help` and
// the client commands start in tenths of a second. A test keeps it so (import-graph.test.ts).

const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * The `ordo` command with every command group: main.ts runs it; the tests read it (parity,
 * completion). `saidWhy()`: whether commander printed what went wrong itself (a usage mistake).
 */
export function buildProgram(): { program: Command; saidWhy: () => boolean } {
  let hasCommanderSaidWhy = false;
  const program = new Command('ordo')
    .description('Ordo: one ordered, honest product backlog')
    .version(version, '-V, --version', 'print the version')
    .addOption(
      new Option('--profile <name>', 'the saved login to use (see ordo profiles)').env('ORDO_PROFILE'),
    )
    .option('--no-input', 'never ask anything (also ORDO_NO_INPUT=1): a needed answer fails the command')
    .addHelpText('after', `\n${exitCodesHelp}`)
    .showHelpAfterError()
    // Commander's own exits (--help, --version, a usage mistake) throw instead, to end below with
    // the exit code table's code; the commands registered next inherit this and what follows.
    .exitOverride()
    .configureOutput({
      getOutHasColors: () => hasColor(process.stdout),
      getErrHasColors: () => hasColor(process.stderr),
      outputError: (text, write) => {
        hasCommanderSaidWhy = true;
        write(text);
      },
    })
    .hook('preAction', () => {
      // The commands read these through credentials.ts and prompt.ts, whatever their own options.
      const { profile, input } = program.opts<{ profile?: string; input: boolean }>();
      if (profile) process.env.ORDO_PROFILE = profile;
      if (!input) process.env.ORDO_NO_INPUT = '1';
    });

  registerServerCommands(program);
  registerSetupCommand(program);
  registerLoginCommand(program);
  registerLoginProfileCommands(program);
  registerReadyCommand(program);
  registerPasswordCommand(program);
  registerProfileCommands(program);
  registerNotificationCommands(program);
  registerWorkspaceCommands(program);
  registerProductCommands(program);
  registerPeopleCommands(program);
  registerMemberCommands(program);
  registerTokenCommands(program);
  registerWebhookCommands(program);
  registerAuditCommand(program);
  registerItemCommands(program);
  registerRequestCommands(program);
  registerTriageCommands(program);
  registerRefinementCommands(program);
  registerPokerCommands(program);
  registerScoringCommands(program);
  registerSprintCommands(program);
  registerReleaseCommands(program);
  registerInsightCommands(program);
  registerCustodianCommands(program);
  registerBackupCommands(program);
  registerExportCommand(program);
  registerCompletionCommand(program);
  return { program, saidWhy: () => hasCommanderSaidWhy };
}
