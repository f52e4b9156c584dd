import type { Command } from 'commander';
import type { WorkspaceSettings } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { example, jsonOption, onOff, print } from './options.ts';

const workspaceText = (workspace: WorkspaceSettings) =>
  `${workspace.name}\nAdmins must use two-factor sign-in: ${workspace.requireAdminTwoFactor ? 'yes' : 'no'}`;

export function registerWorkspaceCommands(program: Command): void {
  const workspace = program.command('workspace').description('the workspace’s settings (admins)');

  workspace
    .command('show')
    .description('its name, and whether admins must use two-factor sign-in')
    .option(...jsonOption)
    .addHelpText('after', example('ordo workspace show'))
    .action(async (options) => {
      const settings = await clientFromCredentials().getWorkspace();
      print(settings, options.json, () => workspaceText(settings));
    });

  workspace
    .command('edit')
    .description('rename the workspace, or require two-factor sign-in of its admins')
    .option('--name <name>', 'its name')
    .option('--require-admin-two-factor <on|off>', 'admins must use two-factor sign-in', onOff)
    .option(...jsonOption)
    .addHelpText('after', example('ordo workspace edit --require-admin-two-factor on'))
    .action(async (options) => {
      const settings = await clientFromCredentials().updateWorkspace({
        ...(options.name !== undefined && { name: options.name }),
        ...(options.requireAdminTwoFactor !== undefined && {
          requireAdminTwoFactor: options.requireAdminTwoFactor,
        }),
      });
      print(settings, options.json, () => workspaceText(settings));
    });
}
