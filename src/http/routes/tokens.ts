import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken } from '../../app/tokens/create-api-token.ts';
import { listApiTokens } from '../../app/tokens/list-api-tokens.ts';
import { revokeApiToken } from '../../app/tokens/revoke-api-token.ts';
import { presentToken } from '../presenters.ts';
import { runAs } from '../request-context.ts';
import { instant, requiredText } from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export const newTokenBody = z.strictObject({
  name: requiredText(100),
  /** When it stops working; left out, it works until revoked. */
  expiresAt: instant.optional(),
});

/** One's own API tokens, for scripts and the CLI. */
export const tokenRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/tokens',
      {
        schema: { tags: ['tokens'], summary: 'Your API tokens, with their last use' },
        config: { action: 'tokens.manage' },
      },
      async (request) => ({
        data: (await runAs(deps, request, listApiTokens)).map(presentToken),
        next: null,
      }),
    );

    app.post(
      '/tokens',
      {
        schema: {
          tags: ['tokens'],
          summary: 'Create an API token (its text is shown once)',
          body: newTokenBody,
        },
        config: { action: 'tokens.manage' },
      },
      async (request, reply) => {
        const token = await runAs(deps, request, (ctx) => createApiToken(ctx, request.body));
        return reply.status(201).send({ ...presentToken(token), token: token.token });
      },
    );

    app.delete(
      '/tokens/:id',
      {
        schema: {
          tags: ['tokens'],
          summary: 'Revoke an API token',
          params: z.object({ id: z.uuid('not a token id') }),
        },
        config: { action: 'tokens.manage' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) => revokeApiToken(ctx, { id: request.params.id }));
        // Other instances forget the token when they hear of it; this one at once, and wholly
        // (the token's text is not known here).
        deps.actors.forget();
        return reply.status(204).send();
      },
    );
  };
