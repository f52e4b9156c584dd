-- Sprints: the sprint backlog apart from the product backlog, its board, and what it delivered.

ALTER TABLE products ADD COLUMN allow_overlapping_sprints boolean NOT NULL DEFAULT false;

CREATE TABLE sprints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  number integer NOT NULL,
  name text NOT NULL,
  goal text NOT NULL DEFAULT '',
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  capacity_points integer NOT NULL CHECK (capacity_points >= 0),
  state text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'active', 'closed')),
  activated_at timestamptz,
  closed_at timestamptz,
  committed_points integer,
  completed_points integer,
  summary jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sprints_number_unique UNIQUE (product_id, number),
  CONSTRAINT sprints_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX sprints_product_idx ON sprints (product_id, state);

-- An item's place in a sprint. `is_current` marks the sprint it is in now (at most one): such an
-- item is out of the product backlog's order until the sprint gives it back.
CREATE TABLE sprint_items (
  sprint_id uuid NOT NULL REFERENCES sprints (id) ON DELETE CASCADE,
  item_id uuid NOT NULL REFERENCES items (id),
  board_rank text COLLATE "C" NOT NULL,
  is_current boolean NOT NULL DEFAULT true,
  added_at timestamptz NOT NULL DEFAULT now(),
  estimate_at_commit integer,
  outcome text CHECK (outcome IN ('done', 'returned', 'carried_over', 'removed')),
  PRIMARY KEY (sprint_id, item_id)
);
CREATE UNIQUE INDEX sprint_items_one_current_idx ON sprint_items (item_id) WHERE is_current;
CREATE INDEX sprint_items_board_idx ON sprint_items (sprint_id, board_rank);

-- Flow figures read status changes from the history.
CREATE INDEX events_product_kind_idx ON events (product_id, kind, created_at);
