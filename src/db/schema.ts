import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AcceptanceCriterion, ItemSource, ItemStatus, ItemType, LinkKind } from '../domain/item.ts';
import type { ProductRole } from '../domain/permissions.ts';
import type { DefinitionOfReady } from '../domain/readiness.ts';
import type { RefinementOutcome } from '../domain/refinement.ts';
import type { RequestChannel, RequestState, Urgency } from '../domain/request.ts';
import type { Moscow } from '../domain/scoring.ts';

/** Table types for Kysely: what each table holds, column by column. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface WorkspacesTable {
  id: Generated<string>;
  name: string;
  created_at: CreatedAt;
  require_admin_two_factor: Generated<boolean>;
}

export interface PeopleTable {
  id: Generated<string>;
  workspace_id: string;
  email: string;
  name: string;
  /** Null for an invited person (until they set one) and for company sign-in only. */
  password_hash: string | null;
  is_admin: Generated<boolean>;
  created_at: CreatedAt;
  /** Null while their invitation is open. */
  joined_at: Timestamp | null;
  deactivated_at: Timestamp | null;
  mail_digest: Generated<boolean>;
  mail_notices: Generated<boolean>;
  /** Sealed with the server's key (`SecretBox`), never in clear. */
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Timestamp | null;
  /** The last TOTP time step a code was accepted for: no code works twice. */
  totp_last_step: ColumnType<string | null, string | number | null | undefined, string | number | null>;
}

export interface RecoveryCodesTable {
  person_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface AccountLinksTable {
  token_hash: string;
  person_id: string;
  purpose: 'invitation' | 'password_reset';
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ExternalIdentitiesTable {
  issuer: string;
  subject: string;
  person_id: string;
  created_at: CreatedAt;
}

export interface SessionsTable {
  token_hash: string;
  person_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface LimitCountersTable {
  key: string;
  hits: number;
  resets_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  person_id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  expires_at: Timestamp | null;
}

export interface ProductsTable {
  id: Generated<string>;
  workspace_id: string;
  key: string;
  name: string;
  description: Generated<string>;
  visibility: Generated<'workspace' | 'members'>;
  next_item_number: Generated<number>;
  public_intake_open: Generated<boolean>;
  next_request_number: Generated<number>;
  definition_of_ready: ColumnType<DefinitionOfReady, string | undefined, string>;
  split_threshold: Generated<number>;
  refuse_unready_commitment: Generated<boolean>;
  refinement_cadence_days: Generated<7 | 14>;
  next_refinement_at: Timestamp | null;
  velocity_points: number | null;
  allow_overlapping_sprints: Generated<boolean>;
  time_zone: Generated<string>;
  stale_quarters: Generated<number>;
  stale_auto: Generated<boolean>;
  stale_exempt_tags: Generated<string[]>;
  stale_exempt_types: Generated<string[]>;
  created_at: CreatedAt;
  /** Set while the product is archived: read-only, and out of everyone's lists. */
  archived_at: Timestamp | null;
}

export interface MembershipsTable {
  product_id: string;
  person_id: string;
  role: ProductRole;
  created_at: CreatedAt;
}

export interface ItemsTable {
  id: Generated<string>;
  product_id: string;
  number: number;
  key: string;
  type: ItemType;
  title: string;
  problem: Generated<string>;
  serves: Generated<string>;
  outcome: Generated<string>;
  acceptance_criteria: ColumnType<AcceptanceCriterion[], string | undefined, string>;
  estimate: number | null;
  timebox_days: number | null;
  deadline: ColumnType<string | null, string | null | undefined, string | null>;
  tags: Generated<string[]>;
  status: Generated<ItemStatus>;
  hold_reason: string | null;
  source: ItemSource;
  rank: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  last_activity_at: Timestamp;
  archived_at: Timestamp | null;
  archive_reason: string | null;
  version: Generated<number>;
  search: ColumnType<string, never, never>;
  ready_checks: Generated<string[]>;
  wsjf_business_value: number | null;
  wsjf_time_criticality: number | null;
  wsjf_risk_reduction: number | null;
  wsjf_job_size: number | null;
  rice_reach: number | null;
  rice_impact: ColumnType<string | null, number | null, number | null>;
  rice_confidence: number | null;
  rice_effort: ColumnType<string | null, number | null, number | null>;
  moscow: Moscow | null;
}

export interface ItemRequestersTable {
  id: Generated<string>;
  item_id: string;
  name: string;
  email: string | null;
  person_id: string | null;
  source: ItemSource | null;
  request_id: string | null;
  created_at: CreatedAt;
}

export interface ItemLinksTable {
  from_item_id: string;
  to_item_id: string;
  kind: LinkKind;
  created_at: CreatedAt;
}

export interface CommentsTable {
  id: Generated<string>;
  item_id: string;
  author_id: string;
  body: string;
  created_at: CreatedAt;
}

export interface WatchersTable {
  item_id: string;
  person_id: string;
  created_at: CreatedAt;
}

export interface EventsTable {
  id: ColumnType<string, never, never>;
  /** Null for the workspace's own changes (people, products created or archived). */
  product_id: string | null;
  workspace_id: string;
  item_id: string | null;
  actor_id: string | null;
  kind: string;
  data: ColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
  /** Brought in by an import from another Ordo: numbered, never sent to webhooks or announced. */
  copied: Generated<boolean>;
}

/** Each event's place in its product's (or workspace's) delivery order, given at commit. */
export interface EventOrderTable {
  scope_id: string;
  seq: ColumnType<string, never, never>;
  event_id: ColumnType<string, never, never>;
  item_seq: ColumnType<string | null, never, never>;
}

export interface WebhooksTable {
  id: Generated<string>;
  workspace_id: string;
  /** Null: the whole workspace's webhook (admins'). */
  product_id: string | null;
  url: string;
  /** Null: every kind. */
  kinds: string[] | null;
  description: Generated<string>;
  is_enabled: Generated<boolean>;
  disabled_reason: string | null;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_until: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface WebhookDeliveriesTable {
  id: ColumnType<string, never, never>;
  webhook_id: string;
  event_id: string | null;
  kind: string;
  seq: string | null;
  item_id: string | null;
  item_seq: string | null;
  state: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  claimed_until: Date | null;
  payload: string | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: CreatedAt;
}

export interface WebhookAttemptsTable {
  id: ColumnType<string, never, never>;
  delivery_id: string;
  attempt: number;
  request_headers: ColumnType<Record<string, string>, string, never>;
  response_status: number | null;
  response_body: string | null;
  error: string | null;
  duration_ms: number;
  started_at: Date;
}

export interface JobsTable {
  id: ColumnType<string, never, never>;
  kind: string;
  dedupe_key: string | null;
  payload: ColumnType<Record<string, unknown>, string, string>;
  run_at: Timestamp;
  attempts: Generated<number>;
  last_error: string | null;
  done_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface RequestsTable {
  id: Generated<string>;
  product_id: string;
  number: number;
  source: ItemSource;
  channel: RequestChannel;
  title: string;
  problem: Generated<string>;
  requester_person_id: string | null;
  requester_name: string;
  requester_email: string | null;
  accounts_affected: number | null;
  deal_value: number | null;
  urgency: Urgency | null;
  state: Generated<RequestState>;
  decision_note: string | null;
  item_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  triaged_at: Timestamp | null;
  triaged_by: string | null;
  version: Generated<number>;
  search: ColumnType<string, never, never>;
}

export interface RequestLinksTable {
  token_hash: string;
  request_id: string;
  created_at: CreatedAt;
}

export interface RequestMessagesTable {
  id: Generated<string>;
  request_id: string;
  from_requester: boolean;
  author_person_id: string | null;
  body: string;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<string>;
  person_id: string;
  product_id: string | null;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface OutboxTable {
  id: ColumnType<string, never, never>;
  dedupe_key: string | null;
  to_email: string;
  subject: string;
  body: string;
  created_at: CreatedAt;
  next_attempt_at: Timestamp;
  claimed_until: Timestamp | null;
  attempts: Generated<number>;
  last_error: string | null;
  sent_at: Timestamp | null;
  /** Its body holds a secret (a link to set a password): emptied once sent. */
  sensitive: Generated<boolean>;
}

export interface RefinementSessionsTable {
  id: Generated<string>;
  product_id: string;
  number: number;
  scheduled_for: Timestamp;
  state: Generated<'planned' | 'running' | 'ended'>;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  summary: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface RefinementAgendaTable {
  session_id: string;
  item_id: string;
  position: number;
  notes: Generated<string>;
  outcome: RefinementOutcome | null;
  ready_at_start: boolean;
}

export interface RefinementAttendeesTable {
  session_id: string;
  person_id: string;
  joined_at: CreatedAt;
}

export interface PokerRoundsTable {
  id: Generated<string>;
  session_id: string;
  item_id: string;
  deck: string[];
  state: Generated<'voting' | 'revealed' | 'agreed' | 'abandoned'>;
  agreed_estimate: number | null;
  created_at: CreatedAt;
  revealed_at: Timestamp | null;
}

export interface PokerVotesTable {
  round_id: string;
  person_id: string;
  card: string;
  voted_at: Timestamp;
}

export interface SprintsTable {
  id: Generated<string>;
  product_id: string;
  number: number;
  name: string;
  goal: Generated<string>;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  capacity_points: number;
  state: Generated<'planned' | 'active' | 'closed'>;
  activated_at: Timestamp | null;
  closed_at: Timestamp | null;
  committed_points: number | null;
  completed_points: number | null;
  summary: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_at: CreatedAt;
}

export interface SprintItemsTable {
  sprint_id: string;
  item_id: string;
  board_rank: string;
  is_current: Generated<boolean>;
  added_at: Timestamp;
  estimate_at_commit: number | null;
  outcome: 'done' | 'returned' | 'carried_over' | 'removed' | null;
}

export interface ReleasesTable {
  id: Generated<string>;
  product_id: string;
  name: string;
  target_date: ColumnType<string | null, string | null | undefined, string | null>;
  shipped_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface ReleaseItemsTable {
  release_id: string;
  item_id: string;
  added_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface StaleRunsTable {
  id: Generated<string>;
  product_id: string;
  run_at: Timestamp;
  actor_id: string | null;
  item_ids: string[];
  undone_at: Timestamp | null;
}

export interface HealthSnapshotsTable {
  product_id: string;
  day: string;
  score: number;
  parts: ColumnType<unknown, string, string>;
}

export interface MigrationsTable {
  name: string;
  applied_at: CreatedAt;
}

export interface DB {
  workspaces: WorkspacesTable;
  people: PeopleTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  limit_counters: LimitCountersTable;
  products: ProductsTable;
  memberships: MembershipsTable;
  items: ItemsTable;
  item_requesters: ItemRequestersTable;
  item_links: ItemLinksTable;
  comments: CommentsTable;
  watchers: WatchersTable;
  events: EventsTable;
  event_order: EventOrderTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  account_links: AccountLinksTable;
  recovery_codes: RecoveryCodesTable;
  external_identities: ExternalIdentitiesTable;
  jobs: JobsTable;
  requests: RequestsTable;
  request_links: RequestLinksTable;
  request_messages: RequestMessagesTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
  refinement_sessions: RefinementSessionsTable;
  refinement_agenda: RefinementAgendaTable;
  refinement_attendees: RefinementAttendeesTable;
  poker_rounds: PokerRoundsTable;
  poker_votes: PokerVotesTable;
  sprints: SprintsTable;
  sprint_items: SprintItemsTable;
  releases: ReleasesTable;
  release_items: ReleaseItemsTable;
  stale_runs: StaleRunsTable;
  health_snapshots: HealthSnapshotsTable;
  ordo_migrations: MigrationsTable;
}

export type ItemRow = Selectable<ItemsTable>;
export type NewItemRow = Insertable<ItemsTable>;
export type ItemPatch = Updateable<ItemsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type ProductRow = Selectable<ProductsTable>;
export type EventRow = Selectable<EventsTable>;
export type RequestRow = Selectable<RequestsTable>;
