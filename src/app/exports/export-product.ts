import { exportPageSize } from '../../domain/export.ts';
import type { ItemType } from '../../domain/item.ts';
import {
  type DocumentItem,
  type ProductDocument,
  productDocumentFormat,
  productDocumentVersion,
} from '../../domain/product-document.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findProductByKey, type Product, scopeOf } from '../products/product-queries.ts';
import { type ExportFile, exportFileName, streamOf } from './export-file.ts';
import {
  type DocumentEvent,
  documentEventsAfter,
  documentItemsAfter,
  documentReleases,
  documentSessions,
  documentSprints,
  peopleOf,
} from './product-document-reads.ts';

/** The document's opening: everything before the items. */
async function head(ctx: Ctx, product: Product) {
  const {
    id: _,
    workspaceId: __,
    archivedAt: ___,
    nextRefinementAt,
    staleRule,
    createdAt,
    ...settings
  } = product;
  const [row, members] = await Promise.all([
    ctx.trx
      .selectFrom('products')
      .select('allow_overlapping_sprints')
      .where('id', '=', product.id)
      .executeTakeFirstOrThrow(),
    ctx.trx
      .selectFrom('memberships')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select(['people.email', 'people.name', 'memberships.role'])
      .where('memberships.product_id', '=', product.id)
      .orderBy('people.email')
      .execute(),
  ]);
  const document: Omit<ProductDocument, 'items' | 'sprints' | 'releases' | 'refinementSessions' | 'events'> =
    {
      format: productDocumentFormat,
      version: productDocumentVersion,
      exportedAt: ctx.now().toISOString(),
      product: {
        ...settings,
        nextRefinementAt: nextRefinementAt?.toISOString() ?? null,
        allowOverlappingSprints: row.allow_overlapping_sprints,
        staleRule: { ...staleRule, exemptTypes: staleRule.exemptTypes as ItemType[] },
        createdAt: createdAt.toISOString(),
      },
      members: members.map((member) => ({
        person: { email: member.email, name: member.name },
        role: member.role,
      })),
    };
  return document;
}

/** `"name":[` then the entries, a page at a time, then `]`. */
async function* arrayOf<Entry>(
  name: string,
  nextPage: (last: Entry | null) => Promise<Entry[]>,
  toJson: (entry: Entry) => string,
): AsyncGenerator<string> {
  yield `,\n"${name}":[`;
  let separator = '\n';
  let page = await nextPage(null);
  while (page.length > 0) {
    yield separator + page.map(toJson).join(',\n');
    separator = ',\n';
    page = page.length < exportPageSize ? [] : await nextPage(page.at(-1) ?? null);
  }
  yield '\n]';
}

async function* documentChunks(ctx: Ctx, product: Product): AsyncGenerator<string> {
  const db = ctx.trx;
  const people = await peopleOf(db, product.workspaceId);
  const opening = JSON.stringify(await head(ctx, product));
  yield opening.slice(0, -1);
  yield* arrayOf<DocumentItem>(
    'items',
    (last) => documentItemsAfter(db, product.id, last?.rank ?? null, exportPageSize, people),
    (item) => JSON.stringify(item),
  );
  yield `,\n"sprints":${JSON.stringify(await documentSprints(db, product.id))}`;
  yield `,\n"releases":${JSON.stringify(await documentReleases(db, product.id))}`;
  yield `,\n"refinementSessions":${JSON.stringify(await documentSessions(db, product.id, people))}`;
  yield* arrayOf<DocumentEvent>(
    'events',
    (last) => documentEventsAfter(db, product.id, last?.id ?? null, exportPageSize, people),
    (entry) => JSON.stringify(entry.event),
  );
  yield '}\n';
}

/**
 * A whole product as one JSON document (`ProductDocument`, version 1), streamed: items and events
 * are read a page at a time as the download is written. For its owners and admins: it holds the
 * requesters' contact details. `importProduct` reads it back on another Ordo.
 */
export async function exportProduct(ctx: Ctx, productKey: string): Promise<ExportFile> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'product.export', scopeOf(product));
  return {
    fileName: exportFileName(product.key, 'product', ctx.now(), 'json'),
    mediaType: 'application/json; charset=utf-8',
    stream: streamOf(documentChunks(ctx, product)),
  };
}
