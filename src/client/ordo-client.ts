import type { z } from 'zod';
import type { AuditKind } from '../domain/audit.ts';
import type { BacklogColumn, BacklogExportFormat } from '../domain/export.ts';
import type { ItemSource, ItemStatus, ItemType } from '../domain/item.ts';
import type { productDocumentSchema } from '../domain/product-document.ts';
import type { MoveTarget } from '../domain/rank.ts';
import type { accountLinkSchema, profileChangesBody, profileSchema } from '../http/routes/account.schema.ts';
import type { auditEntrySchema } from '../http/routes/audit.schema.ts';
import type { meSchema } from '../http/routes/auth.schema.ts';
import type {
  bulkUpdateBody,
  changedSchema,
  custodianViewSchema,
  healthDaySchema,
  restoredSchema,
  staleAppliedSchema,
  staleCandidateSchema,
  staleRunSchema,
} from '../http/routes/custodian.schema.ts';
import type { recordedEventSchema } from '../http/routes/events.schema.ts';
import type { importedProductSchema } from '../http/routes/imports.schema.ts';
import type { insightsSchema } from '../http/routes/insights.schema.ts';
import type {
  commentSchema,
  createItemBody,
  historyEntrySchema,
  itemDetailSchema,
  itemSchema,
  updateItemBody,
} from '../http/routes/items.schema.ts';
import type { memberSchema } from '../http/routes/members.schema.ts';
import type { notificationSchema } from '../http/routes/notifications.schema.ts';
import type { authMethodsResponse } from '../http/routes/oidc.ts';
import type { invitationBody, personChangesBody, personSchema } from '../http/routes/people.schema.ts';
import type { pokerRoundSchema } from '../http/routes/poker.schema.ts';
import type { productSchema, updateProductBody } from '../http/routes/products.schema.ts';
import type {
  publicFormAnswerSchema,
  publicFormSchema,
  publicRequestBody,
} from '../http/routes/public.schema.ts';
import type {
  agendaNoteBody,
  commitmentCheckSchema,
  scoreOrderAppliedSchema,
  scoreOrderEntrySchema,
  sessionSchema,
  sessionViewSchema,
  splitBody,
} from '../http/routes/refinement.schema.ts';
import type {
  createReleaseBody,
  plannedSchema,
  releaseBurnUpSchema,
  releaseProgressSchema,
  releaseSchema,
  updateReleaseBody,
} from '../http/routes/releases.schema.ts';
import type {
  acceptBody,
  bulkTriageBody,
  decisionSchema,
  duplicateSuggestionSchema,
  inboxEntrySchema,
  requestSchema,
  requestStatusSchema,
  requestViewSchema,
  submitRequestBody,
  submittedRequestSchema,
  triageCountSchema,
} from '../http/routes/requests.schema.ts';
import type {
  closeSprintBody,
  commitmentSchema,
  createSprintBody,
  forecastSchema,
  moveCardBody,
  roadmapSchema,
  sprintBoardSchema,
  sprintProposalSchema,
  sprintSchema,
} from '../http/routes/sprints.schema.ts';
import type { tokenSchema } from '../http/routes/tokens.schema.ts';
import type {
  deliverySchema,
  newWebhookBody,
  newWebhookSchema,
  webhookChangeBody,
  webhookSchema,
} from '../http/routes/webhooks.schema.ts';
import type { workspaceSettingsSchema } from '../http/routes/workspace.schema.ts';

/** A query string (with its `?`, or nothing) of the values given; a list is one comma-joined value. */
function searchOf(values: object): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(name, value.join(','));
    } else query.set(name, String(value));
  }
  return query.size ? `?${query}` : '';
}

/**
 * The one typed client of Ordo's HTTP API, used by the web app, the CLI and the tests. Types
 * come from the server's presenters and schemas, so the two cannot drift apart.
 */

/** What JSON makes of a presented value: dates travel as ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export type ItemSummary = Json<z.output<typeof itemSchema>>;
export type ItemDetail = Json<z.output<typeof itemDetailSchema>>;
export type HistoryEntry = Json<z.output<typeof historyEntrySchema>>;
export type Comment = Json<z.output<typeof commentSchema>>;
export type Product = Json<z.output<typeof productSchema>>;
export type Member = Json<z.output<typeof memberSchema>>;
export type Person = Json<z.output<typeof personSchema>>;
export type ApiToken = Json<z.output<typeof tokenSchema>>;
export type Profile = Json<z.output<typeof profileSchema>>;
export type ProfileChanges = z.input<typeof profileChangesBody>;
export type Invitation = z.input<typeof invitationBody>;
export type PersonChanges = z.input<typeof personChangesBody>;
/** How people sign in here: `password` false when only the company's provider is offered. */
export type AuthMethods = z.infer<typeof authMethodsResponse>;
export type AuditEntry = Json<z.output<typeof auditEntrySchema>>;
export interface AuditQuery {
  actorId?: string;
  kind?: AuditKind;
  from?: string;
  to?: string;
  before?: string;
}
export type WorkspaceSettings = Json<z.output<typeof workspaceSettingsSchema>>;
export type Webhook = Json<z.output<typeof webhookSchema>>;
export type WebhookWithSecret = Json<z.output<typeof newWebhookSchema>>;
export type NewWebhook = z.input<typeof newWebhookBody>;
export type WebhookChange = z.input<typeof webhookChangeBody>;
export type WebhookDelivery = Json<z.output<typeof deliverySchema>>;
export type RecordedEvent = Json<z.output<typeof recordedEventSchema>>;
export type AccountLink = Json<z.output<typeof accountLinkSchema>>;
export type RequestSummary = Json<z.output<typeof requestSchema>>;
export type InboxEntry = Json<z.output<typeof inboxEntrySchema>>;
export type RequestStatus = Json<z.output<typeof requestStatusSchema>>;
/** Triagers get the whole request with its status page; its requester, the status page alone. */
export type RequestView = Json<z.output<typeof requestViewSchema>>;
export type SubmittedRequest = Json<z.output<typeof submittedRequestSchema>>;
export type TriageCount = z.output<typeof triageCountSchema>;
export type TriageDecision = Json<z.output<typeof decisionSchema>>;
export type PublicForm = z.output<typeof publicFormSchema>;
export type PublicFormAnswer = z.output<typeof publicFormAnswerSchema>;
export type NewRequest = z.input<typeof submitRequestBody>;
export type NewPublicRequest = z.input<typeof publicRequestBody>;
export type AcceptDecision = z.input<typeof acceptBody>;
export type BulkTriage = z.input<typeof bulkTriageBody>;
export type DuplicateSuggestion = z.output<typeof duplicateSuggestionSchema>;
export type Notification = Json<z.output<typeof notificationSchema>>;
export type CustodianView = Json<z.output<typeof custodianViewSchema>>;
export type StaleCandidate = Json<z.output<typeof staleCandidateSchema>>;
export type StaleRun = Json<z.output<typeof staleRunSchema>>;
export type StaleApplied = z.output<typeof staleAppliedSchema>;
export type Restored = z.output<typeof restoredSchema>;
export type Changed = z.output<typeof changedSchema>;
export type RefinementSession = Json<z.output<typeof sessionSchema>>;
export type SessionView = Json<z.output<typeof sessionViewSchema>>;
export type PokerRound = z.output<typeof pokerRoundSchema>;
export type AgendaNote = z.input<typeof agendaNoteBody>;
export type SplitPart = z.input<typeof splitBody>['parts'][number];
export type ScoreKind = 'wsjf' | 'rice';
export type ScoreOrderEntry = z.output<typeof scoreOrderEntrySchema>;
export type ScoreOrderApplied = z.output<typeof scoreOrderAppliedSchema>;
export type CommitmentCheck = z.output<typeof commitmentCheckSchema>;
export type Sprint = Json<z.output<typeof sprintSchema>>;
export type NewSprint = z.input<typeof createSprintBody>;
export type SprintProposal = z.output<typeof sprintProposalSchema>;
export type Commitment = z.output<typeof commitmentSchema>;
export type CardMove = z.input<typeof moveCardBody>;
export type Unfinished = z.input<typeof closeSprintBody>['unfinished'];
export type SprintBoard = Json<z.output<typeof sprintBoardSchema>>;
export type Forecast = z.output<typeof forecastSchema>;
export type Roadmap = z.output<typeof roadmapSchema>;
export type Insights = z.output<typeof insightsSchema>;
export type Release = Json<z.output<typeof releaseSchema>>;
/** A release in the list: with what is planned into it and how much is done. */
export type ReleaseProgress = Json<z.output<typeof releaseProgressSchema>>;
export type Planned = z.output<typeof plannedSchema>;
export type NewRelease = z.input<typeof createReleaseBody>;
export type ReleaseChanges = z.input<typeof updateReleaseBody>;
export type ReleaseBurnUp = Json<z.output<typeof releaseBurnUpSchema>>;
/** A sprint's or a release's own release notes, or what shipped between two days (inclusive, YYYY-MM-DD). */
export type ReleaseNotesScope = { sprint: string } | { release: string } | { from: string; to: string };
export type HealthDay = z.output<typeof healthDaySchema>;
export type BulkChange = z.input<typeof bulkUpdateBody>['change'];
export type NewItem = z.input<typeof createItemBody>;
export type ProductChanges = z.input<typeof updateProductBody>;
export type ItemChanges = z.input<typeof updateItemBody>;
export interface Page<T> {
  data: T[];
  next: string | null;
}
export type Me = Json<z.output<typeof meSchema>>;
export type ImportedProduct = z.output<typeof importedProductSchema>;
export type ProductDocument = z.output<typeof productDocumentSchema>;

export interface ItemFilters {
  type?: ItemType[];
  status?: ItemStatus[];
  source?: ItemSource[];
  tag?: string[];
  q?: string;
  /** true: archived items too; 'only': archived items alone. */
  archived?: boolean | 'only';
  minDemand?: number;
  ready?: boolean;
  sort?: 'rank' | 'demand';
  cursor?: string | null;
  limit?: number;
}

/** What a backlog export writes, beside the list's filters and order. */
export interface BacklogExportOptions extends Omit<ItemFilters, 'cursor' | 'limit'> {
  format?: BacklogExportFormat;
  columns?: BacklogColumn[];
  /** A UTF-8 byte-order mark first, for Excel (CSV). */
  bom?: boolean;
}

const backlogExportPath = (productKey: string, options: BacklogExportOptions) =>
  `/products/${encodeURIComponent(productKey)}/export${searchOf(options)}`;

const productExportPath = (productKey: string) =>
  `/products/${encodeURIComponent(productKey)}/export/product`;

export class OrdoApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = 'OrdoApiError';
  }
}

export interface Readiness {
  status: 'ready' | 'not_ready';
  checks: Record<'database' | 'migrations' | 'jobs', { ok: boolean; detail: string }>;
}

export interface ClientOptions {
  /** The server, e.g. http://localhost:3000; empty for the page's own origin. */
  baseUrl?: string;
  /** An API token; without one, the browser's session cookie is used. */
  token?: string;
  fetch?: typeof fetch;
}

export class OrdoClient {
  readonly #baseUrl: string;
  readonly #token: string | undefined;
  readonly #fetch: typeof fetch;

  constructor(options: ClientOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  #send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.#fetch(`${this.#baseUrl}/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(this.#token && { authorization: `Bearer ${this.#token}` }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  }

  /** The API's error answer, `{ error: { code, message, details } }`, as an exception. */
  async #failure(response: Response): Promise<OrdoApiError> {
    let error: { code?: string; message?: string; details?: unknown } = {};
    try {
      error = JSON.parse(await response.text()).error ?? {};
    } catch {
      // not JSON: a proxy's page, say
    }
    return new OrdoApiError(
      response.status,
      error.code ?? 'unknown',
      error.message ?? response.statusText,
      error.details,
    );
  }

  async #call<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.#send(method, path, body, headers);
    if (!response.ok) throw await this.#failure(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    // Release notes come back as markdown; everything else as JSON.
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return (text && isJson ? JSON.parse(text) : text || undefined) as T;
  }

  /** A download (a backup, an export): the answer's body as a stream, read as it comes. */
  async #download(path: string): Promise<ReadableStream<Uint8Array>> {
    const response = await this.#send('GET', path);
    if (!response.ok) throw await this.#failure(response);
    if (!response.body) throw new Error(`the server sent nothing for ${path}`);
    return response.body;
  }

  /** The whole embedded database as a stream of a gzipped tarball (admins; on PostgreSQL a 409). */
  backup = () => this.#download('/backup');
  /** The backlog as the list shows it (the same filters and order), as CSV or JSON, streamed. */
  exportBacklog = (productKey: string, options: BacklogExportOptions = {}) =>
    this.#download(backlogExportPath(productKey, options));
  /** Where the browser downloads that export from (a link: the file streams to disk, not into the page). */
  backlogExportUrl = (productKey: string, options: BacklogExportOptions = {}) =>
    `${this.#baseUrl}/api${backlogExportPath(productKey, options)}`;
  /** A product created from its document (admins); `key` renames it. The report lists every item. */
  importProduct = (document: unknown, key?: string) =>
    this.#call<ImportedProduct>(
      'POST',
      `/products/import${key ? `?key=${encodeURIComponent(key)}` : ''}`,
      document,
    );
  /** The whole product as one document (owners and admins), streamed; `importProduct` reads it back. */
  exportProduct = (productKey: string) => this.#download(productExportPath(productKey));
  /** Where the browser downloads that document from. */
  productExportUrl = (productKey: string) => `${this.#baseUrl}/api${productExportPath(productKey)}`;

  /** Whether the server can serve (`GET /api/ready`): its checks, ready or not (a 503 is an answer here). */
  readiness = async (): Promise<Readiness> => {
    const response = await this.#send('GET', '/ready');
    if (response.status !== 200 && response.status !== 503) throw await this.#failure(response);
    return (await response.json()) as Readiness;
  };

  setupStatus = () => this.#call<{ isSetUp: boolean }>('GET', '/setup');
  setUp = (input: { workspaceName: string; name: string; email: string; password: string }) =>
    this.#call<Person>('POST', '/setup', input);
  authMethods = () => this.#call<AuthMethods>('GET', '/auth/methods');
  /** Company sign-in is a navigation, not a call: the browser goes here, then to the provider. */
  providerSignInUrl = (next: string) =>
    `${this.#baseUrl}/api/auth/oidc/start?next=${encodeURIComponent(next)}`;
  /** With two-factor sign-in on, the first try answers 401 `second_factor_required`: send `code` too. */
  signIn = (email: string, password: string, code?: string) =>
    this.#call<{ person: Me }>('POST', '/auth/sign-in', { email, password, ...(code && { code }) });
  signOut = () => this.#call<void>('POST', '/auth/sign-out');
  me = () => this.#call<Me>('GET', '/me');
  /** Who is signed in, or null: unlike `me`, no one signed in is not an error. */
  session = () => this.#call<{ me: Me | null }>('GET', '/session');

  // One's own account: profile, password, tokens, and the links mail brings.
  getProfile = () => this.#call<Profile>('GET', '/profile');
  updateProfile = (changes: ProfileChanges) => this.#call<Profile>('PATCH', '/profile', changes);
  changePassword = (currentPassword: string, newPassword: string) =>
    this.#call<{ endedSessions: number }>('POST', '/profile/password', { currentPassword, newPassword });
  signOutEverywhere = () => this.#call<{ endedSessions: number }>('POST', '/profile/sign-out-everywhere');
  startTwoFactor = () =>
    this.#call<{ secret: string; uri: string; qrSvg: string }>('POST', '/profile/two-factor');
  confirmTwoFactor = (code: string, password: string) =>
    this.#call<{ recoveryCodes: string[] }>('POST', '/profile/two-factor/confirm', { code, password });
  newRecoveryCodes = (code: string) =>
    this.#call<{ recoveryCodes: string[] }>('POST', '/profile/two-factor/recovery-codes', { code });
  turnOffTwoFactor = (password: string) => this.#call<void>('DELETE', '/profile/two-factor', { password });
  getWorkspace = () => this.#call<WorkspaceSettings>('GET', '/workspace');
  updateWorkspace = (changes: Partial<WorkspaceSettings>) =>
    this.#call<WorkspaceSettings>('PATCH', '/workspace', changes);
  listTokens = () => this.#call<Page<ApiToken>>('GET', '/tokens');
  /** `expiresAt`: an ISO instant; without one the token works until revoked. */
  createToken = (name: string, expiresAt?: string) =>
    this.#call<ApiToken & { token: string }>('POST', '/tokens', { name, ...(expiresAt && { expiresAt }) });
  revokeToken = (id: string) => this.#call<void>('DELETE', `/tokens/${encodeURIComponent(id)}`);
  requestPasswordReset = (email: string) =>
    this.#call<{ message: string }>('POST', '/auth/password-reset', { email });
  inspectLink = (token: string) => this.#call<AccountLink>('POST', '/auth/links/inspect', { token });
  setPasswordWithLink = (token: string, password: string) =>
    this.#call<{ person: Me | null; secondFactorRequired: boolean }>('POST', '/auth/links/use', {
      token,
      password,
    });

  listProducts = (options: { includeArchived?: boolean } = {}) =>
    this.#call<Page<Product>>('GET', `/products${options.includeArchived ? '?includeArchived=true' : ''}`);
  archiveProduct = (key: string) =>
    this.#call<Product>('POST', `/products/${encodeURIComponent(key)}/archive`);
  restoreProduct = (key: string) =>
    this.#call<Product>('POST', `/products/${encodeURIComponent(key)}/restore`);
  getProduct = (key: string) => this.#call<Product>('GET', `/products/${encodeURIComponent(key)}`);
  createProduct = (product: {
    key: string;
    name: string;
    description?: string;
    visibility?: 'workspace' | 'members';
  }) => this.#call<Product>('POST', '/products', product);
  updateProduct = (key: string, changes: ProductChanges) =>
    this.#call<Product>('PATCH', `/products/${encodeURIComponent(key)}`, changes);
  setMemberRole = (key: string, email: string, role: Member['role']) =>
    this.#call<Member>('PUT', `/products/${encodeURIComponent(key)}/members`, { email, role });
  removeMember = (key: string, personId: string) =>
    this.#call<void>(
      'DELETE',
      `/products/${encodeURIComponent(key)}/members/${encodeURIComponent(personId)}`,
    );
  listPeople = (options: { status?: Person['status'] } = {}) =>
    this.#call<Page<Person>>('GET', `/people${options.status ? `?status=${options.status}` : ''}`);
  createPerson = (person: { name: string; email: string; password: string; isAdmin?: boolean }) =>
    this.#call<Person>('POST', '/people', person);
  invitePerson = (invitation: Invitation) =>
    this.#call<{ person: Person; link: string }>('POST', '/people/invitations', invitation);
  updatePerson = (personId: string, changes: PersonChanges) =>
    this.#call<Person>('PATCH', `/people/${encodeURIComponent(personId)}`, changes);
  deactivatePerson = (personId: string) =>
    this.#call<Person>('POST', `/people/${encodeURIComponent(personId)}/deactivate`);
  reactivatePerson = (personId: string) =>
    this.#call<Person>('POST', `/people/${encodeURIComponent(personId)}/reactivate`);
  resendInvitation = (personId: string) =>
    this.#call<{ person: Person; link: string }>(
      'POST',
      `/people/${encodeURIComponent(personId)}/invitation`,
    );
  resetTwoFactor = (personId: string) =>
    this.#call<Person>('POST', `/people/${encodeURIComponent(personId)}/two-factor/reset`);
  sendPasswordReset = (personId: string) =>
    this.#call<{ link: string }>('POST', `/people/${encodeURIComponent(personId)}/password-reset`);
  /** The workspace's audit log, newest first (admins); `from`/`to` are ISO instants. */
  auditLog = (query: AuditQuery = {}) => this.#call<Page<AuditEntry>>('GET', `/audit${searchOf(query)}`);
  listMembers = (key: string) =>
    this.#call<Page<Member>>('GET', `/products/${encodeURIComponent(key)}/members`);

  listItems = (productKey: string, filters: ItemFilters = {}) =>
    this.#call<Page<ItemSummary>>(
      'GET',
      `/products/${encodeURIComponent(productKey)}/items${searchOf(filters)}`,
    );
  createItem = (productKey: string, item: NewItem) =>
    this.#call<ItemSummary>('POST', `/products/${encodeURIComponent(productKey)}/items`, item);
  getItem = (key: string) => this.#call<ItemDetail>('GET', `/items/${encodeURIComponent(key)}`);
  updateItem = (key: string, version: number, changes: ItemChanges) =>
    this.#call<ItemSummary>('PATCH', `/items/${encodeURIComponent(key)}`, changes, {
      'if-match': `"${version}"`,
    });
  moveItem = (key: string, target: MoveTarget, reason?: string) =>
    this.#call<ItemSummary>('POST', `/items/${encodeURIComponent(key)}/move`, {
      ...target,
      ...(reason && { reason }),
    });
  archiveItem = (key: string, reason = 'obsolete') =>
    this.#call<ItemSummary>('DELETE', `/items/${encodeURIComponent(key)}`, { reason });
  restoreItem = (key: string) => this.#call<ItemSummary>('POST', `/items/${encodeURIComponent(key)}/restore`);
  history = (key: string, cursor?: string | null) =>
    this.#call<Page<HistoryEntry>>(
      'GET',
      `/items/${encodeURIComponent(key)}/history${cursor ? `?cursor=${cursor}` : ''}`,
    );
  comment = (key: string, body: string) =>
    this.#call<Comment>('POST', `/items/${encodeURIComponent(key)}/comments`, { body });
  watch = (key: string, watching: boolean) =>
    this.#call<{ watching: boolean }>('PUT', `/items/${encodeURIComponent(key)}/watching`, { watching });

  submitRequest = (productKey: string, request: NewRequest) =>
    this.#call<SubmittedRequest>('POST', `/products/${encodeURIComponent(productKey)}/requests`, request);
  duplicates = (productKey: string, title: string, problem?: string) => {
    const query = new URLSearchParams({ title, ...(problem && { problem }) });
    return this.#call<Page<DuplicateSuggestion>>(
      'GET',
      `/products/${encodeURIComponent(productKey)}/duplicates?${query}`,
    );
  };
  triageInbox = (productKey: string) =>
    this.#call<Page<InboxEntry>>('GET', `/products/${encodeURIComponent(productKey)}/requests`);
  /** Triagers get the whole request with its status page; its requester, the status page alone. */
  getRequest = (key: string) => this.#call<RequestView>('GET', `/requests/${encodeURIComponent(key)}`);
  replyAsRequester = (key: string, body: string) =>
    this.#call<RequestStatus>('POST', `/requests/${encodeURIComponent(key)}/replies`, { body });
  triageCount = (productKey: string) =>
    this.#call<TriageCount>('GET', `/products/${encodeURIComponent(productKey)}/requests/count`);
  acceptRequest = (key: string, decision: AcceptDecision) =>
    this.#call<TriageDecision>('POST', `/requests/${encodeURIComponent(key)}/accept`, decision);
  mergeRequest = (key: string, into: string) =>
    this.#call<TriageDecision>('POST', `/requests/${encodeURIComponent(key)}/merge`, { into });
  askRequester = (key: string, message: string) =>
    this.#call<RequestSummary>('POST', `/requests/${encodeURIComponent(key)}/ask`, { message });
  declineRequest = (key: string, reason: string) =>
    this.#call<RequestSummary>('POST', `/requests/${encodeURIComponent(key)}/decline`, { reason });
  bulkTriage = (productKey: string, body: BulkTriage) =>
    this.#call<Page<RequestSummary>>(
      'POST',
      `/products/${encodeURIComponent(productKey)}/requests/triage`,
      body,
    );

  publicForm = (productKey: string) =>
    this.#call<PublicForm>('GET', `/public/products/${encodeURIComponent(productKey)}`);
  submitPublicRequest = (productKey: string, request: NewPublicRequest) =>
    this.#call<PublicFormAnswer>(
      'POST',
      `/public/products/${encodeURIComponent(productKey)}/requests`,
      request,
    );
  requestStatus = (token: string) =>
    this.#call<RequestStatus>('GET', `/public/requests/${encodeURIComponent(token)}`);
  replyToRequest = (token: string, body: string) =>
    this.#call<RequestStatus>('POST', `/public/requests/${encodeURIComponent(token)}/replies`, { body });

  notifications = (unreadOnly = false) =>
    this.#call<Page<Notification>>('GET', `/notifications${unreadOnly ? '?unread=true' : ''}`);
  markNotificationsRead = (ids?: string[]) =>
    this.#call<{ marked: number }>('POST', '/notifications/read', ids ? { ids } : {});

  custodian = (productKey: string) =>
    this.#call<CustodianView>('GET', `/products/${encodeURIComponent(productKey)}/custodian`);
  staleDryRun = (productKey: string) =>
    this.#call<Page<StaleCandidate>>('GET', `/products/${encodeURIComponent(productKey)}/stale`);
  applyStaleRule = (productKey: string, keep?: string[]) =>
    this.#call<StaleApplied>(
      'POST',
      `/products/${encodeURIComponent(productKey)}/stale/apply`,
      keep ? { keep } : {},
    );
  staleRuns = (productKey: string) =>
    this.#call<Page<StaleRun>>('GET', `/products/${encodeURIComponent(productKey)}/stale-runs`);
  undoStaleRun = (runId: string) =>
    this.#call<Restored>('POST', `/stale-runs/${encodeURIComponent(runId)}/undo`);

  listSessions = (productKey: string) =>
    this.#call<Page<RefinementSession>>(
      'GET',
      `/products/${encodeURIComponent(productKey)}/refinement-sessions`,
    );
  /** Without item keys, the server proposes the agenda from the top of the backlog. */
  scheduleSession = (productKey: string, input: { scheduledFor?: string; itemKeys?: string[] } = {}) =>
    this.#call<RefinementSession>(
      'POST',
      `/products/${encodeURIComponent(productKey)}/refinement-sessions`,
      input,
    );
  getSession = (id: string) =>
    this.#call<SessionView>('GET', `/refinement-sessions/${encodeURIComponent(id)}`);
  setAgenda = (id: string, itemKeys: string[]) =>
    this.#call<SessionView>('PUT', `/refinement-sessions/${encodeURIComponent(id)}/agenda`, { itemKeys });
  startSession = (id: string) =>
    this.#call<SessionView>('POST', `/refinement-sessions/${encodeURIComponent(id)}/start`);
  joinSession = (id: string) =>
    this.#call<SessionView>('POST', `/refinement-sessions/${encodeURIComponent(id)}/join`);
  endSession = (id: string) =>
    this.#call<SessionView>('POST', `/refinement-sessions/${encodeURIComponent(id)}/end`);
  noteAgendaItem = (id: string, itemKey: string, note: AgendaNote) =>
    this.#call<void>(
      'PUT',
      `/refinement-sessions/${encodeURIComponent(id)}/items/${encodeURIComponent(itemKey)}`,
      note,
    );
  /** Without a deck, the usual one. */
  startPoker = (sessionId: string, itemKey: string, deck?: string[]) =>
    this.#call<PokerRound>('POST', `/refinement-sessions/${encodeURIComponent(sessionId)}/poker`, {
      itemKey,
      ...(deck && { deck }),
    });
  pokerRound = (roundId: string) =>
    this.#call<PokerRound>('GET', `/poker-rounds/${encodeURIComponent(roundId)}`);
  vote = (roundId: string, card: string) =>
    this.#call<PokerRound>('PUT', `/poker-rounds/${encodeURIComponent(roundId)}/vote`, { card });
  reveal = (roundId: string) =>
    this.#call<PokerRound>('POST', `/poker-rounds/${encodeURIComponent(roundId)}/reveal`);
  revote = (roundId: string) =>
    this.#call<PokerRound>('POST', `/poker-rounds/${encodeURIComponent(roundId)}/revote`);
  agree = (roundId: string, estimate: number) =>
    this.#call<PokerRound>('POST', `/poker-rounds/${encodeURIComponent(roundId)}/agree`, { estimate });
  splitItem = (key: string, version: number, parts: SplitPart[]) =>
    this.#call<Page<ItemSummary>>(
      'POST',
      `/items/${encodeURIComponent(key)}/split`,
      { parts },
      { 'if-match': `"${version}"` },
    );
  previewScoreOrder = (productKey: string, by: ScoreKind) =>
    this.#call<Page<ScoreOrderEntry>>(
      'GET',
      `/products/${encodeURIComponent(productKey)}/score-order?by=${by}`,
    );
  /** Without keys, applies the fewest moves that give the proposed order. */
  applyScoreOrder = (productKey: string, by: ScoreKind, keys?: string[]) =>
    this.#call<ScoreOrderApplied>('POST', `/products/${encodeURIComponent(productKey)}/score-order/apply`, {
      by,
      ...(keys && { keys }),
    });
  commitmentCheck = (key: string) =>
    this.#call<CommitmentCheck>('GET', `/items/${encodeURIComponent(key)}/commitment-check`);

  listSprints = (productKey: string) =>
    this.#call<Page<Sprint>>('GET', `/products/${encodeURIComponent(productKey)}/sprints`);
  createSprint = (productKey: string, input: NewSprint) =>
    this.#call<Sprint>('POST', `/products/${encodeURIComponent(productKey)}/sprints`, input);
  /** Ready items from the top of the product backlog that fit the capacity left, and what was passed over. */
  sprintProposal = (sprintId: string) =>
    this.#call<SprintProposal>('GET', `/sprints/${encodeURIComponent(sprintId)}/proposal`);
  commitToSprint = (sprintId: string, itemKeys: string[]) =>
    this.#call<Commitment>('POST', `/sprints/${encodeURIComponent(sprintId)}/items`, { itemKeys });
  returnToBacklog = (sprintId: string, itemKey: string, toTop = false) =>
    this.#call<void>('POST', `/sprints/${encodeURIComponent(sprintId)}/return`, {
      itemKey,
      ...(toTop && { toTop }),
    });
  startSprint = (sprintId: string) =>
    this.#call<Sprint>('POST', `/sprints/${encodeURIComponent(sprintId)}/start`);
  sprintBoard = (sprintId: string) =>
    this.#call<SprintBoard>('GET', `/sprints/${encodeURIComponent(sprintId)}/board`);
  moveCard = (sprintId: string, move: CardMove) =>
    this.#call<ItemSummary>('POST', `/sprints/${encodeURIComponent(sprintId)}/board/move`, move);
  closeSprint = (sprintId: string, unfinished: Unfinished) =>
    this.#call<Sprint>('POST', `/sprints/${encodeURIComponent(sprintId)}/close`, { unfinished });

  /** Every release of the product (a short list: one page). */
  releases = async (productKey: string) =>
    (await this.#call<Page<ReleaseProgress>>('GET', `/products/${encodeURIComponent(productKey)}/releases`))
      .data;
  createRelease = (productKey: string, input: NewRelease) =>
    this.#call<Release>('POST', `/products/${encodeURIComponent(productKey)}/releases`, input);
  updateRelease = (releaseId: string, changes: ReleaseChanges) =>
    this.#call<Release>('PATCH', `/releases/${encodeURIComponent(releaseId)}`, changes);
  planIntoRelease = (releaseId: string, itemKeys: string[]) =>
    this.#call<Planned>('POST', `/releases/${encodeURIComponent(releaseId)}/items`, {
      itemKeys,
    });
  takeOutOfRelease = (releaseId: string, itemKey: string) =>
    this.#call<void>(
      'DELETE',
      `/releases/${encodeURIComponent(releaseId)}/items/${encodeURIComponent(itemKey)}`,
    );
  releaseBurnUp = (releaseId: string) =>
    this.#call<ReleaseBurnUp>('GET', `/releases/${encodeURIComponent(releaseId)}/burn-up`);
  forecast = (productKey: string) =>
    this.#call<Forecast>('GET', `/products/${encodeURIComponent(productKey)}/forecast`);
  roadmap = (productKey: string) =>
    this.#call<Roadmap>('GET', `/products/${encodeURIComponent(productKey)}/roadmap`);
  /** Markdown, by item type. */
  releaseNotes = (productKey: string, scope: ReleaseNotesScope) =>
    this.#call<string>(
      'GET',
      `/products/${encodeURIComponent(productKey)}/release-notes?${new URLSearchParams(scope)}`,
    );
  insights = (productKey: string, weeks = 12) =>
    this.#call<Insights>('GET', `/products/${encodeURIComponent(productKey)}/insights?weeks=${weeks}`);

  /** The daily health scores of the last `days` days, oldest first. */
  healthTrend = (productKey: string, days = 90) =>
    this.#call<Page<HealthDay>>('GET', `/products/${encodeURIComponent(productKey)}/health?days=${days}`);
  /** One change to many items, all or none: nothing changes if one of them is refused. */
  bulkUpdate = (productKey: string, keys: string[], change: BulkChange) =>
    this.#call<Changed>('POST', `/products/${encodeURIComponent(productKey)}/items/bulk`, {
      keys,
      change,
    });

  // Webhooks: a product's (`product` set) or the whole workspace's.
  listWebhooks = (productKey?: string) =>
    this.#call<Page<Webhook>>(
      'GET',
      `/webhooks${productKey ? `?product=${encodeURIComponent(productKey)}` : ''}`,
    );
  createWebhook = (webhook: NewWebhook) => this.#call<WebhookWithSecret>('POST', '/webhooks', webhook);
  getWebhook = (id: string) => this.#call<Webhook>('GET', `/webhooks/${encodeURIComponent(id)}`);
  updateWebhook = (id: string, change: WebhookChange) =>
    this.#call<Webhook>('PATCH', `/webhooks/${encodeURIComponent(id)}`, change);
  removeWebhook = (id: string) => this.#call<void>('DELETE', `/webhooks/${encodeURIComponent(id)}`);
  rotateWebhookSecret = (id: string) =>
    this.#call<WebhookWithSecret>('POST', `/webhooks/${encodeURIComponent(id)}/rotate-secret`);
  listWebhookDeliveries = (
    id: string,
    query: { state?: WebhookDelivery['state']; cursor?: string; limit?: number } = {},
  ) =>
    this.#call<Page<WebhookDelivery>>(
      'GET',
      `/webhooks/${encodeURIComponent(id)}/deliveries${searchOf(query)}`,
    );
  /** One delivery again, or (`deliveryId` left out) every failed one. */
  redeliverWebhook = (id: string, deliveryId?: string) =>
    this.#call<{ redelivered: number }>(
      'POST',
      `/webhooks/${encodeURIComponent(id)}/redeliver`,
      deliveryId ? { deliveryId } : { failed: true },
    );
  testWebhook = (id: string) =>
    this.#call<{ deliveryId: string }>('POST', `/webhooks/${encodeURIComponent(id)}/test`);
  getEvent = (id: string) => this.#call<RecordedEvent>('GET', `/events/${encodeURIComponent(id)}`);

  /** The URL of a product's live stream of changes (server-sent events). */
  eventsUrl = (productKey: string) =>
    `${this.#baseUrl}/api/products/${encodeURIComponent(productKey)}/events`;
}
