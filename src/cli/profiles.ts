import type { Command } from 'commander';
import {
  type CredentialsFile,
  chosenProfile,
  readCredentialsFile,
  writeCredentialsFile,
} from './credentials.ts';
import { notFoundError } from './exit-codes.ts';
import { columns } from './format.ts';
import { example, print } from './options.ts';

/** `ordo profiles`: the servers `ordo login --profile NAME` saved, and which one commands use. */
function listProfiles(options: { json?: boolean }): void {
  const file = readCredentialsFile();
  const current = chosenProfile(process.env, file);
  const rows = Object.entries(file.profiles).map(([name, { url }]) => ({
    name,
    url,
    isDefault: name === file.default,
    isCurrent: name === current,
  }));
  print(rows, options.json ?? false, () =>
    columns(
      ['', 'PROFILE', 'SERVER'],
      rows.map((row) => [
        row.isCurrent ? '*' : '',
        `${row.name}${row.isDefault ? ' (default)' : ''}`,
        row.url,
      ]),
      'No profiles: `ordo login` saves one.',
    ),
  );
}

function known(file: CredentialsFile, name: string): void {
  if (!file.profiles[name]) throw notFoundError(`no profile "${name}": \`ordo profiles\` lists them`);
}

function useProfile(name: string): void {
  const file = readCredentialsFile();
  known(file, name);
  writeCredentialsFile({ ...file, default: name });
  console.log(`Commands now use the profile "${name}" (${file.profiles[name]?.url}) unless told otherwise.`);
}

/** Forgets a profile's token here; the token itself stays valid until revoked (`ordo tokens revoke`). */
function removeProfile(name: string): void {
  const file = readCredentialsFile();
  known(file, name);
  const { [name]: _removed, ...profiles } = file.profiles;
  const left = Object.keys(profiles);
  const nextDefault = file.default === name ? (left[0] ?? file.default) : file.default;
  writeCredentialsFile({ default: nextDefault, profiles });
  console.log(`Removed the profile "${name}".`);
}

export function registerLoginProfileCommands(program: Command): void {
  const profiles = program
    .command('profiles')
    .description('the servers you logged in to (ordo login --profile NAME), and the one in use');
  profiles
    .command('list', { isDefault: true })
    .description('list them: * marks the one in use (--profile, ORDO_PROFILE, or the default)')
    .option('--json', 'print JSON')
    .addHelpText('after', example('ordo profiles list'))
    .action(listProfiles);
  profiles
    .command('use')
    .description('make a profile the default')
    .argument('<name>')
    .addHelpText('after', example('ordo profiles use work'))
    .action(useProfile);
  profiles
    .command('remove')
    .description('forget a profile and its token')
    .argument('<name>')
    .addHelpText('after', example('ordo profiles remove old-server'))
    .action(removeProfile);
}
