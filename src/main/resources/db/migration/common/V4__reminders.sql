-- The reminder engine: one row per daily scan, the outbox every message goes through, snoozes.

-- A scan day is claimed by inserting its row: a second instance (or a retry) finds it and stops.
CREATE TABLE scan_run (
    scan_date    DATE         NOT NULL PRIMARY KEY,
    instance     VARCHAR(100) NOT NULL,
    delivered    BOOLEAN      NOT NULL,          -- the bot was on: its digests could go out
    started_at   DATETIME     NOT NULL,
    finished_at  DATETIME
);

-- Every message to send is written here first, in the transaction that decided it.
CREATE TABLE outbox_message (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    idempotency_key      VARCHAR(200) NOT NULL,
    commune_id           BIGINT,
    officer_id           BIGINT,
    kind                 VARCHAR(30)  NOT NULL,   -- DIGEST, NOTICE
    scan_date            DATE,
    html                 TEXT         NOT NULL,
    keyboard             TEXT,                    -- rows of text\u001Fdata, see OutboxCodec
    memo                 TEXT,                    -- list number → deadline id, for replies
    status               VARCHAR(12)  NOT NULL,   -- PENDING, SENDING, SENT, FAILED, STALE
    attempts             INT          NOT NULL,
    not_before           DATETIME     NOT NULL,
    telegram_message_id  BIGINT,
    last_error           VARCHAR(500),
    created_at           DATETIME     NOT NULL,
    sent_at              DATETIME,
    CONSTRAINT uq_outbox_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_outbox_due ON outbox_message (status, not_before, id);

CREATE TABLE snooze (
    deadline_id  BIGINT NOT NULL,
    officer_id   BIGINT NOT NULL,
    until_date   DATE   NOT NULL,
    PRIMARY KEY (deadline_id, officer_id)
);

-- Small facts the service learns at run time (the bot's @username for invite links).
CREATE TABLE service_setting (
    setting_name   VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(500) NOT NULL
);

-- An officer who blocked the bot (Telegram answered 403) until they write to it again.
ALTER TABLE officer ADD COLUMN unreachable_at DATETIME;
