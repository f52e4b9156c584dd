import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** A person the provider knows, signing in with any password as their login (the `sub`). */
export interface ProviderAccount {
  email: string;
  isEmailVerified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** By login; add to it at any time. */
  accounts: Map<string, ProviderAccount>;
  /** The environment that points `ordo serve` at this provider. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Consent is given for the one client at once, as a company's own applications are. */
async function grantAtOnce(ctx: KoaContextWithOIDC) {
  const { provider, session, client, result } = ctx.oidc;
  const grantId = result?.consent?.grantId ?? (client && session?.grantIdFor(client.clientId));
  if (grantId) return provider.Grant.find(grantId);
  if (!client || !session?.accountId) return undefined;
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope('openid email profile');
  await grant.save();
  return grant;
}

/**
 * A real OpenID provider (`oidc-provider`) on 127.0.0.1 and a random port, with one confidential
 * client whose redirect URI is Ordo's callback. Its login page is the package's own
 * (`devInteractions`): a login and a password, any password.
 */
export async function startOidcProvider(options: { redirectUri: string }): Promise<TestProvider> {
  const accounts = new Map<string, ProviderAccount>();
  const clientId = 'ordo';
  const clientSecret = 'a-client-secret-for-the-tests';
  let handle: ReturnType<Provider['callback']> | undefined;
  const server = createServer((request, response) => handle?.(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, login) => {
      const account = accounts.get(login);
      if (!account) return undefined;
      return {
        accountId: login,
        claims: () => ({
          sub: login,
          email: account.email,
          email_verified: account.isEmailVerified ?? true,
          ...(account.name && { name: account.name }),
        }),
      };
    },
    loadExistingGrant: grantAtOnce,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Grant: 600,
      Session: 600,
    },
    // Its session cookie is SameSite=None by default, which a browser drops on plain http.
    cookies: { keys: ['a-cookie-key-for-the-tests'], long: { sameSite: 'lax' } },
  });
  handle = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    env: {
      ORDO_OIDC_ISSUER: issuer,
      ORDO_OIDC_CLIENT_ID: clientId,
      ORDO_OIDC_CLIENT_SECRET: clientSecret,
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
