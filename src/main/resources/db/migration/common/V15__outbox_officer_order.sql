-- The dispatcher sends an officer's messages in the order they were queued: a message is due only
-- when no earlier one to the same officer still waits (OutboxStore.due). This index answers that.
CREATE INDEX ix_outbox_officer_waiting ON outbox_message (officer_id, status, id);
