-- The outbox's size and its oldest letter (readiness, metrics, the admin page) from the index alone: a scrape must not
-- read every waiting message's row, however long the outbox grows.
CREATE INDEX dpi_message_state_created ON dpi_message (state, created);
