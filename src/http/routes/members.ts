import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listMembers } from '../../app/members/list-members.ts';
import { removeMember } from '../../app/members/remove-member.ts';
import { setMemberRole } from '../../app/members/set-member-role.ts';
import { noContent, pageOf } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import { memberBody, memberParams, memberSchema, presentMember } from './members.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/** Who is in a product, and with which role. */
export const memberRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/members',
      {
        schema: {
          operationId: 'listMembers',
          tags: ['members'],
          summary: 'The product’s members and roles',
          params: productKeyParam,
          response: { 200: pageOf(memberSchema) },
        },
        config: { action: 'members.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => listMembers(ctx, request.params.productKey))).map(
          presentMember,
        ),
        next: null,
      }),
    );

    app.put(
      '/products/:productKey/members',
      {
        schema: {
          operationId: 'setMemberRole',
          tags: ['members'],
          summary: 'Give a person a role in the product',
          response: { 200: memberSchema },
          params: productKeyParam,
          body: memberBody,
        },
        config: { action: 'members.manage' },
      },
      async (request) =>
        presentMember(
          await runAs(deps, request, (ctx) =>
            setMemberRole(ctx, { ...request.body, productKey: request.params.productKey }),
          ),
        ),
    );

    app.delete(
      '/products/:productKey/members/:personId',
      {
        schema: {
          operationId: 'removeMember',
          tags: ['members'],
          summary: 'Take a person out of the product',
          params: memberParams,
          response: { 204: noContent },
        },
        config: { action: 'members.manage' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) => removeMember(ctx, request.params));
        return reply.status(204).send(null);
      },
    );
  };
