-- The outbox: a message whose package is accepted (state READY_FOR_FORWARDING) waits here for corner 3.
-- An instance claims a message by setting claimed_by/claimed_until in a conditional UPDATE, so several instances on
-- one database never forward the same message at once; a crashed instance's claim simply expires.
ALTER TABLE dpi_message ADD COLUMN forward_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE dpi_message ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dpi_message ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE dpi_message ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE dpi_message ADD COLUMN last_forward_error VARCHAR(1000);

UPDATE dpi_message SET next_attempt_at = updated WHERE state = 'READY_FOR_FORWARDING';

CREATE INDEX dpi_message_outbox ON dpi_message (state, next_attempt_at);

-- Every attempt to hand a message to corner 3, successful or not.
CREATE SEQUENCE dpi_forward_attempt_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE dpi_forward_attempt (
    id          BIGINT        NOT NULL PRIMARY KEY,
    meldingsid  VARCHAR(100)  NOT NULL REFERENCES dpi_message (meldingsid) ON DELETE CASCADE,
    instance    VARCHAR(100)  NOT NULL,
    started     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    detail      VARCHAR(1000)
);

CREATE INDEX dpi_forward_attempt_melding ON dpi_forward_attempt (meldingsid, id);
