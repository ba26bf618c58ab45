-- A calendar feed address per officer: only a hash of its secret is kept; revoking stamps revoked_at.
CREATE TABLE calendar_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    officer_id  BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME    NOT NULL,
    revoked_at  DATETIME,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_calendar_feed_officer ON calendar_feed (officer_id, revoked_at);
