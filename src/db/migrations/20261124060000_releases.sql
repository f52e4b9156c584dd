-- Releases: named targets that items are planned into, each with its own burn-up.

CREATE TABLE releases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  name text NOT NULL,
  target_date date,
  shipped_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT releases_name_unique UNIQUE (product_id, name)
);

-- An item is in one release at a time; leaving keeps the row (removed_at), so the burn-up's scope
-- can fall as well as rise.
CREATE TABLE release_items (
  release_id uuid NOT NULL REFERENCES releases (id),
  item_id uuid NOT NULL REFERENCES items (id),
  added_at timestamptz NOT NULL,
  removed_at timestamptz
);
CREATE UNIQUE INDEX release_items_one_current_idx ON release_items (item_id) WHERE removed_at IS NULL;
CREATE INDEX release_items_release_idx ON release_items (release_id);
