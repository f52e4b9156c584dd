import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OidcClient } from '../../app/auth/oidc/oidc-client.ts';
import { readProviderCallback } from '../../app/auth/oidc/read-provider-callback.ts';
import { signInWithProvider } from '../../app/auth/oidc/sign-in-with-provider.ts';
import { startProviderSignIn } from '../../app/auth/oidc/start-provider-sign-in.ts';
import { inTransaction } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { isProviderSignInRefusal, isSameSitePath, type ProviderSignInRefusal } from '../../domain/sign-in.ts';
import { errorResponses, redirect } from '../contract.ts';
import { setSessionCookie } from '../request-context.ts';
import type { RouteDeps } from './route-deps.ts';

/** The sign-in in progress, sealed, between leaving for the provider and coming back. */
const flowCookie = 'ordo_oidc_flow';
const flowPath = '/api/auth/oidc';

const startQuery = z.strictObject({
  next: z.string().max(2000).refine(isSameSitePath, 'must be a path on this site, such as /p/PAY').optional(),
});

const parameter = z.string().max(4096).optional();
// Providers add parameters of their own (session_state, scope…): they are let through.
const callbackQuery = z.looseObject({
  code: parameter,
  state: parameter,
  iss: parameter,
  error: parameter,
  error_description: parameter,
});

/** What the sign-in page offers. */
export const authMethodsResponse = z.object({
  password: z.boolean(),
  oidc: z.object({ name: z.string() }).nullable(),
});

function requireOidc(deps: RouteDeps): OidcClient {
  if (!deps.oidc) throw new AppError('not_found', 'Company sign-in is not set up on this server');
  return deps.oidc;
}

/** Why a callback failed, in the sign-in page's terms; what was not foreseen goes to the log. */
function refusalOf(error: unknown, log: FastifyBaseLogger): ProviderSignInRefusal {
  const reason = error instanceof AppError && !Array.isArray(error.details) ? error.details.reason : null;
  if (isProviderSignInRefusal(reason)) return reason;
  log.error({ err: error }, 'Company sign-in failed');
  return 'failed';
}

const signInPageWith = (reason: ProviderSignInRefusal) => `/sign-in?error=${reason}`;

/** Company sign-in (OpenID Connect, the code flow with PKCE), and what the sign-in page offers. */
export const oidcRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/auth/methods',
      {
        schema: {
          operationId: 'getAuthMethods',
          tags: ['auth'],
          summary: 'How people sign in here: password, company sign-in, or both',
          response: { 200: authMethodsResponse },
        },
        config: { action: null },
      },
      async () => ({
        password: deps.passwordSignIn,
        oidc: deps.oidc ? { name: deps.oidc.settings.name } : null,
      }),
    );

    app.get(
      '/auth/oidc/start',
      {
        schema: {
          operationId: 'startOidcSignIn',
          response: {
            303: redirect('To the provider; or back to the sign-in page, saying why, when it cannot start'),
            ...errorResponses(404),
          },
          tags: ['auth'],
          summary: 'Company sign-in: sends the browser to the provider (then back to `next`)',
          querystring: startQuery,
        },
        config: { action: null },
      },
      async (request, reply) => {
        const oidc = requireOidc(deps);
        try {
          const started = await startProviderSignIn(oidc, {
            next: request.query.next ?? '/',
            now: deps.now(),
          });
          reply.setCookie(flowCookie, started.sealedFlow, {
            path: flowPath,
            httpOnly: true,
            sameSite: 'lax',
            secure: deps.secureCookies,
            expires: started.expiresAt,
          });
          return reply.redirect(started.redirectTo.href, 303);
        } catch (error) {
          return reply.redirect(signInPageWith(refusalOf(error, request.log)), 303);
        }
      },
    );

    app.get(
      '/auth/oidc/callback',
      {
        schema: {
          operationId: 'finishOidcSignIn',
          response: {
            303: redirect('Signed in, to `next`; or to the sign-in page, saying why'),
            ...errorResponses(404),
          },
          tags: ['auth'],
          summary: 'Company sign-in: where the provider sends the browser back (sets the session cookie)',
          querystring: callbackQuery,
        },
        config: { action: null },
      },
      async (request, reply) => {
        const oidc = requireOidc(deps);
        reply.clearCookie(flowCookie, { path: flowPath });
        const callbackUrl = new URL(oidc.redirectUri);
        callbackUrl.search = new URL(request.url, callbackUrl).search;
        try {
          const { identity, next } = await readProviderCallback(oidc, {
            sealedFlow: request.cookies[flowCookie],
            callbackUrl,
            now: deps.now(),
          });
          const signedIn = await inTransaction(deps, null, (ctx) =>
            signInWithProvider(ctx, { identity, allowedDomains: oidc.settings.allowedDomains }),
          );
          setSessionCookie(reply, signedIn, deps.secureCookies);
          return reply.redirect(next, 303);
        } catch (error) {
          return reply.redirect(signInPageWith(refusalOf(error, request.log)), 303);
        }
      },
    );
  };
