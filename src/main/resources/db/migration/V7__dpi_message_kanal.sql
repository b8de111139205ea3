-- The channel (kanal) a message was sent with moves onto the message itself: dpi_message is then the one table of a
-- message, mapped whole by its entity (purged included).
ALTER TABLE dpi_message ADD COLUMN kanal VARCHAR(28);
UPDATE dpi_message SET kanal = (SELECT k.kanal FROM dpi_message_kanal k WHERE k.meldingsid = dpi_message.meldingsid)
    WHERE meldingsid IN (SELECT meldingsid FROM dpi_message_kanal);
DROP TABLE dpi_message_kanal;
