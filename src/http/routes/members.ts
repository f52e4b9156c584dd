import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMembers } from '../../app/members/list-members.ts';
import { removeMember } from '../../app/members/remove-member.ts';
import { setMemberRole } from '../../app/members/set-member-role.ts';
import { productRoles } from '../../domain/permissions.ts';
import { presentMember } from '../presenters.ts';
import { runAs } from '../request-context.ts';
import { email, productKeyParam } from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export const memberBody = z.strictObject({ email, role: z.enum(productRoles) });

/** Who is in a product, and with which role. */
export const memberRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/members',
      {
        schema: { tags: ['members'], summary: 'The product’s members and roles', params: productKeyParam },
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
          tags: ['members'],
          summary: 'Give a person a role in the product',
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
          tags: ['members'],
          summary: 'Take a person out of the product',
          params: productKeyParam.extend({ personId: z.uuid('not a person id') }),
        },
        config: { action: 'members.manage' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) => removeMember(ctx, request.params));
        return reply.status(204).send();
      },
    );
  };
