-- What the bot has sent, so that a reply ("xong", "xong 2", "hoàn tác") can be matched to the
-- message it answers and to the deadlines that message listed.
CREATE TABLE bot_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    chat_id       BIGINT       NOT NULL,
    message_id    BIGINT       NOT NULL,
    officer_id    BIGINT,
    kind          VARCHAR(30)  NOT NULL,          -- LIST, CONFIRMATION, DIGEST, ...
    deadline_ids  TEXT,                           -- comma-separated, in the order listed
    sent_at       DATETIME     NOT NULL,
    CONSTRAINT uq_bot_message UNIQUE (chat_id, message_id)
);

-- A Telegram account links to at most one active officer.
CREATE INDEX ix_officer_chat ON officer (telegram_chat_id);
