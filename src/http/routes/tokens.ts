import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createApiToken } from '../../app/tokens/create-api-token.ts';
import { listApiTokens } from '../../app/tokens/list-api-tokens.ts';
import { revokeApiToken } from '../../app/tokens/revoke-api-token.ts';
import { noContent, pageOf } from '../contract.ts';
import { runAs } from '../request-context.ts';
import type { RouteDeps } from './route-deps.ts';
import {
  newTokenBody,
  newTokenSchema,
  presentNewToken,
  presentToken,
  tokenIdParam,
  tokenSchema,
} from './tokens.schema.ts';

/** One's own API tokens, for scripts and the CLI. */
export const tokenRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/tokens',
      {
        schema: {
          operationId: 'listTokens',
          response: { 200: pageOf(tokenSchema) },
          tags: ['tokens'],
          summary: 'Your API tokens, with their last use',
        },
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
          operationId: 'createToken',
          response: { 201: newTokenSchema },
          tags: ['tokens'],
          summary: 'Create an API token (its text is shown once)',
          body: newTokenBody,
        },
        config: { action: 'tokens.manage' },
      },
      async (request, reply) => {
        const token = await runAs(deps, request, (ctx) => createApiToken(ctx, request.body));
        return reply.status(201).send(presentNewToken(token));
      },
    );

    app.delete(
      '/tokens/:id',
      {
        schema: {
          operationId: 'revokeToken',
          response: { 204: noContent },
          tags: ['tokens'],
          summary: 'Revoke an API token',
          params: tokenIdParam,
        },
        config: { action: 'tokens.manage' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) => revokeApiToken(ctx, { id: request.params.id }));
        // Other instances forget the token when they hear of it; this one at once, and wholly
        // (the token's text is not known here).
        deps.actors.forget();
        return reply.status(204).send(null);
      },
    );
  };
