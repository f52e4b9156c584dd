-- Indexes for read paths measured at 100,000 items.

-- Duplicate suggestions draw candidates from titles sharing most of their words.
CREATE INDEX items_title_words_idx ON items USING gin (to_tsvector('english', title)) WHERE archived_at IS NULL;

-- Counts by status (insights, the custodian's health score) from the index alone.
CREATE INDEX items_status_idx ON items (product_id, status) WHERE archived_at IS NULL;
