import type { Command, Option } from 'commander';
import { usageError } from './exit-codes.ts';
import { example } from './options.ts';

/**
 * `ordo completion bash|zsh|fish`: a completion script made from the program's own tree, so every
 * command, subcommand and option registered in main.ts completes without a list kept by hand.
 * Each script finds where the words typed so far lead ("ordo items list") and offers what is there.
 */

interface Word {
  word: string;
  description: string;
  takesValue: boolean;
}

interface Place {
  /** "ordo", "ordo items": the command words that lead here. */
  path: string;
  subcommands: Word[];
  options: Word[];
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';

function optionWords(option: Option): Word[] {
  const description = firstLine(option.description);
  const takesValue = option.required || option.optional;
  return [option.long, option.short]
    .filter((flag): flag is string => Boolean(flag))
    .map((word) => ({ word, description, takesValue }));
}

/** Every command's place, depth first; the root's options (--profile, --no-input) count everywhere. */
export function placesOf(program: Command): Place[] {
  const everywhere = [
    ...program.options.flatMap(optionWords),
    { word: '--help', description: 'show help', takesValue: false },
  ];
  const walk = (command: Command, path: string): Place[] => {
    const own = command === program ? [] : command.options.flatMap(optionWords);
    const place: Place = {
      path,
      subcommands: command.commands.map((sub) => ({
        word: sub.name(),
        description: firstLine(sub.description()),
        takesValue: false,
      })),
      options: [...own, ...everywhere],
    };
    return [place, ...command.commands.flatMap((sub) => walk(sub, `${path} ${sub.name()}`))];
  };
  return walk(program, program.name());
}

const words = (list: Word[]) => list.map((word) => word.word).join(' ');

function bash(places: Place[], name: string): string {
  const known = places.map((place) => `"${place.path}"`).join('|');
  const cases = places
    .map((place) => `    "${place.path}") offers="${words([...place.subcommands, ...place.options])}" ;;`)
    .join('\n');
  return `# ${name} completion for bash: eval "$(${name} completion bash)" in ~/.bashrc
_${name}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="${name}" word offers="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    case "$path $word" in
      ${known}) path="$path $word" ;;
    esac
  done
  case "$path" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$offers" -- "$cur"))
}
complete -F _${name} ${name}
`;
}

const zshQuoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function zsh(places: Place[], name: string): string {
  const known = places.map((place) => `"${place.path}"`).join('|');
  const entry = (word: Word) =>
    zshQuoted(`${word.word.replace(/:/g, '\\:')}:${word.description.replace(/:/g, '\\:')}`);
  const cases = places
    .map(
      (place) =>
        `    ("${place.path}") offers=(${[...place.subcommands, ...place.options].map(entry).join(' ')}) ;;`,
    )
    .join('\n');
  return `#compdef ${name}
# ${name} completion for zsh: eval "$(${name} completion zsh)" in ~/.zshrc (after compinit)
_${name}() {
  local path_="${name}" word
  local -a offers
  for word in \${words[2,CURRENT-1]}; do
    case "$path_ $word" in
      (${known}) path_="$path_ $word" ;;
    esac
  done
  case "$path_" in
${cases}
  esac
  _describe -t commands '${name}' offers
}
compdef _${name} ${name}
`;
}

const fishQuoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(places: Place[], name: string): string {
  const known = places.map((place) => fishQuoted(place.path)).join(' ');
  const lines = places.flatMap((place) => {
    const at = `-n ${fishQuoted(`__${name}_at ${fishQuoted(place.path)}`)}`;
    return [
      ...place.subcommands.map(
        (sub) => `complete -c ${name} -f ${at} -a ${fishQuoted(sub.word)} -d ${fishQuoted(sub.description)}`,
      ),
      ...place.options.map((option) => {
        const flag = option.word.startsWith('--')
          ? `-l ${option.word.slice(2)}`
          : `-s ${option.word.slice(1)}`;
        return `complete -c ${name} -f ${at} ${flag}${option.takesValue ? ' -r' : ''} -d ${fishQuoted(option.description)}`;
      }),
    ];
  });
  return `# ${name} completion for fish: ${name} completion fish > ~/.config/fish/completions/${name}.fish
function __${name}_at
  set -l known ${known}
  set -l path ${name}
  for word in (commandline -opc)[2..-1]
    if contains -- "$path $word" $known
      set path "$path $word"
    end
  end
  test "$path" = "$argv[1]"
end
${lines.join('\n')}
`;
}

export const shells = { bash, zsh, fish } as const;
export type Shell = keyof typeof shells;

export function completionScript(program: Command, shell: string): string {
  if (!(shell in shells)) {
    throw usageError(`no completion for ${shell}: one of ${Object.keys(shells).join(', ')}`);
  }
  return shells[shell as Shell](placesOf(program), program.name());
}

export function registerCompletionCommand(program: Command): void {
  program
    .command('completion')
    .addHelpText('after', example('ordo completion bash > ~/.local/share/bash-completion/completions/ordo'))
    .description('print a shell completion script (bash, zsh or fish); the README says where it goes')
    .argument('<shell>', Object.keys(shells).join(', '))
    .action((shell: string) => {
      process.stdout.write(completionScript(program, shell));
    });
}
