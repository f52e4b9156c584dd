import { backlogPath } from '../app.tsx';

/** Where the refinement and scoring pages live, under their product's backlog. */
export const refinementPath = (productKey: string) => `${backlogPath(productKey)}/refinement`;
export const sessionPath = (productKey: string, sessionId: string) =>
  `${refinementPath(productKey)}/${encodeURIComponent(sessionId)}`;
export const refinementSettingsPath = (productKey: string) =>
  `${backlogPath(productKey)}/settings/refinement`;
export const scoringPath = (productKey: string) => `${backlogPath(productKey)}/scoring`;
