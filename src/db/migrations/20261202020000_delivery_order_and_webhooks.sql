-- The delivery order: every event gets, at commit, the next number of its product (of its
-- workspace, for the workspace's own events) and of its item. The numbers are taken under a
-- lock on the counter's row held until commit, so within a product an event committed later
-- always has a higher number: a reader that resumes after the last number it saw never skips a
-- committed event. (Event ids do not promise that: an id is taken at insert, long before commit.)
-- History recorded by another Ordo and brought in with its product: numbered like any event, but
-- neither sent to webhooks nor announced (it happened long ago, elsewhere).
ALTER TABLE events ADD COLUMN copied boolean NOT NULL DEFAULT false;

CREATE TABLE event_sequences (
  -- A product, a workspace or an item: uuids do not collide.
  scope_id uuid PRIMARY KEY,
  last_seq bigint NOT NULL
);

CREATE TABLE event_order (
  scope_id uuid NOT NULL,
  seq bigint NOT NULL,
  event_id bigint NOT NULL,
  -- The event's number among its item's events (null when it is no item's).
  item_seq bigint,
  PRIMARY KEY (scope_id, seq)
);

-- Webhooks: a product's (its owners') or the whole workspace's (admins', product_id null).
CREATE TABLE webhooks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  product_id uuid REFERENCES products (id),
  url text NOT NULL,
  -- The event kinds it wants; null: every kind.
  kinds text[],
  description text NOT NULL DEFAULT '',
  is_enabled boolean NOT NULL DEFAULT true,
  -- Why it was turned off by Ordo (410 Gone, every retry failed); null when a person did.
  disabled_reason text,
  -- The whsec_ signing secret, sealed with the server's key (it must be read back to sign).
  secret_sealed text NOT NULL,
  -- After a rotation the old secret signs too, until this time.
  previous_secret_sealed text,
  previous_secret_until timestamptz,
  created_by uuid REFERENCES people (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_workspace_idx ON webhooks (workspace_id, product_id) WHERE is_enabled;
CREATE INDEX webhooks_product_idx ON webhooks (product_id);

-- One row per event per webhook that wants it, written at the event's commit: a change that
-- commits is delivered, one that rolls back never is. Claimed with SKIP LOCKED and a lease, so
-- each is sent by one instance and one that dies mid-send is sent again by another.
CREATE TABLE webhook_deliveries (
  id bigserial PRIMARY KEY,
  webhook_id uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  -- Null for a test delivery.
  event_id bigint REFERENCES events (id),
  kind text NOT NULL,
  seq bigint,
  item_id uuid,
  item_seq bigint,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claimed_until timestamptz,
  -- The body as first sent, so a retry sends the same bytes.
  payload text,
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
-- An item's deliveries to one webhook go in order: a later one waits while an earlier is pending.
CREATE INDEX webhook_deliveries_item_idx ON webhook_deliveries (webhook_id, item_id, id) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (webhook_id, id);
CREATE INDEX webhook_deliveries_created_idx ON webhook_deliveries (created_at);

-- Each attempt: what was sent and what came back (kept 30 days with its delivery).
CREATE TABLE webhook_attempts (
  id bigserial PRIMARY KEY,
  delivery_id bigint NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  request_headers jsonb NOT NULL,
  response_status integer,
  response_body text,
  error text,
  duration_ms integer NOT NULL,
  started_at timestamptz NOT NULL
);
CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, attempt);

-- At commit, once per event: its numbers, its deliveries, and its notice to live listeners.
CREATE FUNCTION order_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  scope uuid := coalesce(NEW.product_id, NEW.workspace_id);
  next_seq bigint;
  next_item_seq bigint;
  queued integer;
BEGIN
  INSERT INTO event_sequences AS counter (scope_id, last_seq) VALUES (scope, 1)
    ON CONFLICT (scope_id) DO UPDATE SET last_seq = counter.last_seq + 1
    RETURNING last_seq INTO next_seq;
  IF NEW.item_id IS NOT NULL THEN
    INSERT INTO event_sequences AS counter (scope_id, last_seq) VALUES (NEW.item_id, 1)
      ON CONFLICT (scope_id) DO UPDATE SET last_seq = counter.last_seq + 1
      RETURNING last_seq INTO next_item_seq;
  END IF;
  INSERT INTO event_order (scope_id, seq, event_id, item_seq) VALUES (scope, next_seq, NEW.id, next_item_seq);
  IF NEW.copied THEN
    RETURN NULL;
  END IF;
  INSERT INTO webhook_deliveries (webhook_id, event_id, kind, seq, item_id, item_seq)
    SELECT hook.id, NEW.id, NEW.kind, next_seq, NEW.item_id, next_item_seq
    FROM webhooks hook
    WHERE hook.workspace_id = NEW.workspace_id AND hook.is_enabled
      AND (hook.product_id IS NULL OR hook.product_id = NEW.product_id)
      AND (hook.kinds IS NULL OR NEW.kind = ANY (hook.kinds));
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('ordo_webhooks', '');
  END IF;
  PERFORM pg_notify('ordo_events', json_build_object(
    'id', NEW.id::text, 'seq', next_seq::text, 'productId', NEW.product_id::text, 'kind', NEW.kind,
    'itemKey', (SELECT key FROM items WHERE id = NEW.item_id), 'actorId', NEW.actor_id::text)::text);
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER events_ordered AFTER INSERT ON events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION order_event();

-- The events recorded before this migration, numbered in id order.
INSERT INTO event_order (scope_id, seq, event_id, item_seq)
SELECT coalesce(product_id, workspace_id),
  row_number() OVER (PARTITION BY coalesce(product_id, workspace_id) ORDER BY id),
  id,
  CASE WHEN item_id IS NOT NULL THEN row_number() OVER (PARTITION BY item_id ORDER BY id) END
FROM events;
INSERT INTO event_sequences (scope_id, last_seq)
SELECT scope_id, max(seq) FROM event_order GROUP BY scope_id;
INSERT INTO event_sequences (scope_id, last_seq)
SELECT item_id, count(*) FROM events WHERE item_id IS NOT NULL GROUP BY item_id;
