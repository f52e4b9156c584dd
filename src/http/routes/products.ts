import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMembers, removeMember, setMemberRole } from '../../app/members/members.ts';
import { createPerson, listPeople } from '../../app/people/create-person.ts';
import { createProduct } from '../../app/products/create-product.ts';
import { getProduct } from '../../app/products/get-product.ts';
import { listProducts } from '../../app/products/list-products.ts';
import { updateProduct } from '../../app/products/update-product.ts';
import { presentMember, presentPerson, presentProduct } from '../presenters.ts';
import { runAs } from '../request-context.ts';
import {
  createProductBody,
  memberBody,
  newPersonBody,
  productKeyParam,
  updateProductBody,
} from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export const productRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products',
      {
        schema: { tags: ['products'], summary: 'The products you can see' },
        config: { action: 'product.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, listProducts)).map(presentProduct),
        next: null,
      }),
    );

    app.post(
      '/products',
      {
        schema: {
          tags: ['products'],
          summary: 'Create a product (workspace admins)',
          body: createProductBody,
        },
        config: { action: 'product.create' },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentProduct(await runAs(deps, request, (ctx) => createProduct(ctx, request.body)))),
    );

    app.get(
      '/products/:productKey',
      {
        schema: { tags: ['products'], summary: 'One product, with your role in it', params: productKeyParam },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentProduct(await runAs(deps, request, (ctx) => getProduct(ctx, request.params.productKey))),
    );

    app.patch(
      '/products/:productKey',
      {
        schema: {
          tags: ['products'],
          summary: 'Change a product’s settings',
          params: productKeyParam,
          body: updateProductBody,
        },
        config: { action: 'product.update' },
      },
      async (request) =>
        presentProduct(
          await runAs(deps, request, (ctx) =>
            updateProduct(ctx, { ...request.body, key: request.params.productKey }),
          ),
        ),
    );

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

    app.get(
      '/people',
      {
        schema: { tags: ['people'], summary: 'The people of your workspace' },
        config: { action: 'people.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, listPeople)).map(presentPerson),
        next: null,
      }),
    );

    app.post(
      '/people',
      {
        schema: { tags: ['people'], summary: 'Add a person to the workspace (admins)', body: newPersonBody },
        config: { action: 'people.manage' },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentPerson(await runAs(deps, request, (ctx) => createPerson(ctx, request.body)))),
    );
  };
