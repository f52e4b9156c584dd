-- The foundation: workspaces, people, products and roles, sign-in, items, their order and history.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  email text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  is_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT people_email_lower CHECK (email = lower(email))
);
CREATE UNIQUE INDEX people_email_key ON people (email);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_person_idx ON sessions (person_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  key text NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  visibility text NOT NULL DEFAULT 'workspace' CHECK (visibility IN ('workspace', 'members')),
  next_item_number integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT products_key_unique UNIQUE (key)
);

CREATE TABLE memberships (
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'member', 'stakeholder', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (product_id, person_id)
);
CREATE INDEX memberships_person_idx ON memberships (person_id);

CREATE TABLE items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  number integer NOT NULL,
  key text NOT NULL UNIQUE,
  type text NOT NULL CHECK (type IN ('story', 'bug', 'task', 'spike', 'enhancement', 'compliance')),
  title text NOT NULL,
  problem text NOT NULL DEFAULT '',
  serves text NOT NULL DEFAULT '',
  outcome text NOT NULL DEFAULT '',
  acceptance_criteria jsonb NOT NULL DEFAULT '[]',
  estimate integer,
  timebox_days integer,
  deadline date,
  tags text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'on_hold', 'done')),
  hold_reason text,
  source text NOT NULL CHECK (source IN ('customer', 'internal', 'client_facing')),
  rank text COLLATE "C" NOT NULL,
  created_by uuid REFERENCES people (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_activity_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  archive_reason text,
  version integer NOT NULL DEFAULT 1,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', key), 'A') ||
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', problem || ' ' || serves || ' ' || outcome), 'B')
  ) STORED,
  CONSTRAINT items_number_unique UNIQUE (product_id, number),
  -- Deferrable so that respacing a product's keys can rewrite them all in one statement.
  CONSTRAINT items_rank_unique UNIQUE (product_id, rank) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX items_search_idx ON items USING gin (search);
CREATE INDEX items_tags_idx ON items USING gin (tags);
CREATE INDEX items_title_trgm_idx ON items USING gin (title gin_trgm_ops);

CREATE TABLE item_requesters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text,
  person_id uuid REFERENCES people (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_requesters_item_idx ON item_requesters (item_id);

CREATE TABLE item_links (
  from_item_id uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  to_item_id uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('duplicate_of', 'blocks', 'relates_to', 'parent')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (from_item_id, to_item_id, kind),
  CONSTRAINT item_links_not_self CHECK (from_item_id <> to_item_id)
);
CREATE INDEX item_links_to_idx ON item_links (to_item_id);

CREATE TABLE comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES people (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_item_idx ON comments (item_id, created_at);

CREATE TABLE watchers (
  item_id uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, person_id)
);

-- Append-only: the history, the audit trail and the source of live updates.
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  product_id uuid NOT NULL REFERENCES products (id),
  item_id uuid REFERENCES items (id) ON DELETE SET NULL,
  actor_id uuid REFERENCES people (id),
  kind text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_item_idx ON events (item_id, id);
CREATE INDEX events_product_idx ON events (product_id, id);

-- Background work, claimed with FOR UPDATE SKIP LOCKED so that no job runs twice across instances.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  -- One pending job per key (e.g. one respacing per product): enqueueing it again is a no-op.
  dedupe_key text,
  payload jsonb NOT NULL DEFAULT '{}',
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE done_at IS NULL;
CREATE UNIQUE INDEX jobs_pending_dedupe_idx ON jobs (dedupe_key) WHERE done_at IS NULL;
