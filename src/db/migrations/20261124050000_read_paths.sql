-- Indexes for read paths measured at 100,000 items.

-- Duplicate suggestions draw candidates from titles sharing most of their words.
CREATE INDEX items_title_words_idx ON items USING gin (to_tsvector('english', title)) WHERE archived_at IS NULL;
