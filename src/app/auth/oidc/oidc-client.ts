import * as openid from 'openid-client';
import type { OidcSettings } from '../../../config.ts';
import type { Log } from '../../../log.ts';
import type { SignInFlow } from './flow-state.ts';
import { providerRefusal } from './refusal.ts';

/** Who the provider says signed in: its subject, and the email it vouches for (or not). */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  isEmailVerified: boolean;
  name: string | undefined;
}

/** Ordo as a client of the company's provider: one per server, its discovery done once. */
export interface OidcClient {
  settings: OidcSettings;
  /** Where the provider sends the browser back: `<ORDO_BASE_URL>/api/auth/oidc/callback`. */
  redirectUri: string;
  /** The provider's metadata, discovered at the first need and kept. */
  configuration(): Promise<openid.Configuration>;
}

/** Where the provider sends the browser back: the one redirect URI to register with it. */
export const redirectUriFor = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/api/auth/oidc/callback`;

/** A failed discovery is tried again at a sign-in, but not more often than this. */
const retryAfterMs = 10_000;
const timeoutSeconds = 10;

const unavailable = () => providerRefusal('unavailable', 'not_available');

export function createOidcClient(
  settings: OidcSettings,
  options: { baseUrl: string; log?: Log | undefined; now?: () => number },
): OidcClient {
  const now = options.now ?? Date.now;
  const issuer = new URL(settings.issuer);
  let discovered: Promise<openid.Configuration> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  const discover = async () => {
    try {
      const configuration = await openid.discovery(
        issuer,
        settings.clientId,
        settings.clientSecret,
        undefined,
        // A provider on plain http (a test, an internal network) is the operator's choice.
        {
          timeout: timeoutSeconds,
          ...(issuer.protocol === 'http:' && { execute: [openid.allowInsecureRequests] }),
        },
      );
      options.log?.info(
        { issuer: settings.issuer },
        `Company sign-in: found the provider at ${settings.issuer}`,
      );
      return configuration;
    } catch (error) {
      failedAt = now();
      discovered = undefined;
      options.log?.error(
        { issuer: settings.issuer, err: error },
        `Company sign-in: the provider at ${settings.issuer} cannot be reached or is not an OpenID provider ` +
          `(${error instanceof Error ? error.message : String(error)}); trying again at the next sign-in. ` +
          'Password sign-in is not affected.',
      );
      throw unavailable();
    }
  };
  return {
    settings,
    redirectUri: redirectUriFor(options.baseUrl),
    configuration: () => {
      if (!discovered && now() - failedAt < retryAfterMs) return Promise.reject(unavailable());
      discovered ??= discover();
      return discovered;
    },
  };
}

/** The address to send the browser to: the code flow with PKCE, its state and nonce. */
export async function authorizationUrl(oidc: OidcClient, flow: SignInFlow): Promise<URL> {
  const configuration = await oidc.configuration();
  return openid.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUri,
    scope: 'openid email profile',
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await openid.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: 'S256',
  });
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * Trades the callback's code for tokens (checking state, nonce and the PKCE verifier), and reads
 * who signed in from the ID token, or from the userinfo endpoint when the ID token leaves the
 * email out (many providers send scope claims there only).
 */
export async function identityFromCallback(
  oidc: OidcClient,
  callbackUrl: URL,
  flow: SignInFlow,
): Promise<ProviderIdentity> {
  const configuration = await oidc.configuration();
  const tokens = await openid.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) throw new Error('the provider sent no ID token');
  let claims: Record<string, unknown> = idToken;
  if (idToken.email === undefined || idToken.email_verified === undefined) {
    const userInfo = await openid.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    claims = { ...userInfo, ...idToken };
  }
  const names = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return {
    issuer: idToken.iss,
    subject: idToken.sub,
    email: text(claims.email),
    // Some providers send the flag as a string.
    isEmailVerified: claims.email_verified === true || claims.email_verified === 'true',
    name: text(claims.name) ?? (text(names) || undefined),
  };
}
