-- Many organisations in one Kurer (issue 18): the organisations an administrator added besides systemuser.org, how
-- Kurer reaches their broker inbox (their own standard system user, or as a client of an agent system user), which
-- NextMove users act for them, whether Altinn still lets Kurer act for them, and whether they were removed (their
-- messages stay readable until deleted). Each incoming broker file records the organisation whose inbox held it.
-- The same SQL on H2 and PostgreSQL.

CREATE TABLE organisation (
    orgno               VARCHAR(9)     NOT NULL PRIMARY KEY,
    name                VARCHAR(200),
    access              VARCHAR(20)    NOT NULL,
    agent_registration  BIGINT         REFERENCES systemuser_registration (id),
    nextmove_users      VARCHAR(2000)  NOT NULL,
    authorised          BOOLEAN        NOT NULL,
    authorisation_note  VARCHAR(2000),
    state               VARCHAR(10)    NOT NULL,
    created             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated             TIMESTAMP WITH TIME ZONE NOT NULL,
    removed             TIMESTAMP WITH TIME ZONE,
    version             BIGINT         NOT NULL
);

ALTER TABLE dpo_incoming_transfer ADD COLUMN organisation VARCHAR(9);

-- The NextMove user that made a webhook subscription: it is told only of its organisations' messages, and only it sees
-- the subscription. Null: made with nextmove.authentication=off, or before there were many organisations (all events).
ALTER TABLE webhook_subscription ADD COLUMN owner VARCHAR(100);

-- The kind of onboarding: STANDARD (a system user the customer approves) or AGENT (a service provider's agent system
-- user, which clients delegate to).
ALTER TABLE systemuser_registration ADD COLUMN kind VARCHAR(10) DEFAULT 'STANDARD' NOT NULL;
ALTER TABLE systemuser_registration ADD COLUMN system_user_id VARCHAR(100);
