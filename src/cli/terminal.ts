/** What the person at the other end allows: prompts, color, progress. */

/** `--no-input` (which main.ts turns into ORDO_NO_INPUT) or ORDO_NO_INPUT=1: never ask anything. */
export function isInputAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return !['1', 'true', 'yes'].includes((env.ORDO_NO_INPUT ?? '').toLowerCase());
}

/** Color only on a terminal, and never with NO_COLOR set (https://no-color.org) or TERM=dumb. */
export function hasColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Red text, when the stream takes color. */
export const red = (text: string, stream: NodeJS.WriteStream) =>
  hasColor(stream) ? `\u001b[31m${text}\u001b[39m` : text;
