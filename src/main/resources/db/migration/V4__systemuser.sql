-- System user onboarding (issue 4): one row per system user Kurer asks a customer for, with Altinn's request id,
-- the confirm link and where the onboarding stands; the status history beside it. Ids come from sequences
-- (EclipseLink cannot read an H2 2.x identity back).
CREATE SEQUENCE systemuser_registration_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE systemuser_registration (
    id               BIGINT         NOT NULL PRIMARY KEY,
    system_id        VARCHAR(200)   NOT NULL,
    vendor_orgno     VARCHAR(9)     NOT NULL,
    party_orgno      VARCHAR(9)     NOT NULL,
    external_ref     VARCHAR(300)   NOT NULL,
    client_id        VARCHAR(200)   NOT NULL,
    access_packages  VARCHAR(2000)  NOT NULL,
    status           VARCHAR(30)    NOT NULL,
    request_id       VARCHAR(100),
    confirm_url      VARCHAR(2000),
    last_error       VARCHAR(2000),
    attempts         INTEGER        NOT NULL,
    next_attempt     TIMESTAMP WITH TIME ZONE,
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated          TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT systemuser_registration_once UNIQUE (system_id, party_orgno, external_ref)
);

CREATE INDEX systemuser_registration_due ON systemuser_registration (status, next_attempt);

CREATE SEQUENCE systemuser_status_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE systemuser_status (
    id               BIGINT         NOT NULL PRIMARY KEY,
    registration_id  BIGINT         NOT NULL REFERENCES systemuser_registration (id),
    status           VARCHAR(30)    NOT NULL,
    occurred         TIMESTAMP WITH TIME ZONE NOT NULL,
    description      VARCHAR(2000)
);

CREATE INDEX systemuser_status_registration ON systemuser_status (registration_id, id);
