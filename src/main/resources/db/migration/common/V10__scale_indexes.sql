-- National scale (issue 11): every query the daily scan and the bot's conversation run uses an
-- index (docs/benchmarks.md lists each query with its index; ScaleQueriesMariaDbIT checks EXPLAIN).

-- The scan's "linked since the last scan": invites used after a given instant, not every invite.
CREATE INDEX ix_invite_used ON invite (used_at);

-- The scan's snoozes: only those still running after the scan window's start (most have ended).
CREATE INDEX ix_snooze_until ON snooze (until_date);
