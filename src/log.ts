import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/**
 * The process's logger: JSON lines (pino) for log collectors, or readable lines when a person
 * watches the terminal. Requests, background work and start-up all write through it.
 */
export function createLogger(options: { level: LogLevel; readable: boolean }): Logger {
  if (options.readable) {
    return pino(
      { level: options.level, base: undefined },
      pretty({
        translateTime: 'SYS:HH:MM:ss',
        singleLine: true,
        ignore: 'reqId,method,route,status,ms',
        messageFormat: (line, messageKey) =>
          line[messageKey] === 'request'
            ? `${line.method} ${line.route} ${line.status} in ${line.ms} ms`
            : String(line[messageKey]),
      }),
    );
  }
  return pino({
    level: options.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** What background work needs of a logger (pino's Logger is one). */
export interface Log {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** For work run where no one reads logs (tests, one-off commands). */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
