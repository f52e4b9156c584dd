import { newFlow, sealFlow } from './flow-state.ts';
import { authorizationUrl, type OidcClient } from './oidc-client.ts';

export interface StartedProviderSignIn {
  /** The provider's authorization endpoint, with the request's parameters. */
  redirectTo: URL;
  /** The flow to keep in the browser until the provider sends it back (an HTTP-only cookie). */
  sealedFlow: string;
  expiresAt: Date;
}

/** Leaving for the provider: a new state, nonce and PKCE verifier, and where to land after. */
export async function startProviderSignIn(
  oidc: OidcClient,
  input: { next: string; now: Date },
): Promise<StartedProviderSignIn> {
  const flow = newFlow(input.next, input.now);
  return {
    redirectTo: await authorizationUrl(oidc, flow),
    sealedFlow: sealFlow(flow, oidc.settings.clientSecret),
    expiresAt: new Date(flow.expiresAt),
  };
}
