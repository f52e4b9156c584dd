import type { ReleaseNotesScope, Roadmap, Sprint, SprintProposal } from '../../client/ordo-client.ts';

/** The sprint types the pages share; the calls themselves are `client`'s (../api.ts). */
export type {
  CardMove,
  Commitment,
  Forecast,
  Insights,
  NewSprint,
  ReleaseNotesScope,
  Roadmap,
  Sprint,
  SprintBoard,
  Unfinished,
} from '../../client/ordo-client.ts';
export type SprintState = Sprint['state'];
export type SprintSummary = NonNullable<Sprint['summary']>;
export type Proposal = SprintProposal;
export type SkipReason = Proposal['skipped'][number]['reason'];
export type RoadmapEntry = Roadmap['now'][number];

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
  releases: (productKey: string) => ['releases', productKey] as const,
  /** The prefix of every release's burn-up. */
  releaseBurnUps: ['release-burn-up'] as const,
  releaseBurnUp: (releaseId: string) => ['release-burn-up', releaseId] as const,
};
