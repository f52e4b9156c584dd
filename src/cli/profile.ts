import type { Command } from 'commander';
import type { Profile, ProfileChanges } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { example, jsonOption, onOff, print } from './options.ts';

const profileText = (profile: Profile) =>
  [
    `${profile.name} <${profile.email}>${profile.isAdmin ? '  (admin)' : ''}`,
    `Daily digest: ${profile.mailDigest ? 'on' : 'off'} · notices by mail: ${profile.mailNotices ? 'on' : 'off'}`,
    `Two-factor sign-in: ${profile.hasTwoFactor ? `on (${profile.recoveryCodesLeft} recovery codes left)` : 'off'}`,
    `Signed in on ${profile.sessions} devices`,
  ].join('\n');

export function registerProfileCommands(program: Command): void {
  program
    .command('whoami')
    .description('who the saved token (or ORDO_TOKEN) acts as')
    .option(...jsonOption)
    .addHelpText('after', example('ordo whoami'))
    .action(async (options) => {
      const me = await clientFromCredentials().me();
      print(me, options.json, () => `${me.name} <${me.email}>${me.isAdmin ? ' (admin)' : ''}`);
    });

  const profile = program
    .command('profile')
    .description('your profile: name, email, mail preferences, sessions (password: `ordo password`)');

  profile
    .command('show')
    .description('your profile, mail preferences, two-factor sign-in and sessions')
    .option(...jsonOption)
    .addHelpText('after', example('ordo profile show'))
    .action(async (options) => {
      const shown = await clientFromCredentials().getProfile();
      print(shown, options.json, () => profileText(shown));
    });

  profile
    .command('edit')
    .description('change your name or mail preferences (your email: in the web app, signed in)')
    .option('--name <name>', 'your name')
    .option('--mail-digest <on|off>', 'the daily digest by mail', onOff)
    .option('--mail-notices <on|off>', 'notices by mail as they happen', onOff)
    .option(...jsonOption)
    .addHelpText('after', example('ordo profile edit --mail-digest off'))
    .action(async (options) => {
      const changes: ProfileChanges = {
        ...(options.name !== undefined && { name: options.name }),
        ...(options.mailDigest !== undefined && { mailDigest: options.mailDigest }),
        ...(options.mailNotices !== undefined && { mailNotices: options.mailNotices }),
      };
      const saved = await clientFromCredentials().updateProfile(changes);
      print(saved, options.json, () => profileText(saved));
    });

  profile
    .command('sign-out-everywhere')
    .description('end every browser session of yours (API tokens stay: `ordo tokens revoke`)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo profile sign-out-everywhere'))
    .action(async (options) => {
      const ended = await clientFromCredentials().signOutEverywhere();
      print(ended, options.json, () => `Ended ${ended.endedSessions} sessions.`);
    });
}
