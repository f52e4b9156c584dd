/**
 * Where a person may be sent after signing in: a path on this site, never another site. Printable
 * ASCII only (an address as the browser has it, percent-encoded): a browser drops a tab or a line
 * break in `/\t/evil.example`, reads a backslash as a slash, and either would lead elsewhere.
 */
export function isSameSitePath(path: string): boolean {
  return /^\/(?!\/)[\x21-\x5b\x5d-\x7e]*$/.test(path);
}

/** The path to follow after signing in: `next` when it stays on this site, else the home page. */
export const safeNext = (next: string | null | undefined): string =>
  next && isSameSitePath(next) ? next : '/';

/**
 * Why a sign-in through the company's provider was refused. The server sends the browser back
 * to the sign-in page with `?error=<reason>`, and the page shows these words: only words written
 * here, never text taken from the address.
 */
export const providerSignInRefusals = {
  state: 'This sign-in was not started from this browser, or took longer than 10 minutes: start it again.',
  unverified_email:
    'Your provider has not verified your email address, so Ordo cannot tell who you are here.',
  not_allowed:
    'No one in Ordo signs in with your address, and people of your domain are not added on their own: ask a workspace admin to invite you.',
  deactivated: 'This account is deactivated: ask a workspace admin to reactivate it.',
  not_set_up: 'Ordo is not set up yet: its first admin creates the workspace first.',
  cancelled: 'Your provider did not sign you in: start again if you meant to.',
  unavailable: 'The sign-in provider cannot be reached just now: try again in a moment.',
  failed: 'Signing in through your provider failed: try again, or ask an admin to read Ordo’s log.',
} as const;

export type ProviderSignInRefusal = keyof typeof providerSignInRefusals;

export const isProviderSignInRefusal = (reason: unknown): reason is ProviderSignInRefusal =>
  typeof reason === 'string' && Object.hasOwn(providerSignInRefusals, reason);
