import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { maxMailAttempts } from '../notifications/mail-sender.ts';
import { maxJobAttempts } from './jobs.ts';

export interface PendingWork {
  /** Jobs not done that will still be tried. */
  jobs: number;
  /** Mail in the outbox not sent that will still be tried. */
  mail: number;
  /** Jobs and mail that failed every attempt: someone should look. */
  givenUp: number;
}

/** Rows not yet done, split into those still to be tried and those that used every attempt. */
function countWaiting(db: Kysely<DB>, table: 'jobs' | 'outbox', maxAttempts: number) {
  return db
    .selectFrom(table)
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('attempts', '<', maxAttempts).as('pending'),
      eb.fn.countAll<string>().filterWhere('attempts', '>=', maxAttempts).as('givenUp'),
    ])
    .where(table === 'jobs' ? 'done_at' : 'sent_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** How much background work waits, for the metrics: two counts over the rows not yet done. */
export async function pendingWork(db: Kysely<DB>): Promise<PendingWork> {
  const [jobs, mail] = await Promise.all([
    countWaiting(db, 'jobs', maxJobAttempts),
    countWaiting(db, 'outbox', maxMailAttempts),
  ]);
  return {
    jobs: Number(jobs.pending),
    mail: Number(mail.pending),
    givenUp: Number(jobs.givenUp) + Number(mail.givenUp),
  };
}
