import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importProduct } from '../../app/imports/import-product.ts';
import { productDocumentSchema } from '../../domain/product-document.ts';
import { runAs } from '../request-context.ts';
import {
  importBodyLimit,
  importedProductSchema,
  importProductQuery,
  presentImportedProduct,
} from './imports.schema.ts';
import type { RouteDeps } from './route-deps.ts';

export const importRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/products/import',
      {
        bodyLimit: importBodyLimit,
        schema: {
          operationId: 'importProduct',
          tags: ['imports'],
          summary:
            'Create a product from its document (another Ordo’s export), whole or not at all; 409 if its key is taken here (pass ?key=NEW)',
          querystring: importProductQuery,
          body: productDocumentSchema,
          response: { 201: importedProductSchema },
        },
        config: { action: 'product.import' },
      },
      async (request, reply) => {
        const imported = await runAs(deps, request, (ctx) =>
          importProduct(ctx, {
            document: request.body,
            ...(request.query.key && { key: request.query.key }),
          }),
        );
        return reply.status(201).send(presentImportedProduct(imported));
      },
    );
  };
