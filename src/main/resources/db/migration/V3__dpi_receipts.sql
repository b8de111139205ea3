-- Receipts (kvitteringer) on their way back to the sender: delivered by corner 3, or written by Kurer itself (feil).
-- The unique meldingsid stores a receipt once, however often corner 3 delivers it. Ids come from the sequence, one
-- per row, so they follow arrival order (not an identity column: EclipseLink cannot read an H2 2.x identity back).
CREATE SEQUENCE dpi_receipt_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE dpi_receipt (
    id                     BIGINT          NOT NULL PRIMARY KEY,
    meldingsid             VARCHAR(100)    NOT NULL,
    conversation_id        VARCHAR(100)    NOT NULL,
    original_meldingsid    VARCHAR(100),
    receipt_type           VARCHAR(40)     NOT NULL,
    avsender               VARCHAR(20)     NOT NULL,
    databehandler          VARCHAR(20),
    avsenderidentifikator  VARCHAR(100),
    kanal                  VARCHAR(28),
    issuer                 VARCHAR(20)     NOT NULL,
    kvittering             VARCHAR(300000) NOT NULL,
    received               TIMESTAMP WITH TIME ZONE NOT NULL,
    read_time              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT dpi_receipt_meldingsid UNIQUE (meldingsid)
);

CREATE INDEX dpi_receipt_conversation ON dpi_receipt (conversation_id, id);
CREATE INDEX dpi_receipt_unread ON dpi_receipt (avsender, read_time, id);
CREATE INDEX dpi_receipt_received ON dpi_receipt (received);

-- The channel (kanal, Digdir's MPC) a message was sent with through POST /dpi/messages/out; its receipts carry it.
CREATE TABLE dpi_message_kanal (
    meldingsid  VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES dpi_message (meldingsid),
    kanal       VARCHAR(28)  NOT NULL
);

-- Retention: a purged message keeps only its key and addressing, so its meldingsid stays used, ever.
ALTER TABLE dpi_message ADD COLUMN purged TIMESTAMP WITH TIME ZONE;
CREATE INDEX dpi_message_purge ON dpi_message (purged, updated);
