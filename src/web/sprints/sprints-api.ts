import type { z } from 'zod';
import type { Insights as ServerInsights } from '../../app/insights/insights.ts';
import type { Forecast as ServerForecast } from '../../app/sprints/forecast.ts';
import type { CommitResult, SprintProposal } from '../../app/sprints/plan-sprint.ts';
import type { Roadmap as ServerRoadmap } from '../../app/sprints/roadmap.ts';
import { type ItemSummary, type Json, OrdoApiError, type Page } from '../../client/ordo-client.ts';
import type { presentSprint } from '../../http/presenters.ts';
import type { closeSprintBody, createSprintBody, moveCardBody } from '../../http/schemas.ts';

/**
 * The sprint, forecast, roadmap, release-notes and insights calls the web app needs and
 * `OrdoClient` does not have yet. They belong in `src/client/ordo-client.ts` (same names): until
 * they move there, they call the API exactly the way the client's `#call` does and throw the same
 * `OrdoApiError`.
 */

export type Sprint = Json<ReturnType<typeof presentSprint>>;
export type SprintState = Sprint['state'];
export type SprintSummary = NonNullable<Sprint['summary']>;
export type NewSprint = z.input<typeof createSprintBody>;
export type Proposal = Json<SprintProposal>;
export type SkipReason = Proposal['skipped'][number]['reason'];
export type Commitment = Json<CommitResult>;
export type CardMove = z.input<typeof moveCardBody>;
export type Unfinished = z.input<typeof closeSprintBody>['unfinished'];
export interface SprintBoard {
  sprint: Sprint;
  cards: ItemSummary[];
}
export type Forecast = Json<ServerForecast>;
export type Roadmap = Json<ServerRoadmap>;
export type RoadmapEntry = Roadmap['now'][number];
export type Insights = Json<ServerInsights>;
/** A sprint's own release notes, or what shipped between two days (inclusive, YYYY-MM-DD). */
export type ReleaseNotesScope = { sprint: string } | { from: string; to: string };

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  // Release notes come back as markdown; everything else (errors included) as JSON.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  const payload = text && isJson ? JSON.parse(text) : text;
  if (!response.ok) {
    const error = (isJson && payload?.error) || {};
    throw new OrdoApiError(
      response.status,
      error.code ?? 'unknown',
      error.message ?? response.statusText,
      error.details,
    );
  }
  return payload as T;
}

const product = (key: string) => `/products/${encodeURIComponent(key)}`;
const sprint = (id: string) => `/sprints/${encodeURIComponent(id)}`;

export const sprintsApi = {
  listSprints: (productKey: string) => call<Page<Sprint>>('GET', `${product(productKey)}/sprints`),
  createSprint: (productKey: string, input: NewSprint) =>
    call<Sprint>('POST', `${product(productKey)}/sprints`, input),
  /** Ready items from the top of the product backlog that fit the capacity left, and what was passed over. */
  proposal: (sprintId: string) => call<Proposal>('GET', `${sprint(sprintId)}/proposal`),
  commit: (sprintId: string, itemKeys: string[]) =>
    call<Commitment>('POST', `${sprint(sprintId)}/items`, { itemKeys }),
  returnToBacklog: (sprintId: string, itemKey: string, toTop = false) =>
    call<void>('POST', `${sprint(sprintId)}/return`, { itemKey, ...(toTop && { toTop }) }),
  startSprint: (sprintId: string) => call<Sprint>('POST', `${sprint(sprintId)}/start`),
  board: (sprintId: string) => call<SprintBoard>('GET', `${sprint(sprintId)}/board`),
  moveCard: (sprintId: string, move: CardMove) =>
    call<ItemSummary>('POST', `${sprint(sprintId)}/board/move`, move),
  closeSprint: (sprintId: string, unfinished: Unfinished) =>
    call<Sprint>('POST', `${sprint(sprintId)}/close`, { unfinished }),

  forecast: (productKey: string) => call<Forecast>('GET', `${product(productKey)}/forecast`),
  roadmap: (productKey: string) => call<Roadmap>('GET', `${product(productKey)}/roadmap`),
  /** Markdown, by item type. */
  releaseNotes: (productKey: string, scope: ReleaseNotesScope) =>
    call<string>('GET', `${product(productKey)}/release-notes?${new URLSearchParams(scope)}`),
  insights: (productKey: string, weeks = 12) =>
    call<Insights>('GET', `${product(productKey)}/insights?weeks=${weeks}`),
};

/** The TanStack Query keys of this module's reads (beside `queryKeys` in ../api.ts). */
export const sprintKeys = {
  sprints: (productKey: string) => ['sprints', productKey] as const,
  /** The prefix of every board. */
  boards: ['sprint-board'] as const,
  board: (sprintId: string) => ['sprint-board', sprintId] as const,
  /** The top of the product backlog beside a sprint being planned (under the item lists too). */
  planBacklog: (productKey: string) => ['items', productKey, 'plan'] as const,
  /**
   * Under the product's item lists (`queryKeys.itemLists`): every change to the backlog that
   * refreshes the lists (a move, a live notice) refreshes the forecast with them.
   */
  forecast: (productKey: string) => ['items', productKey, 'forecast'] as const,
  roadmap: (productKey: string) => ['roadmap', productKey] as const,
  releaseNotes: (productKey: string, scope: ReleaseNotesScope) =>
    ['release-notes', productKey, scope] as const,
  insights: (productKey: string) => ['insights', productKey] as const,
};
