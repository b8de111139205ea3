-- Issue 16: the eFormidling conversations and their statuses (NEXTMOVE.md §2.3, §2.4, §3), and the status messages
-- (MOTTATT, LEVERT) Kurer owes the senders of incoming DPO messages. Plain SQL that reads the same on H2 and PostgreSQL.

CREATE SEQUENCE efm_seq START WITH 1 INCREMENT BY 1;

-- One conversation per DPO message and direction, as efm keeps it: OUTGOING (Kurer's organisation sends) or INCOMING.
-- Keyed like dpo_message: (direction, sender, message_id). expiry is the SBD's expectedResponseDateTime, or the
-- arrival/creation time plus dpo.default-ttl-hours; finished is set by LEVERT, LEST, FEIL, LEVETID_UTLOPT and
-- INNKOMMENDE_LEVERT. dpo_message points at the message row while there is one (no foreign key: it may go).
CREATE TABLE efm_conversation (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    direction            VARCHAR(10)   NOT NULL,
    message_id           VARCHAR(100)  NOT NULL,
    conversation_id      VARCHAR(100)  NOT NULL,
    sender               VARCHAR(20)   NOT NULL,
    receiver             VARCHAR(20)   NOT NULL,
    process_identifier   VARCHAR(255),
    document_identifier  VARCHAR(255),
    message_reference    VARCHAR(255),
    message_title        VARCHAR(255),
    service_identifier   VARCHAR(10)   NOT NULL,
    expiry               TIMESTAMP WITH TIME ZONE NOT NULL,
    finished             BOOLEAN       NOT NULL,
    dpo_message          BIGINT,
    last_update          TIMESTAMP WITH TIME ZONE NOT NULL,
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT efm_conversation_once UNIQUE (direction, sender, message_id)
);

CREATE INDEX efm_conversation_expiry ON efm_conversation (finished, expiry);
CREATE INDEX efm_conversation_ids ON efm_conversation (conversation_id);
CREATE INDEX efm_conversation_message ON efm_conversation (message_id);

-- Each status at most once per conversation: the unique key is what makes it so, also between instances.
CREATE TABLE efm_message_status (
    id            BIGINT         NOT NULL PRIMARY KEY,
    conversation  BIGINT         NOT NULL REFERENCES efm_conversation (id),
    status        VARCHAR(30)    NOT NULL,
    description   VARCHAR(2000),
    raw_receipt   VARCHAR(100000),
    last_update   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT efm_message_status_once UNIQUE (conversation, status)
);

CREATE INDEX efm_message_status_time ON efm_message_status (last_update);

-- An eFormidling status message Kurer sends back through the broker (sbd.zip with sbd.json only). A table of its own,
-- not dpo_message: it reuses the original's message id (MOTTATT and LEVERT both), which dpo_message's key
-- (direction, sender, message_id) would refuse, and it is never a letter in the outbox. Sent by the broker round with
-- the claim and attempt columns of every work table (no.kurer.platform.WorkClaim).
CREATE TABLE dpo_status_out (
    id                BIGINT         NOT NULL PRIMARY KEY,
    message_id        VARCHAR(100)   NOT NULL,
    conversation_id   VARCHAR(100)   NOT NULL,
    sender            VARCHAR(20)    NOT NULL,
    receiver          VARCHAR(20)    NOT NULL,
    status            VARCHAR(30)    NOT NULL,
    state             VARCHAR(10)    NOT NULL,
    file_transfer_id  VARCHAR(40),
    attempts          INTEGER        NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE,
    claimed_by        VARCHAR(100),
    claimed_until     TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(2000),
    created           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated           TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT dpo_status_out_once UNIQUE (receiver, message_id, status)
);

CREATE INDEX dpo_status_out_due ON dpo_status_out (state, next_attempt_at);
