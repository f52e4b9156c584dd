/** Option parsers and output shared by the client commands. */

export const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value.split(',').filter(Boolean),
];

export const integer = (value: string) => {
  if (!/^-?\d+$/.test(value.trim())) throw new Error(`not a whole number: ${value}`);
  if (value.trim().startsWith('-')) throw new Error(`not zero or more: ${value}`);
  return Number(value);
};

export function print(value: unknown, asJson: boolean, text: () => string): void {
  console.log(asJson ? JSON.stringify(value, null, 2) : text());
}
