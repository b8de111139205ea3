-- One shape for the claim and attempt columns of every table that background work takes on (no.kurer.platform.WorkClaim):
-- attempts, next_attempt_at, claimed_by, claimed_until, last_error. Renames the drifted names and adds the columns a
-- table lacked (unused there until its work needs them). RENAME COLUMN and SET DATA TYPE read the same on H2 and
-- PostgreSQL; indexes follow a renamed column.
ALTER TABLE dpi_message RENAME COLUMN forward_attempts TO attempts;
ALTER TABLE dpi_message RENAME COLUMN last_forward_error TO last_error;
ALTER TABLE dpi_message ALTER COLUMN last_error SET DATA TYPE VARCHAR(2000);

ALTER TABLE dpo_message RENAME COLUMN next_attempt TO next_attempt_at;
ALTER TABLE dpo_message RENAME COLUMN reason TO last_error;

ALTER TABLE dpo_incoming_transfer RENAME COLUMN reason TO last_error;
ALTER TABLE dpo_incoming_transfer ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE systemuser_registration RENAME COLUMN next_attempt TO next_attempt_at;
ALTER TABLE systemuser_registration ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE systemuser_registration ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
