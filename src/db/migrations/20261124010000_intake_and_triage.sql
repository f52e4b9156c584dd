-- Intake and triage: requests from the three sources, their triage, demand on items, and the
-- notifications that close the loop (in-app, and mail through an outbox).

ALTER TABLE products
  ADD COLUMN public_intake_open boolean NOT NULL DEFAULT false,
  ADD COLUMN next_request_number integer NOT NULL DEFAULT 1;

CREATE TABLE requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  number integer NOT NULL,
  source text NOT NULL CHECK (source IN ('customer', 'internal', 'client_facing')),
  channel text NOT NULL CHECK (channel IN ('app', 'public', 'api')),
  title text NOT NULL,
  problem text NOT NULL DEFAULT '',
  -- Who asked: a person with an account, or a name and email from the public form.
  requester_person_id uuid REFERENCES people (id),
  requester_name text NOT NULL,
  requester_email text,
  accounts_affected integer,
  deal_value integer,
  urgency text CHECK (urgency IN ('low', 'medium', 'high')),
  state text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'needs_info', 'accepted', 'merged', 'declined')),
  decision_note text,
  item_id uuid REFERENCES items (id),
  created_by uuid REFERENCES people (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  triaged_at timestamptz,
  triaged_by uuid REFERENCES people (id),
  version integer NOT NULL DEFAULT 1,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', problem), 'B')
  ) STORED,
  CONSTRAINT requests_number_unique UNIQUE (product_id, number)
);
CREATE INDEX requests_inbox_idx ON requests (product_id, created_at) WHERE state IN ('new', 'needs_info');
CREATE INDEX requests_search_idx ON requests USING gin (search);
CREATE INDEX requests_title_trgm_idx ON requests USING gin (title gin_trgm_ops);
CREATE INDEX requests_requester_idx ON requests (requester_person_id);

-- Status links: each mail to a requester carries a link with a random token of its own; only the
-- token's hash is kept, and every link given out keeps working.
CREATE TABLE request_links (
  token_hash text PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_links_request_idx ON request_links (request_id);

CREATE TABLE request_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  from_requester boolean NOT NULL,
  author_person_id uuid REFERENCES people (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_messages_request_idx ON request_messages (request_id, created_at);

-- Demand: where each requester came from, and the request that brought them.
ALTER TABLE item_requesters
  ADD COLUMN source text CHECK (source IN ('customer', 'internal', 'client_facing')),
  ADD COLUMN request_id uuid REFERENCES requests (id);
CREATE INDEX items_problem_trgm_idx ON items USING gin (problem gin_trgm_ops);

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  product_id uuid REFERENCES products (id),
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  link text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_person_idx ON notifications (person_id, created_at DESC);

-- Mail to send: written in the transaction that causes it, sent by a background worker, once.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  dedupe_key text UNIQUE,
  to_email text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- A sender claims a mail for a while; another instance takes it over only if that passes.
  claimed_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL;
