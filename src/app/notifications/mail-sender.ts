import nodemailer from 'nodemailer';
import { type Log, silentLog } from '../../log.ts';
import type { Deps } from '../context.ts';
import { poll } from '../jobs/poll.ts';

export interface Mailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** Mail through the SMTP server named by SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}

const claimMs = 60_000;
export const redactedBody = '(removed once sent: it held a link to set a password)';
export const maxMailAttempts = 8;

/**
 * Sends one due mail from the outbox, if there is one. The claim is a short transaction of its
 * own (FOR UPDATE SKIP LOCKED, then a claim that other instances respect), so that no database
 * connection is held while the SMTP server answers; the send is then recorded.
 */
export async function sendNextMail(deps: Deps, mailer: Mailer, log: Log = silentLog): Promise<boolean> {
  const now = deps.now();
  const claimed = await deps.db.transaction().execute(async (trx) => {
    const mail = await trx
      .selectFrom('outbox')
      .select(['id', 'to_email', 'subject', 'body', 'attempts', 'sensitive'])
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .where('attempts', '<', maxMailAttempts)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!mail) return null;
    await trx
      .updateTable('outbox')
      .set({ claimed_until: new Date(now.getTime() + claimMs) })
      .where('id', '=', mail.id)
      .execute();
    return mail;
  });
  if (!claimed) return false;
  try {
    await mailer.send({ to: claimed.to_email, subject: claimed.subject, text: claimed.body });
    await deps.db
      .updateTable('outbox')
      .set({
        sent_at: deps.now(),
        claimed_until: null,
        attempts: claimed.attempts + 1,
        last_error: null,
        // A link to set a password is kept only as long as it is needed to send it.
        ...(claimed.sensitive && { body: redactedBody }),
      })
      .where('id', '=', claimed.id)
      .execute();
  } catch (error) {
    const retryMs = 30_000 * 2 ** claimed.attempts;
    log.warn(
      { err: error, mail: { id: claimed.id, attempt: claimed.attempts + 1, of: maxMailAttempts } },
      claimed.attempts + 1 < maxMailAttempts
        ? `mail could not be sent: retrying in ${retryMs / 1000} s`
        : 'mail could not be sent: giving up',
    );
    await deps.db
      .updateTable('outbox')
      .set({
        claimed_until: null,
        attempts: claimed.attempts + 1,
        last_error: (error as Error).message.slice(0, 2000),
        next_attempt_at: new Date(deps.now().getTime() + retryMs),
      })
      .where('id', '=', claimed.id)
      .execute();
  }
  return true;
}

/** Sends the outbox's mail in the background until stopped. */
export function startMailSender(deps: Deps, mailer: Mailer, options: { log: Log; intervalMs?: number }) {
  const polling = poll(() => sendNextMail(deps, mailer, options.log), {
    intervalMs: options.intervalMs ?? 2_000,
    label: 'sending mail',
    log: options.log,
  });
  return {
    stop: async () => {
      await polling.stop();
      mailer.close();
    },
  };
}
