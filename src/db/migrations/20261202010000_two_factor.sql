-- Two-factor sign-in for password accounts: a TOTP secret (sealed with the server's key, never
-- in clear), the last time step used (a code works once), recovery codes kept as hashes, and a
-- workspace setting that requires it of admins.
ALTER TABLE people
  ADD COLUMN totp_secret text,
  -- Set while someone enrols, until they prove their app with a first code.
  ADD COLUMN totp_pending_secret text,
  ADD COLUMN totp_enabled_at timestamptz,
  ADD COLUMN totp_last_step bigint;

CREATE TABLE recovery_codes (
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (person_id, code_hash)
);

ALTER TABLE workspaces ADD COLUMN require_admin_two_factor boolean NOT NULL DEFAULT false;
