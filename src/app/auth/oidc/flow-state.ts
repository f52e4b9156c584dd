import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import * as openid from 'openid-client';

/**
 * What a sign-in through the provider must remember between leaving for the provider and coming
 * back: kept in the browser, in an HTTP-only cookie sealed (AES-256-GCM) with a key every
 * instance derives from the client secret, so any instance can finish what another started.
 */
export interface SignInFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The page to land on, a path on this site. */
  next: string;
  expiresAt: number;
}

export const flowMinutes = 10;

export function newFlow(next: string, now: Date): SignInFlow {
  return {
    state: openid.randomState(),
    nonce: openid.randomNonce(),
    codeVerifier: openid.randomPKCECodeVerifier(),
    next,
    expiresAt: now.getTime() + flowMinutes * 60_000,
  };
}

const keyOf = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'ordo', 'oidc sign-in flow', 32));

export function sealFlow(flow: SignInFlow, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return [iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
}

/** The flow sealed by `sealFlow`, or null when it is not one, was tampered with or has expired. */
export function openFlow(sealed: string | undefined, secret: string, now: Date): SignInFlow | null {
  const [iv, data, tag, ...rest] = (sealed ?? '').split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !data || !tag || rest.length > 0 || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), iv);
    decipher.setAuthTag(tag);
    const flow = JSON.parse(
      Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'),
    ) as SignInFlow;
    return flow.expiresAt > now.getTime() ? flow : null;
  } catch {
    return null;
  }
}
