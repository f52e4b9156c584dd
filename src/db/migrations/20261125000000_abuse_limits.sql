-- Abuse limits shared by every instance and kept across restarts: failed sign-ins per account, per
-- address and in all, public requests per product and address. A counter counts hits in a window
-- that opens at its first hit and closes at resets_at; the next hit after that starts it again.
CREATE TABLE limit_counters (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  resets_at timestamptz NOT NULL
);
-- Closed windows are swept now and then.
CREATE INDEX limit_counters_resets_at_idx ON limit_counters (resets_at);
