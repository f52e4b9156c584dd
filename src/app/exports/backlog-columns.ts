import type { BacklogColumn } from '../../domain/export.ts';
import { riceScore, wsjfScore } from '../../domain/scoring.ts';
import type { RankedItem } from '../items/list-items.ts';

/** A cell's value before a format writes it: a list stays a list, a moment stays a date. */
export type CellValue = string | number | boolean | null | Date | string[];

/** Each column of a backlog export, read from an item of the list. */
export const columnValues: Record<BacklogColumn, (item: RankedItem) => CellValue> = {
  key: (item) => item.key,
  type: (item) => item.type,
  title: (item) => item.title,
  status: (item) => item.status,
  estimate: (item) => item.estimate,
  tags: (item) => item.tags,
  demand: (item) => item.demand,
  ready: (item) => item.readiness.isReady,
  source: (item) => item.source,
  problem: (item) => item.problem,
  serves: (item) => item.serves,
  outcome: (item) => item.outcome,
  acceptanceCriteria: (item) =>
    item.acceptanceCriteria.map((criterion) => `[${criterion.done ? 'x' : ' '}] ${criterion.text}`),
  timeboxDays: (item) => item.timeboxDays,
  deadline: (item) => item.deadline,
  holdReason: (item) => item.holdReason,
  wsjfScore: (item) => wsjfScore(item.wsjf),
  riceScore: (item) => riceScore(item.rice),
  moscow: (item) => item.moscow,
  rank: (item) => item.rank,
  createdAt: (item) => item.createdAt,
  updatedAt: (item) => item.updatedAt,
  lastActivityAt: (item) => item.lastActivityAt,
  archivedAt: (item) => item.archivedAt,
  archiveReason: (item) => item.archiveReason,
};
