import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportBacklog } from '../../app/exports/export-backlog.ts';
import type { ExportFile } from '../../app/exports/export-file.ts';
import { exportProduct } from '../../app/exports/export-product.ts';
import { defaultBacklogColumns } from '../../domain/export.ts';
import { productDocumentSchema } from '../../domain/product-document.ts';
import { nonJson } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import { exportBacklogQuery } from './exports.schema.ts';
import { itemFiltersOf } from './items.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/** Sends an export as a download, streamed as it is written. */
export const sendExport = (reply: FastifyReply, file: ExportFile) =>
  reply
    .type(file.mediaType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.stream);

export const exportRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/export',
      {
        schema: {
          operationId: 'exportBacklog',
          tags: ['exports'],
          summary:
            'The backlog as the list shows it (the same filters and order) as CSV or a JSON array, chosen columns, streamed',
          params: productKeyParam,
          querystring: exportBacklogQuery,
          response: {
            200: nonJson(
              ['text/csv', 'application/json'],
              'CSV (a header, then one row per item; lists in one cell, joined by "; "), or a JSON array of objects with the chosen columns',
            ),
          },
        },
        config: { action: 'item.read' },
      },
      async (request, reply) => {
        const { format, columns, bom, ...filters } = request.query;
        const file = await runAs(deps, request, (ctx) =>
          exportBacklog(ctx, {
            productKey: request.params.productKey,
            ...itemFiltersOf(filters),
            format,
            columns: columns?.length ? columns : defaultBacklogColumns,
            bom: bom === 'true',
          }),
        );
        return sendExport(reply, file);
      },
    );

    app.get(
      '/products/:productKey/export/product',
      {
        schema: {
          operationId: 'exportProduct',
          tags: ['exports'],
          summary:
            'The whole product as one document (settings, members, items with everything, sprints, releases, refinement, history), streamed; `POST /products/import` reads it back',
          params: productKeyParam,
          response: { 200: productDocumentSchema },
        },
        config: { action: 'product.export' },
      },
      async (request, reply) => {
        const file = await runAs(deps, request, (ctx) => exportProduct(ctx, request.params.productKey));
        return sendExport(reply, file);
      },
    );
  };
