import { InvalidArgumentError } from 'commander';

/** Option parsers and output shared by the client commands; a parser's refusal is a usage error (exit 2). */

export const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value.split(',').filter(Boolean),
];

export const integer = (value: string) => {
  const digits = value.trim();
  if (/^-\d+$/.test(digits)) throw new InvalidArgumentError(`not zero or more: ${value}`);
  if (!/^\d+$/.test(digits)) throw new InvalidArgumentError(`not a whole number: ${value}`);
  return Number(digits);
};

/** A switch as people say it: `on` or `off`. */
export const onOff = (value: string) => {
  if (value !== 'on' && value !== 'off') throw new Error(`say on or off, not ${value}`);
  return value === 'on';
};

export function print(value: unknown, asJson: boolean, text: () => string): void {
  console.log(asJson ? JSON.stringify(value, null, 2) : text());
}

/** Help text that ends with how the command is typed: `.addHelpText('after', example('ordo …'))`. */
export const example = (...commands: string[]) =>
  `\nExample${commands.length > 1 ? 's' : ''}:\n${commands.map((command) => `  $ ${command}`).join('\n')}`;

/** The option every client command has: the API's answer, as it came, for scripts. */
export const jsonOption = ['--json', 'print the API’s answer as JSON'] as const;
