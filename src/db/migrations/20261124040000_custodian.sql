-- The custodian's day: the stale rule's settings and runs, and the daily health score.

ALTER TABLE products
  ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC',
  ADD COLUMN stale_quarters integer NOT NULL DEFAULT 3 CHECK (stale_quarters BETWEEN 1 AND 8),
  ADD COLUMN stale_auto boolean NOT NULL DEFAULT false,
  ADD COLUMN stale_exempt_tags text[] NOT NULL DEFAULT '{}',
  ADD COLUMN stale_exempt_types text[] NOT NULL DEFAULT '{compliance}';

-- Each application of the stale rule, so that it can be undone as a whole.
CREATE TABLE stale_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  run_at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES people (id),
  item_ids uuid[] NOT NULL,
  undone_at timestamptz
);
CREATE INDEX stale_runs_product_idx ON stale_runs (product_id, run_at DESC);

CREATE TABLE health_snapshots (
  product_id uuid NOT NULL REFERENCES products (id),
  day date NOT NULL,
  score integer NOT NULL,
  parts jsonb NOT NULL,
  PRIMARY KEY (product_id, day)
);

CREATE INDEX items_activity_idx ON items (product_id, last_activity_at) WHERE archived_at IS NULL;
