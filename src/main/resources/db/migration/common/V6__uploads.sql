-- A plan or roster file sent to the bot, kept between its preview and the sender's decision
-- ("✅ Nhập kế hoạch" / "❌ Hủy"); the bytes are dropped once decided.
CREATE TABLE pending_upload (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id   BIGINT        NOT NULL,
    officer_id   BIGINT        NOT NULL,
    kind         VARCHAR(8)    NOT NULL,   -- PLAN, ROSTER
    file_name    VARCHAR(255)  NOT NULL,
    content      LONGBLOB,
    status       VARCHAR(12)   NOT NULL,   -- PENDING, IMPORTED, CANCELLED, EXPIRED
    created_at   DATETIME      NOT NULL,
    decided_at   DATETIME
);
CREATE INDEX ix_pending_upload_officer ON pending_upload (officer_id, status);
