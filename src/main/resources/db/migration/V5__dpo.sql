-- DPO over the Altinn 3 Broker (issue 5): Kurer's messages in both directions, their status history, and the
-- broker file transfers Kurer has taken from its inbox. Then the sandbox broker stand-in's own tables (sandbox_…).

CREATE SEQUENCE dpo_seq START WITH 1 INCREMENT BY 1;

-- One DPO message, outgoing (OUT) or incoming (IN). message_id is the SBD's documentIdentification.instanceIdentifier;
-- Kurer holds it once per direction (a message sent to oneself exists once as OUT and once as IN).
CREATE TABLE dpo_message (
    id                BIGINT         NOT NULL PRIMARY KEY,
    direction         VARCHAR(3)     NOT NULL,
    message_id        VARCHAR(100)   NOT NULL,
    conversation_id   VARCHAR(100)   NOT NULL,
    sender            VARCHAR(20)    NOT NULL,
    receiver          VARCHAR(20)    NOT NULL,
    document_type     VARCHAR(100),
    sbd               VARCHAR(1000000) NOT NULL,
    state             VARCHAR(20)    NOT NULL,
    reason            VARCHAR(2000),
    file_transfer_id  VARCHAR(40),
    package_file      VARCHAR(500),
    package_size      BIGINT,
    checksum          VARCHAR(64),
    attempts          INTEGER        NOT NULL,
    next_attempt      TIMESTAMP WITH TIME ZONE,
    claimed_by        VARCHAR(100),
    claimed_until     TIMESTAMP WITH TIME ZONE,
    read_at           TIMESTAMP WITH TIME ZONE,
    created           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated           TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT dpo_message_once UNIQUE (direction, message_id)
);

CREATE INDEX dpo_message_due ON dpo_message (direction, state, next_attempt);
CREATE INDEX dpo_message_conversation ON dpo_message (conversation_id);

CREATE TABLE dpo_message_status (
    id           BIGINT        NOT NULL PRIMARY KEY,
    message      BIGINT        NOT NULL REFERENCES dpo_message (id),
    state        VARCHAR(20)   NOT NULL,
    occurred     TIMESTAMP WITH TIME ZONE NOT NULL,
    description  VARCHAR(2000)
);

CREATE INDEX dpo_message_status_message ON dpo_message_status (message, id);

-- A broker file transfer found in Kurer's inbox. The primary key is the claim: one instance inserts it, the others
-- fail and leave the file alone. CLAIMED (being fetched until claimed_until), then HELD (stored and committed, or
-- kept as failed, or a copy of a message already held) until the broker has the confirmation: CONFIRMED.
CREATE TABLE dpo_incoming_transfer (
    file_transfer_id  VARCHAR(40)   NOT NULL PRIMARY KEY,
    state             VARCHAR(20)   NOT NULL,
    outcome           VARCHAR(20),
    message           BIGINT,
    claimed_by        VARCHAR(100),
    claimed_until     TIMESTAMP WITH TIME ZONE,
    attempts          INTEGER       NOT NULL,
    reason            VARCHAR(2000),
    created           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated           TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE INDEX dpo_incoming_transfer_state ON dpo_incoming_transfer (state, claimed_until);

-- The sandbox Altinn Broker stand-in (live only with sandbox.enabled=true): file transfers and recipients.
CREATE TABLE sandbox_broker_transfer (
    file_transfer_id     VARCHAR(40)    NOT NULL PRIMARY KEY,
    resource_id          VARCHAR(255)   NOT NULL,
    file_name            VARCHAR(255)   NOT NULL,
    senders_reference    VARCHAR(4096),
    sender               VARCHAR(20)    NOT NULL,
    checksum             VARCHAR(64),
    file_size            BIGINT,
    status               VARCHAR(30)    NOT NULL,
    status_changed       TIMESTAMP WITH TIME ZONE NOT NULL,
    property_list        VARCHAR(20000),
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    expiration_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT         NOT NULL
);

CREATE INDEX sandbox_broker_transfer_resource ON sandbox_broker_transfer (resource_id, status, created);

CREATE TABLE sandbox_broker_recipient (
    file_transfer_id  VARCHAR(40)   NOT NULL REFERENCES sandbox_broker_transfer (file_transfer_id),
    recipient         VARCHAR(20)   NOT NULL,
    status            VARCHAR(30)   NOT NULL,
    status_changed    TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (file_transfer_id, recipient)
);

CREATE INDEX sandbox_broker_recipient_inbox ON sandbox_broker_recipient (recipient, status);
