import { CommanderError } from 'commander';
import { OrdoApiError } from '../client/ordo-client.ts';

/** What `ordo` exits with, for scripts: the help's epilogue and the README list the same table. */
export const exitCodes = {
  ok: 0,
  failed: 1,
  usage: 2,
  notFound: 3,
  conflict: 4,
  forbidden: 5,
  invalid: 6,
  rateLimited: 7,
} as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

const meanings: Record<ExitCode, string> = {
  0: 'done',
  1: 'the server failed, or something unexpected',
  2: 'usage: a bad command, option or argument',
  3: 'not found (404)',
  4: 'conflict: changed meanwhile, or already there (409, 412)',
  5: 'not logged in, or not allowed (401, 403)',
  6: 'invalid input (400, 413, 415, 422)',
  7: 'rate limited: try again later (429)',
};

export const exitCodesHelp = `Exit codes:\n${Object.entries(meanings)
  .map(([code, meaning]) => `  ${code}  ${meaning}`)
  .join('\n')}`;

/** An error the CLI itself raises, with the exit code it means. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const byStatus: Record<number, ExitCode> = {
  400: exitCodes.invalid,
  401: exitCodes.forbidden,
  403: exitCodes.forbidden,
  404: exitCodes.notFound,
  409: exitCodes.conflict,
  412: exitCodes.conflict,
  413: exitCodes.invalid,
  415: exitCodes.invalid,
  422: exitCodes.invalid,
  429: exitCodes.rateLimited,
};

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof OrdoApiError) return byStatus[error.status] ?? exitCodes.failed;
  // Commander's own: --help and --version end with 0, a usage mistake with 1, which means 2 here.
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  return exitCodes.failed;
}

/** What to say on standard error; nothing after commander showed the help (asked for, or no command). */
export function failureMessage(error: unknown): string | undefined {
  if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.help'))
    return undefined;
  if (error instanceof OrdoApiError) return `${error.message} (${error.status} ${error.code})`;
  return (error as Error).message;
}

/** A mistake in how the command was called, found after commander parsed it: exit 2. */
export const usageError = (message: string) => new CliError(message, exitCodes.usage);

/** Something named that is not there, found on the client's side: exit 3, as a 404 would. */
export const notFoundError = (message: string) => new CliError(message, exitCodes.notFound);
