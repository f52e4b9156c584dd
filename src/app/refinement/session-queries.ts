import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { activeStatuses } from '../../domain/item.ts';
import { type Lack, readinessOf } from '../../domain/readiness.ts';
import type { RefinementOutcome } from '../../domain/refinement.ts';
import { notFound } from '../errors.ts';
import { type Item, itemColumns, toItem } from '../items/item-queries.ts';
import { findProductById, type Product } from '../products/product-queries.ts';
import { isReadySql } from './readiness-query.ts';

export interface RefinementSession {
  id: string;
  productId: string;
  number: number;
  scheduledFor: Date;
  state: 'planned' | 'running' | 'ended';
  startedAt: Date | null;
  endedAt: Date | null;
  summary: SessionSummary | null;
}

export interface SessionSummary {
  discussed: number;
  outcomes: Partial<Record<RefinementOutcome, number>>;
  /** Items on the agenda that were not ready at the start and are now. */
  nowReady: number;
  readyPoints: number;
  sprintsOfReadyWork: number | null;
}

export interface AgendaEntry {
  item: Item;
  position: number;
  notes: string;
  outcome: RefinementOutcome | null;
  readyAtStart: boolean;
  isReady: boolean;
  lacks: Lack[];
}

export async function findSession(
  trx: Kysely<DB>,
  id: string,
): Promise<{ session: RefinementSession; product: Product }> {
  const row = await trx.selectFrom('refinement_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Refinement session');
  const session: RefinementSession = {
    id: row.id,
    productId: row.product_id,
    number: row.number,
    scheduledFor: row.scheduled_for,
    state: row.state,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    summary: row.summary as SessionSummary | null,
  };
  return { session, product: await findProductById(trx, row.product_id) };
}

export async function agendaOf(
  trx: Kysely<DB>,
  session: RefinementSession,
  product: Product,
): Promise<AgendaEntry[]> {
  const rows = await trx
    .selectFrom('refinement_agenda')
    .innerJoin('items', 'items.id', 'refinement_agenda.item_id')
    .select(itemColumns)
    .select([
      'refinement_agenda.position as agenda_position',
      'refinement_agenda.notes as agenda_notes',
      'refinement_agenda.outcome as agenda_outcome',
      'refinement_agenda.ready_at_start as agenda_ready_at_start',
    ])
    .where('refinement_agenda.session_id', '=', session.id)
    .orderBy('agenda_position')
    .execute();
  return rows.map((row) => {
    const item = toItem(row);
    const readiness = readinessOf(item, product.definitionOfReady);
    return {
      item,
      position: row.agenda_position,
      notes: row.agenda_notes,
      outcome: row.agenda_outcome,
      readyAtStart: row.agenda_ready_at_start,
      isReady: readiness.isReady,
      lacks: readiness.lacks,
    };
  });
}

/** The agenda Ordo proposes: the first items from the top of the backlog that are not ready. */
export async function proposedAgenda(trx: Kysely<DB>, product: Product, size: number): Promise<Item[]> {
  const rows = await trx
    .selectFrom('items')
    .select(itemColumns)
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .where(
      'status',
      'in',
      activeStatuses.filter((status) => status !== 'in_progress'),
    )
    .where((eb) => eb.not(isReadySql(product.definitionOfReady)))
    .orderBy('rank')
    .limit(size)
    .execute();
  return rows.map(toItem);
}
