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
  };
}
