import { backlogPath } from '../app.tsx';
import type { ReleaseNotesScope } from './sprints-api.ts';

/** Where the sprint pages and the views made from them (roadmap, release notes, insights) live. */
export const sprintsPath = (productKey: string) => `${backlogPath(productKey)}/sprints`;
/** Planning: with a sprint's id, that sprint; without, the next planned one. */
export const sprintPlanPath = (productKey: string, sprintId?: string) =>
  `${sprintsPath(productKey)}/plan${sprintId ? `?sprint=${encodeURIComponent(sprintId)}` : ''}`;
export const sprintBoardPath = (productKey: string, sprintId: string) =>
  `${sprintsPath(productKey)}/${encodeURIComponent(sprintId)}`;
export const roadmapPath = (productKey: string) => `${backlogPath(productKey)}/roadmap`;
export const insightsPath = (productKey: string) => `${backlogPath(productKey)}/insights`;
export const releaseNotesPath = (productKey: string, scope?: ReleaseNotesScope) =>
  `${backlogPath(productKey)}/release-notes${scope ? `?${new URLSearchParams(scope)}` : ''}`;
