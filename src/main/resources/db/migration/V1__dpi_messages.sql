-- Messages accepted through the C2 API. The primary key makes a meldingsid usable once, ever.
CREATE TABLE dpi_message (
    meldingsid             VARCHAR(100)   NOT NULL PRIMARY KEY,
    conversation_id        VARCHAR(100)   NOT NULL,
    message_type           VARCHAR(40)    NOT NULL,
    process                VARCHAR(200),
    avsender               VARCHAR(20)    NOT NULL,
    databehandler          VARCHAR(20),
    avsenderidentifikator  VARCHAR(100),
    receiver               VARCHAR(20)    NOT NULL,
    fingerprint            VARCHAR(100)   NOT NULL,
    forretningsmelding     VARCHAR(300000) NOT NULL,
    package_file           VARCHAR(300),
    package_media_type     VARCHAR(100),
    package_size           BIGINT,
    state                  VARCHAR(30)    NOT NULL,
    created                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT         NOT NULL
);

CREATE INDEX dpi_message_conversation ON dpi_message (conversation_id);
CREATE INDEX dpi_message_state ON dpi_message (state, updated);

-- Digdir's statuses (OPPRETTET, SENDT, FEILET) for each message, in order: ids come from the sequence, one per row
-- (not an identity column: EclipseLink cannot read an H2 2.x identity back).
CREATE SEQUENCE dpi_message_status_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE dpi_message_status (
    id           BIGINT        NOT NULL PRIMARY KEY,
    meldingsid   VARCHAR(100)  NOT NULL REFERENCES dpi_message (meldingsid),
    status       VARCHAR(20)   NOT NULL,
    occurred     TIMESTAMP WITH TIME ZONE NOT NULL,
    description  VARCHAR(1000)
);

CREATE INDEX dpi_message_status_melding ON dpi_message_status (meldingsid, id);
