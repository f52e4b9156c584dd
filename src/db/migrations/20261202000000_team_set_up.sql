-- Setting up a team: invited and deactivated people, one-time links to set a password, mail
-- preferences, token expiry, archived products, company sign-in, and an audit trail for changes
-- that belong to the workspace rather than to one product.

-- An invited person has no password until they follow their link; someone who signs in only
-- through the company's identity provider never has one.
ALTER TABLE people
  ALTER COLUMN password_hash DROP NOT NULL,
  -- Null while an invitation is open: set when they first set a password or sign in.
  ADD COLUMN joined_at timestamptz,
  ADD COLUMN deactivated_at timestamptz,
  ADD COLUMN mail_digest boolean NOT NULL DEFAULT true,
  ADD COLUMN mail_notices boolean NOT NULL DEFAULT true;
UPDATE people SET joined_at = created_at;

-- A link mailed to a person to set their password: an invitation (7 days) or a reset (1 hour).
-- Only the hash of its secret is kept; a link is spent by its first use.
CREATE TABLE account_links (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX account_links_person_idx ON account_links (person_id, purpose);

-- A mail that carries a secret (a link to set a password) loses its body once it is sent.
ALTER TABLE outbox ADD COLUMN sensitive boolean NOT NULL DEFAULT false;

ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
CREATE INDEX api_tokens_person_idx ON api_tokens (person_id);

ALTER TABLE products ADD COLUMN archived_at timestamptz;

-- A person known to the company's OpenID provider: its issuer and the subject it names them by.
CREATE TABLE external_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX external_identities_person_idx ON external_identities (person_id);

-- Events of the workspace itself (people, products created or archived) belong to no product.
ALTER TABLE events ADD COLUMN workspace_id uuid REFERENCES workspaces (id);
UPDATE events SET workspace_id = products.workspace_id FROM products WHERE products.id = events.product_id;
ALTER TABLE events
  ALTER COLUMN workspace_id SET NOT NULL,
  ALTER COLUMN product_id DROP NOT NULL;
-- The audit log: a workspace's events, newest first, by person or kind.
CREATE INDEX events_workspace_idx ON events (workspace_id, id);
CREATE INDEX events_actor_idx ON events (actor_id, id);
