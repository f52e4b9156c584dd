import {
  type AcceptanceCriterion,
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemKey,
  type LinkKind,
  normaliseTags,
} from '../../domain/item.ts';
import { itemFieldProblems } from '../../domain/item-rules.ts';
import { type MoveTarget, needsRespacing } from '../../domain/rank.ts';
import type { Moscow, RiceInput, WsjfInput } from '../../domain/scoring.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductByKey, lockProduct, scopeOf } from '../products/product-queries.ts';
import { rankForTarget } from '../ranking/rank-queries.ts';
import { requestRespacing } from '../ranking/respace-ranks.ts';
import { addLinks } from './item-links.ts';
import { type Item, itemColumns, takeItemNumber, toItem } from './item-queries.ts';

export interface RequesterInput {
  name: string;
  email?: string | null;
  /** Set when the requester has an account (they then follow the item). */
  personId?: string | null;
  /** Where they came from; the item's own source unless said. */
  source?: ItemSource;
  /** The triaged request that brought them. */
  requestId?: string | null;
}

export interface LinkInput {
  kind: LinkKind;
  key: string;
}

export interface CreateItemInput {
  productKey: string;
  type: ItemType;
  title: string;
  problem?: string;
  serves?: string;
  outcome?: string;
  acceptanceCriteria?: AcceptanceCriterion[];
  estimate?: number | null;
  timeboxDays?: number | null;
  deadline?: string | null;
  tags?: string[];
  status?: ItemStatus;
  holdReason?: string | null;
  source?: ItemSource;
  requesters?: RequesterInput[];
  links?: LinkInput[];
  readyChecks?: string[];
  wsjf?: Partial<WsjfInput>;
  rice?: Partial<RiceInput>;
  moscow?: Moscow | null;
  /** Where the new item goes in the order; the bottom unless said. */
  position?: MoveTarget;
}

export function fieldProblemsError(problems: { field: string; message: string }[]): AppError {
  const message = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new AppError('invalid_input', message, problems);
}

export async function createItem(ctx: Ctx, input: CreateItemInput): Promise<Item> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.create', scopeOf(product), { itemType: input.type });
  const actor = requireActor(ctx);
  const fields = {
    type: input.type,
    status: input.status ?? 'open',
    holdReason: input.holdReason?.trim() || null,
    timeboxDays: input.timeboxDays ?? null,
    deadline: input.deadline ?? null,
  };
  const problems = itemFieldProblems(fields);
  if (problems.length > 0) throw fieldProblemsError(problems);

  await lockProduct(ctx.trx, product.id);
  const number = await takeItemNumber(ctx.trx, product.id);
  const { rank } = await rankForTarget(ctx.trx, product.id, input.position ?? { to: 'bottom' }, null);
  const now = ctx.now();
  const row = await ctx.trx
    .insertInto('items')
    .values({
      product_id: product.id,
      number,
      key: itemKey(product.key, number),
      type: fields.type,
      title: input.title.trim(),
      problem: input.problem ?? '',
      serves: input.serves ?? '',
      outcome: input.outcome ?? '',
      acceptance_criteria: JSON.stringify(input.acceptanceCriteria ?? []),
      estimate: input.estimate ?? null,
      timebox_days: fields.timeboxDays,
      deadline: fields.deadline,
      tags: normaliseTags(input.tags ?? []),
      status: fields.status,
      hold_reason: fields.holdReason,
      source: input.source ?? 'internal',
      rank,
      ready_checks: [...new Set(input.readyChecks ?? [])],
      wsjf_business_value: input.wsjf?.businessValue ?? null,
      wsjf_time_criticality: input.wsjf?.timeCriticality ?? null,
      wsjf_risk_reduction: input.wsjf?.riskReduction ?? null,
      wsjf_job_size: input.wsjf?.jobSize ?? null,
      rice_reach: input.rice?.reach ?? null,
      rice_impact: input.rice?.impact ?? null,
      rice_confidence: input.rice?.confidence ?? null,
      rice_effort: input.rice?.effort ?? null,
      moscow: input.moscow ?? null,
      created_by: actor.personId,
      created_at: now,
      updated_at: now,
      last_activity_at: now,
    })
    .returning(itemColumns)
    .executeTakeFirstOrThrow();
  const item = toItem(row);
  if (input.requesters?.length) {
    await ctx.trx
      .insertInto('item_requesters')
      .values(
        input.requesters.map((requester) => ({
          item_id: item.id,
          name: requester.name.trim(),
          email: requester.email?.trim().toLowerCase() || null,
          person_id: requester.personId ?? null,
          source: requester.source ?? item.source,
          request_id: requester.requestId ?? null,
          created_at: now,
        })),
      )
      .execute();
  }
  await addLinks(ctx.trx, item, input.links ?? []);
  if (needsRespacing(rank)) await requestRespacing(ctx, product.id);
  await ctx.trx
    .insertInto('watchers')
    .values({ item_id: item.id, person_id: actor.personId, created_at: now })
    .execute();
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'item.created',
    data: { after: { type: item.type, title: item.title, status: item.status, source: item.source } },
  });
  return item;
}
