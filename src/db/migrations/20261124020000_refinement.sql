-- Refinement: the Definition of Ready per product, scoring fields on items, refinement sessions
-- with their agenda and planning poker, and splits.

ALTER TABLE products
  ADD COLUMN definition_of_ready jsonb NOT NULL DEFAULT
    '{"problem":true,"serves":true,"outcome":true,"minCriteria":1,"estimate":true,"timeboxForSpikes":true,"deadlineForCompliance":false,"custom":[]}',
  ADD COLUMN split_threshold integer NOT NULL DEFAULT 13,
  ADD COLUMN refuse_unready_commitment boolean NOT NULL DEFAULT false,
  ADD COLUMN refinement_cadence_days integer NOT NULL DEFAULT 14 CHECK (refinement_cadence_days IN (7, 14)),
  ADD COLUMN next_refinement_at timestamptz;

ALTER TABLE items
  ADD COLUMN ready_checks text[] NOT NULL DEFAULT '{}',
  ADD COLUMN wsjf_business_value integer,
  ADD COLUMN wsjf_time_criticality integer,
  ADD COLUMN wsjf_risk_reduction integer,
  ADD COLUMN wsjf_job_size integer,
  ADD COLUMN rice_reach integer,
  ADD COLUMN rice_impact numeric(4, 2),
  ADD COLUMN rice_confidence integer,
  ADD COLUMN rice_effort numeric(6, 2),
  ADD COLUMN moscow text CHECK (moscow IN ('must', 'should', 'could', 'wont'));

CREATE TABLE refinement_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  number integer NOT NULL,
  scheduled_for timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'running', 'ended')),
  started_at timestamptz,
  ended_at timestamptz,
  summary jsonb,
  created_by uuid REFERENCES people (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT refinement_sessions_number_unique UNIQUE (product_id, number)
);

CREATE TABLE refinement_agenda (
  session_id uuid NOT NULL REFERENCES refinement_sessions (id) ON DELETE CASCADE,
  item_id uuid NOT NULL REFERENCES items (id),
  position integer NOT NULL,
  notes text NOT NULL DEFAULT '',
  outcome text CHECK (outcome IN ('clarified', 'estimated', 'split', 'reranked', 'archived', 'skipped')),
  ready_at_start boolean NOT NULL,
  PRIMARY KEY (session_id, item_id)
);

CREATE TABLE refinement_attendees (
  session_id uuid NOT NULL REFERENCES refinement_sessions (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, person_id)
);

CREATE TABLE poker_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES refinement_sessions (id) ON DELETE CASCADE,
  item_id uuid NOT NULL REFERENCES items (id),
  deck text[] NOT NULL,
  state text NOT NULL DEFAULT 'voting' CHECK (state IN ('voting', 'revealed', 'agreed', 'abandoned')),
  agreed_estimate integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  revealed_at timestamptz
);
CREATE UNIQUE INDEX poker_rounds_one_open_idx ON poker_rounds (session_id) WHERE state IN ('voting', 'revealed');

CREATE TABLE poker_votes (
  round_id uuid NOT NULL REFERENCES poker_rounds (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  card text NOT NULL,
  voted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, person_id)
);

-- Story points the team finishes in a sprint, until sprints record it.
ALTER TABLE products ADD COLUMN velocity_points integer CHECK (velocity_points > 0);
