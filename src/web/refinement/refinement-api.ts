import type { ScoreKind, SessionView } from '../../client/ordo-client.ts';

/** The refinement types the pages share; the calls themselves are `client`'s (../api.ts). */
export type {
  AgendaNote,
  PokerRound,
  RefinementSession,
  ScoreKind,
  ScoreOrderEntry,
  SessionView,
  SplitPart,
} from '../../client/ordo-client.ts';
export type AgendaEntry = SessionView['agenda'][number];
export type SessionSummary = NonNullable<SessionView['summary']>;

/** The TanStack Query keys of this module's reads (beside `queryKeys` in ../api.ts). */
export const refinementKeys = {
  /** The prefix of every product's list of sessions. */
  sessionLists: ['refinement-sessions'] as const,
  sessions: (productKey: string) => ['refinement-sessions', productKey] as const,
  session: (id: string) => ['refinement-session', id] as const,
  /** The prefix of both proposals (WSJF and RICE) of a product. */
  scoreOrders: (productKey: string) => ['score-order', productKey] as const,
  scoreOrder: (productKey: string, by: ScoreKind) => ['score-order', productKey, by] as const,
};
