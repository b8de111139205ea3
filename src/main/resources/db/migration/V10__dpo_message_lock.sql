-- Issue 16: the NextMove API's peek locks an incoming message for the local system (nextmove.lock-minutes) until it
-- pops and deletes it. The lock is a time: a lock in the past no longer counts, nothing needs to release it. The same
-- statement reads the same on H2 and PostgreSQL.
ALTER TABLE dpo_message ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
