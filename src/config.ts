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
  /** Company sign-in through an OpenID Connect provider; unset, there is none. */
  oidc: OidcSettings | undefined;
  /** Off only with company sign-in on: then people sign in through the provider alone. */
  passwordSignIn: boolean;
  /** The waits between webhook attempts; unset, the Standard Webhooks schedule (5 s … 24 h). */
  webhookRetryDelaysMs: number[] | undefined;
}

/** ORDO_WEBHOOK_RETRY_DELAYS: seconds between attempts, comma-separated (for tests and drills). */
function readRetryDelays(value: string | undefined): number[] | undefined {
  if (!value) return undefined;
  const delays = value.split(',').map((part) => Number(part.trim()));
  if (delays.length === 0 || delays.some((delay) => !Number.isFinite(delay) || delay < 0)) {
    throw new Error(
      `ORDO_WEBHOOK_RETRY_DELAYS must be seconds separated by commas, like 5,300,1800, not ${value}`,
    );
  }
  return delays.map((seconds) => seconds * 1000);
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the sign-in button names: "Sign in with <name>". */
  name: string;
  /** Email domains whose people get an account at their first sign-in (lower case). */
  allowedDomains: string[];
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

/** ORDO_OIDC_ISSUER, ORDO_OIDC_CLIENT_ID and ORDO_OIDC_CLIENT_SECRET: all three, or none. */
function readOidc(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const names = ['ORDO_OIDC_ISSUER', 'ORDO_OIDC_CLIENT_ID', 'ORDO_OIDC_CLIENT_SECRET'] as const;
  const missing = names.filter((name) => !env[name]);
  if (missing.length === names.length) return undefined;
  if (missing.length > 0) {
    throw new Error(`Company sign-in needs ${names.join(', ')}: ${missing.join(' and ')} not set`);
  }
  const issuer = env.ORDO_OIDC_ISSUER as string;
  if (!URL.canParse(issuer) || !['https:', 'http:'].includes(new URL(issuer).protocol)) {
    throw new Error(`ORDO_OIDC_ISSUER must be the provider's https:// address, not ${issuer}`);
  }
  return {
    issuer,
    clientId: env.ORDO_OIDC_CLIENT_ID as string,
    clientSecret: env.ORDO_OIDC_CLIENT_SECRET as string,
    name: env.ORDO_OIDC_NAME?.trim() || 'your company',
    allowedDomains: (env.ORDO_OIDC_ALLOWED_DOMAINS ?? '')
      .split(',')
      .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
      .filter(Boolean),
  };
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
  const oidc = readOidc(env);
  const passwordSignIn = flag(env.ORDO_PASSWORD_SIGN_IN, true);
  if (!passwordSignIn && !oidc) {
    throw new Error(
      'ORDO_PASSWORD_SIGN_IN=off needs company sign-in (ORDO_OIDC_ISSUER…): no one could sign in',
    );
  }
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
    oidc,
    passwordSignIn,
    webhookRetryDelaysMs: readRetryDelays(env.ORDO_WEBHOOK_RETRY_DELAYS),
  };
}
