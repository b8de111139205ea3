-- Issue 13.2: a DPO message is one sender's. Another organisation's message with the same instanceIdentifier is
-- another message, kept beside it, never a duplicate of it.
ALTER TABLE dpo_message DROP CONSTRAINT dpo_message_once;
ALTER TABLE dpo_message ADD CONSTRAINT dpo_message_once UNIQUE (direction, sender, message_id);
