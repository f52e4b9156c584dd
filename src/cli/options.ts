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

export function print(value: unknown, asJson: boolean, text: () => string): void {
  console.log(asJson ? JSON.stringify(value, null, 2) : text());
}
