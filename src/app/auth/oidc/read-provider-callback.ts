import * as openid from 'openid-client';
import { AppError } from '../../errors.ts';
import { openFlow } from './flow-state.ts';
import { identityFromCallback, type OidcClient, type ProviderIdentity } from './oidc-client.ts';
import { providerRefusal } from './refusal.ts';

export interface ProviderCallback {
  /** The flow kept in the browser since the start (its cookie), if it sent one. */
  sealedFlow: string | undefined;
  /** The address the provider sent the browser back to, with its query. */
  callbackUrl: URL;
  now: Date;
}

/**
 * Who the provider says signed in, and where they were going: refused unless the callback
 * answers a flow this browser started in the last 10 minutes (the same `state`), and unless
 * the provider's tokens pass the checks (nonce, PKCE, signature, issuer, audience).
 */
export async function readProviderCallback(
  oidc: OidcClient,
  input: ProviderCallback,
): Promise<{ identity: ProviderIdentity; next: string }> {
  const flow = openFlow(input.sealedFlow, oidc.settings.clientSecret, input.now);
  if (!flow || input.callbackUrl.searchParams.get('state') !== flow.state) throw providerRefusal('state');
  try {
    return { identity: await identityFromCallback(oidc, input.callbackUrl, flow), next: flow.next };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The person said no, or the provider would not sign them in.
    if (error instanceof openid.AuthorizationResponseError) throw providerRefusal('cancelled');
    throw error;
  }
}
