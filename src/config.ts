import { type LogLevel, logLevels } from './log.ts';

/** Configuration from the environment, with the documented defaults (README, "Configuration"). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  seedSample: boolean;
  samplePassword: string | undefined;
  logLevel: LogLevel;
  /** Readable log lines for a person at a terminal, else JSON lines. */
  readableLogs: boolean;
  /** Turns on `GET /metrics`, which then asks for it as a bearer token. */
  metricsToken: string | undefined;
  /** Seals secrets the server reads back (TOTP); the embedded database keeps one of its own. */
  secretKey: string | undefined;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const host = env.HOST || 'localhost';
  const databaseUrl = env.DATABASE_URL || undefined;
  const logLevel = (env.ORDO_LOG_LEVEL || 'info').toLowerCase() as LogLevel;
  if (!logLevels.includes(logLevel))
    throw new Error(`ORDO_LOG_LEVEL must be one of ${logLevels.join(', ')}, not ${env.ORDO_LOG_LEVEL}`);
  const metricsToken = env.ORDO_METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16)
    throw new Error('ORDO_METRICS_TOKEN must be at least 16 characters: it guards GET /metrics');
  const secretKey = env.ORDO_SECRET_KEY || undefined;
  if (secretKey !== undefined && secretKey.length < 32)
    throw new Error('ORDO_SECRET_KEY must be at least 32 characters: it seals two-factor secrets');
  return {
    port,
    host,
    dataDir: env.ORDO_DATA_DIR || './data',
    databaseUrl,
    baseUrl: env.ORDO_BASE_URL || `http://${host}:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.ORDO_MAIL_FROM || 'Ordo <ordo@localhost>',
    trustProxy: flag(env.ORDO_TRUST_PROXY, false),
    seedSample: flag(env.ORDO_SAMPLE, databaseUrl === undefined),
    samplePassword: env.ORDO_SAMPLE_PASSWORD || undefined,
    logLevel,
    readableLogs: process.stdout.isTTY === true,
    metricsToken,
    secretKey,
  };
}
