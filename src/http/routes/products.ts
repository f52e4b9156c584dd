import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { archiveProduct, restoreProduct } from '../../app/products/archive-product.ts';
import { createProduct } from '../../app/products/create-product.ts';
import { getProduct } from '../../app/products/get-product.ts';
import { listProducts } from '../../app/products/list-products.ts';
import { updateProduct } from '../../app/products/update-product.ts';
import { pageOf } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import {
  createProductBody,
  listProductsQuery,
  presentProduct,
  productSchema,
  updateProductBody,
} from './products.schema.ts';
import type { RouteDeps } from './route-deps.ts';

export const productRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products',
      {
        schema: {
          operationId: 'listProducts',
          tags: ['products'],
          summary: 'The products you can see (archived ones too, when asked)',
          querystring: listProductsQuery,
          response: { 200: pageOf(productSchema) },
        },
        config: { action: 'product.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => listProducts(ctx, request.query))).map(presentProduct),
        next: null,
      }),
    );

    app.post(
      '/products',
      {
        schema: {
          operationId: 'createProduct',
          tags: ['products'],
          summary: 'Create a product (workspace admins)',
          body: createProductBody,
          response: { 201: productSchema },
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
        schema: {
          operationId: 'getProduct',
          tags: ['products'],
          summary: 'One product, with your role in it',
          params: productKeyParam,
          response: { 200: productSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentProduct(await runAs(deps, request, (ctx) => getProduct(ctx, request.params.productKey))),
    );

    app.patch(
      '/products/:productKey',
      {
        schema: {
          operationId: 'updateProduct',
          tags: ['products'],
          summary: 'Change a product’s settings',
          response: { 200: productSchema },
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

    app.post(
      '/products/:productKey/archive',
      {
        schema: {
          operationId: 'archiveProduct',
          response: { 200: productSchema },
          tags: ['products'],
          summary: 'Archive a product with everything in it (admins): read-only, out of every list',
          params: productKeyParam,
        },
        config: { action: 'product.archive' },
      },
      async (request) =>
        presentProduct(
          await runAs(deps, request, (ctx) => archiveProduct(ctx, { key: request.params.productKey })),
        ),
    );

    app.post(
      '/products/:productKey/restore',
      {
        schema: {
          operationId: 'restoreProduct',
          tags: ['products'],
          summary: 'Restore an archived product (admins)',
          response: { 200: productSchema },
          params: productKeyParam,
        },
        config: { action: 'product.archive' },
      },
      async (request) =>
        presentProduct(
          await runAs(deps, request, (ctx) => restoreProduct(ctx, { key: request.params.productKey })),
        ),
    );
  };
