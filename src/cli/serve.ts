import { redirectUriFor } from '../app/auth/oidc/oidc-client.ts';
import { createSecretBox } from '../app/auth/secret-box.ts';
import { isSetUp } from '../app/auth/set-up.ts';
import { inTransaction } from '../app/context.ts';
import { scheduleDailyWork } from '../app/custodian/daily.ts';
import { jobHandlers } from '../app/jobs/job-handlers.ts';
import { startJobRunner } from '../app/jobs/jobs.ts';
import { poll } from '../app/jobs/poll.ts';
import { smtpMailer, startMailSender } from '../app/notifications/mail-sender.ts';
import { startWebhookDispatcher } from '../app/webhooks/webhook-dispatcher.ts';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { buildServer } from '../http/server.ts';
import { createLogger, type Logger } from '../log.ts';
import { serverSecretKey } from './secret-key.ts';
import { seedSampleAndTell } from './seed.ts';

/** Opens the database (locked, when embedded), migrates it, and seeds the sample on an empty one. */
export async function openAndPrepare(
  config: Config,
  log: (line: string) => void,
  logger?: Logger,
): Promise<Database> {
  const database = await openDatabase(config, logger);
  try {
    await migrate(database);
    const deps = { db: database.db, now: () => new Date(), baseUrl: config.baseUrl };
    if (config.seedSample && !(await inTransaction(deps, null, isSetUp))) {
      await seedSampleAndTell(database, config, log);
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function serve(config: Config): Promise<void> {
  const logger = createLogger({ level: config.logLevel, readable: config.readableLogs });
  const log = (line: string) => logger.info(line);
  const database = await openAndPrepare(config, log, logger);
  const secretKey = serverSecretKey(config);
  const deps = { db: database.db, now: () => new Date(), baseUrl: config.baseUrl };
  const jobs = startJobRunner(deps, jobHandlers, { log: logger });
  const app = await buildServer({
    database,
    baseUrl: config.baseUrl,
    trustProxy: config.trustProxy,
    logger,
    metricsToken: config.metricsToken,
    background: jobs,
    secretKey,
    oidc: config.oidc,
    passwordSignIn: config.passwordSignIn,
  });
  // The custodian's daily round (health snapshot, digest, the stale rule at a quarter's turn).
  const daily = poll(
    async () => {
      await scheduleDailyWork(deps);
      jobs.nudge();
      return false;
    },
    { intervalMs: 10 * 60_000, label: 'scheduling the daily round', log: logger },
  );
  daily.nudge();
  // The embedded database has no autovacuum: without fresh statistics its planner picks slow
  // plans as the backlog grows, and every move leaves a dead row. Maintain it soon after start,
  // then every hour (about a second at 100,000 items, during which requests wait).
  const maintenance = poll(
    async () => {
      await database.maintain();
      return false;
    },
    { intervalMs: 60 * 60_000, label: 'maintaining the database', log: logger },
  );
  setTimeout(() => maintenance.nudge(), 2_000).unref();
  const mail = config.smtpUrl
    ? startMailSender(deps, smtpMailer(config.smtpUrl, config.mailFrom), { log: logger })
    : null;
  // Webhook deliveries: sent as their changes commit, retried on the specification's schedule.
  const webhooks = secretKey
    ? await startWebhookDispatcher(
        database,
        { ...deps, secretBox: createSecretBox(secretKey) },
        { log: logger, retryDelaysMs: config.webhookRetryDelaysMs },
      )
    : null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    await app.close();
    await daily.stop();
    await maintenance.stop();
    await jobs.stop();
    await webhooks?.stop();
    await mail?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  log(`Ordo is serving http://${config.host}:${port} on ${where}.`);
  if (!config.smtpUrl) log('SMTP_URL is not set: mail to requesters waits in the outbox until it is.');
  if (!(await inTransaction(deps, null, isSetUp))) {
    log(`No one can sign in yet: open http://${config.host}:${port} to set up the first admin.`);
  }
  if (config.oidc) {
    log(
      `Company sign-in: "Sign in with ${config.oidc.name}" through ${config.oidc.issuer} ` +
        `(redirect URI ${redirectUriFor(config.baseUrl)})` +
        (config.passwordSignIn ? '.' : '; password sign-in is off.'),
    );
  }
  log(`API docs: http://${config.host}:${port}/api/docs`);
  if (config.metricsToken) log(`Metrics: http://${config.host}:${port}/metrics (with the bearer token)`);
}
