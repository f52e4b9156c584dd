import type { z } from 'zod';
import type { ScoreOrderEntry as ServerScoreOrderEntry } from '../../app/refinement/order-by-score.ts';
import {
  type ItemSummary,
  type Json,
  OrdoApiError,
  type Page,
  type Product,
  type ProductChanges,
} from '../../client/ordo-client.ts';
import type { presentPokerRound, presentSession, presentSessionView } from '../../http/presenters.ts';
import type { agendaNoteBody, splitBody } from '../../http/schemas.ts';

/**
 * The refinement, scoring and product-settings calls the web app needs and `OrdoClient` does not
 * have yet. They belong in `src/client/ordo-client.ts` (same names): until they move there, they
 * call the API exactly the way the client's `#call` does and throw the same `OrdoApiError`.
 */

export type RefinementSession = Json<ReturnType<typeof presentSession>>;
export type SessionView = Json<ReturnType<typeof presentSessionView>>;
export type AgendaEntry = SessionView['agenda'][number];
export type SessionSummary = NonNullable<RefinementSession['summary']>;
export type PokerRound = Json<ReturnType<typeof presentPokerRound>>;
export type AgendaNote = z.input<typeof agendaNoteBody>;
export type SplitPart = z.input<typeof splitBody>['parts'][number];
export type ScoreKind = 'wsjf' | 'rice';
export type ScoreOrderEntry = Json<ServerScoreOrderEntry>;

async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const payload = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = payload?.error ?? {};
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
const session = (id: string) => `/refinement-sessions/${encodeURIComponent(id)}`;
const round = (id: string) => `/poker-rounds/${encodeURIComponent(id)}`;
const item = (key: string) => `/items/${encodeURIComponent(key)}`;

export const refinementApi = {
  updateProduct: (key: string, changes: ProductChanges) => call<Product>('PATCH', product(key), changes),

  listSessions: (productKey: string) =>
    call<Page<RefinementSession>>('GET', `${product(productKey)}/refinement-sessions`),
  /** Without item keys, the server proposes the agenda from the top of the backlog. */
  scheduleSession: (productKey: string, input: { scheduledFor?: string; itemKeys?: string[] } = {}) =>
    call<RefinementSession>('POST', `${product(productKey)}/refinement-sessions`, input),
  getSession: (id: string) => call<SessionView>('GET', session(id)),
  setAgenda: (id: string, itemKeys: string[]) =>
    call<SessionView>('PUT', `${session(id)}/agenda`, { itemKeys }),
  startSession: (id: string) => call<RefinementSession>('POST', `${session(id)}/start`),
  joinSession: (id: string) => call<SessionView>('POST', `${session(id)}/join`),
  endSession: (id: string) => call<RefinementSession>('POST', `${session(id)}/end`),
  noteAgendaItem: (id: string, itemKey: string, note: AgendaNote) =>
    call<void>('PUT', `${session(id)}/items/${encodeURIComponent(itemKey)}`, note),

  startPoker: (sessionId: string, itemKey: string) =>
    call<PokerRound>('POST', `${session(sessionId)}/poker`, { itemKey }),
  vote: (roundId: string, card: string) => call<PokerRound>('PUT', `${round(roundId)}/vote`, { card }),
  reveal: (roundId: string) => call<PokerRound>('POST', `${round(roundId)}/reveal`),
  revote: (roundId: string) => call<PokerRound>('POST', `${round(roundId)}/revote`),
  agree: (roundId: string, estimate: number) =>
    call<PokerRound>('POST', `${round(roundId)}/agree`, { estimate }),

  splitItem: (key: string, version: number, parts: SplitPart[]) =>
    call<Page<ItemSummary>>('POST', `${item(key)}/split`, { parts }, { 'if-match': `"${version}"` }),

  previewScoreOrder: (productKey: string, by: ScoreKind) =>
    call<Page<ScoreOrderEntry>>('GET', `${product(productKey)}/score-order?by=${by}`),
  /** Without keys, applies the fewest moves that give the proposed order. */
  applyScoreOrder: (productKey: string, by: ScoreKind, keys?: string[]) =>
    call<{ moved: string[] }>('POST', `${product(productKey)}/score-order/apply`, {
      by,
      ...(keys && { keys }),
    }),
};

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
