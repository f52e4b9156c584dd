/**
 * How often one may fail to sign in or send a public request before being told to wait. Each
 * limit counts hits in a window that opens at the first hit; at `max` hits the counter refuses
 * until the window closes (the 429's Retry-After).
 */
export interface Limit {
  /** Names the counter's key, and the limit in a 429's details. */
  name: string;
  max: number;
  windowMs: number;
  /** Who is refused, for the message: "Too many failed sign-ins {to this account}". */
  refused: string;
}

const minute = 60_000;

export const abuseLimits = {
  /** Guessing one account's password: 10 tries, then locked for the rest of 15 minutes… */
  signInAccount: {
    name: 'sign-in-account',
    max: 10,
    windowMs: 15 * minute,
    refused: 'failed sign-ins to this account',
  },
  /** …and at most 30 a day: the lock grows from minutes to the rest of a day (NIST: ≤ 100). */
  signInAccountDaily: {
    name: 'sign-in-account-daily',
    max: 30,
    windowMs: 24 * 60 * minute,
    refused: 'failed sign-ins to this account today',
  },
  /** One address trying many accounts (password spraying); an office behind one address types
   * its passwords wrong far less often than this. */
  signInAddress: {
    name: 'sign-in-address',
    max: 20,
    windowMs: 15 * minute,
    refused: 'failed sign-ins from your address',
  },
  /** Many addresses at once (a botnet): a ceiling on every failed sign-in together. */
  signInEveryone: { name: 'sign-in-everyone', max: 300, windowMs: minute, refused: 'failed sign-ins' },
  /** The public form, per product and address: one product's form never uses up another's. */
  publicRequest: {
    name: 'public-request',
    max: 10,
    windowMs: 60 * minute,
    refused: 'requests from your address',
  },
  /** Asking for a password reset link: a few per account (each is a mail) and per address. */
  passwordResetAccount: {
    name: 'password-reset-account',
    max: 3,
    windowMs: 60 * minute,
    refused: 'password reset links for this account',
  },
  passwordResetAddress: {
    name: 'password-reset-address',
    max: 10,
    windowMs: 60 * minute,
    refused: 'password reset links asked from your address',
  },
  /** Answers behind status links, per address. */
  publicReply: { name: 'public-reply', max: 20, windowMs: 60 * minute, refused: 'answers from your address' },
} as const satisfies Record<string, Limit>;

/** Whole seconds until `resetsAt`, at least 1 (what Retry-After says). */
export function secondsUntil(resetsAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
}

/** "15 minutes", "1 hour", "40 seconds": how long to wait, in words (rounded up). */
export function waitInWords(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? plural(minutes, 'minute') : plural(Math.ceil(minutes / 60), 'hour');
}
