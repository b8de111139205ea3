-- Webhooks (issue 16, item 2): the NextMove subscriptions of the local systems, and one delivery row per status event
-- and matching subscription, written in the transaction that recorded the status, sent by the webhook round
-- (no.kurer.webhooks). The same SQL on H2 and PostgreSQL.

CREATE SEQUENCE webhook_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE webhook_subscription (
    id             BIGINT         NOT NULL PRIMARY KEY,
    name           VARCHAR(200)   NOT NULL,
    push_endpoint  VARCHAR(2000)  NOT NULL,
    resource       VARCHAR(20)    NOT NULL,
    event          VARCHAR(20)    NOT NULL,
    filter         VARCHAR(1000),
    created        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One event for one subscription: WAITING until it is DELIVERED or, after webhooks.max-attempts, FAILED. The body is
-- the JSON POSTed, fixed when the event happened. Deleting a subscription deletes its deliveries.
CREATE TABLE webhook_delivery (
    id               BIGINT         NOT NULL PRIMARY KEY,
    subscription     BIGINT         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    status_id        BIGINT         NOT NULL,
    body             VARCHAR(10000) NOT NULL,
    state            VARCHAR(10)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    claimed_by       VARCHAR(100),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription, status_id)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription, state, id);
