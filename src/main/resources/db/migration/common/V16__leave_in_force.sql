-- The daily scan reads the leaves in force on its day across every commune (Handovers.cover):
-- without this index that read went through the whole table, which grows by every leave ever taken.
CREATE INDEX ix_leave_in_force ON leave_handover (status, ends_on);
