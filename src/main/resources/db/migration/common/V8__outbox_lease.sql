-- One dispatcher at a time, even across a scheduler fail-over: a dispatcher sends only while it
-- holds this lease, and every outbox claim names the lease version it was made under, so a
-- dispatcher that lost the lease (paused, partitioned) can claim nothing more.
CREATE TABLE dispatch_lease (
    lease_name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    expires_at  DATETIME     NOT NULL   -- database time: the one clock every instance shares
);
INSERT INTO dispatch_lease (lease_name, holder, version, expires_at) VALUES ('outbox', '', 0, '2000-01-01 00:00:00');

ALTER TABLE outbox_message ADD COLUMN claim_version BIGINT;

CREATE INDEX ix_pending_upload_status ON pending_upload (status, created_at);
