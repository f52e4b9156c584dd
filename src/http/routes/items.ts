import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { archiveItem, restoreItem } from '../../app/items/archive-item.ts';
import { commentOnItem } from '../../app/items/comment-on-item.ts';
import { createItem } from '../../app/items/create-item.ts';
import { getItem } from '../../app/items/get-item.ts';
import { itemHistory } from '../../app/items/item-history.ts';
import { listItems } from '../../app/items/list-items.ts';
import { updateItem } from '../../app/items/update-item.ts';
import { setWatching } from '../../app/items/watch-item.ts';
import { moveItem } from '../../app/ranking/move-item.ts';
import { pageOf } from '../contract.ts';
import { itemKeyParam, pageQuery, productKeyParam } from '../fields.ts';
import { versionFrom } from '../if-match.ts';
import { runAs } from '../request-context.ts';
import {
  archiveBody,
  commentBody,
  commentSchema,
  createItemBody,
  historyEntrySchema,
  itemDetailSchema,
  itemFiltersOf,
  itemSchema,
  listItemsQuery,
  moveBody,
  presentComment,
  presentHistoryEntry,
  presentItem,
  presentItemDetail,
  updateItemBody,
  watchBody,
  watchingSchema,
} from './items.schema.ts';
import type { RouteDeps } from './route-deps.ts';

export const itemRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/items',
      {
        schema: {
          operationId: 'listItems',
          tags: ['items'],
          summary: 'The ranked backlog, filtered',
          params: productKeyParam,
          querystring: listItemsQuery,
          response: { 200: pageOf(itemSchema) },
        },
        config: { action: 'item.read' },
      },
      async (request) => {
        const { cursor, limit, ...filters } = request.query;
        const page = await runAs(deps, request, (ctx) =>
          listItems(ctx, {
            productKey: request.params.productKey,
            ...itemFiltersOf(filters),
            cursor: cursor ?? null,
            limit,
          }),
        );
        return { data: page.items.map(presentItem), next: page.next };
      },
    );

    app.post(
      '/products/:productKey/items',
      {
        schema: {
          operationId: 'createItem',
          tags: ['items'],
          summary: 'Create an item',
          params: productKeyParam,
          body: createItemBody,
          response: { 201: itemSchema },
        },
        config: { action: 'item.create' },
      },
      async (request, reply) => {
        const item = await runAs(deps, request, (ctx) =>
          createItem(ctx, { ...request.body, productKey: request.params.productKey }),
        );
        return reply.status(201).header('etag', `"${item.version}"`).send(presentItem(item));
      },
    );

    app.get(
      '/items/:itemKey',
      {
        schema: {
          operationId: 'getItem',
          tags: ['items'],
          summary: 'One item with every field',
          params: itemKeyParam,
          response: { 200: itemDetailSchema },
        },
        config: { action: 'item.read' },
      },
      async (request, reply) => {
        const item = await runAs(deps, request, (ctx) => getItem(ctx, request.params.itemKey));
        return reply.header('etag', `"${item.version}"`).send(presentItemDetail(item));
      },
    );

    app.patch(
      '/items/:itemKey',
      {
        schema: {
          operationId: 'updateItem',
          tags: ['items'],
          summary: 'Edit an item (If-Match: its version)',
          params: itemKeyParam,
          body: updateItemBody,
          response: { 200: itemSchema },
        },
        config: { action: 'item.update' },
      },
      async (request, reply) => {
        const version = versionFrom(request.headers['if-match']);
        const item = await runAs(deps, request, (ctx) =>
          updateItem(ctx, { key: request.params.itemKey, version, changes: request.body }),
        );
        return reply.header('etag', `"${item.version}"`).send(presentItem(item));
      },
    );

    app.delete(
      '/items/:itemKey',
      {
        schema: {
          operationId: 'archiveItem',
          tags: ['items'],
          summary: 'Archive an item (it leaves the order, keeps its history)',
          params: itemKeyParam,
          body: archiveBody.optional(),
          response: { 200: itemSchema },
        },
        config: { action: 'item.archive' },
      },
      async (request) => {
        const reason = request.body?.reason ?? 'obsolete';
        return presentItem(
          await runAs(deps, request, (ctx) => archiveItem(ctx, { key: request.params.itemKey, reason })),
        );
      },
    );

    app.post(
      '/items/:itemKey/restore',
      {
        schema: {
          operationId: 'restoreItem',
          tags: ['items'],
          summary: 'Restore an archived item to its place',
          params: itemKeyParam,
          response: { 200: itemSchema },
        },
        config: { action: 'item.archive' },
      },
      async (request) =>
        presentItem(await runAs(deps, request, (ctx) => restoreItem(ctx, { key: request.params.itemKey }))),
    );

    app.post(
      '/items/:itemKey/move',
      {
        schema: {
          operationId: 'moveItem',
          tags: ['ranking'],
          summary: 'Move an item to the top, the bottom, or next to another',
          params: itemKeyParam,
          body: moveBody,
          response: { 200: itemSchema },
        },
        config: { action: 'item.move' },
      },
      async (request) => {
        const { reason, ...target } = request.body;
        const item = await runAs(deps, request, (ctx) =>
          moveItem(ctx, { key: request.params.itemKey, target, ...(reason && { reason }) }),
        );
        return presentItem(item);
      },
    );

    app.get(
      '/items/:itemKey/history',
      {
        schema: {
          operationId: 'listItemHistory',
          tags: ['items'],
          summary: "An item's history, newest first",
          params: itemKeyParam,
          querystring: pageQuery,
          response: { 200: pageOf(historyEntrySchema) },
        },
        config: { action: 'item.read' },
      },
      async (request) => {
        const page = await runAs(deps, request, (ctx) =>
          itemHistory(ctx, {
            key: request.params.itemKey,
            cursor: request.query.cursor ?? null,
            limit: request.query.limit,
          }),
        );
        return { data: page.entries.map(presentHistoryEntry), next: page.next };
      },
    );

    app.post(
      '/items/:itemKey/comments',
      {
        schema: {
          operationId: 'commentOnItem',
          tags: ['items'],
          summary: 'Comment on an item',
          params: itemKeyParam,
          body: commentBody,
          response: { 201: commentSchema },
        },
        config: { action: 'item.comment' },
      },
      async (request, reply) => {
        const comment = await runAs(deps, request, (ctx) =>
          commentOnItem(ctx, { key: request.params.itemKey, body: request.body.body }),
        );
        return reply.status(201).send(presentComment(comment));
      },
    );

    app.put(
      '/items/:itemKey/watching',
      {
        schema: {
          operationId: 'setWatching',
          tags: ['items'],
          summary: 'Watch or stop watching an item',
          params: itemKeyParam,
          body: watchBody,
          response: { 200: watchingSchema },
        },
        config: { action: 'item.watch' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          setWatching(ctx, { key: request.params.itemKey, watching: request.body.watching }),
        ),
    );
  };
