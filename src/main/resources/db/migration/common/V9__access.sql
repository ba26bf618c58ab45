-- One access rule (issue 10).

-- At most one extension request waits per deadline: pending_deadline is the deadline's id while the
-- request is PENDING and NULL once decided; the unique index refuses a second waiting request.
ALTER TABLE extension_request ADD COLUMN pending_deadline BIGINT;
UPDATE extension_request SET pending_deadline = deadline_id WHERE status = 'PENDING' AND id IN (
    SELECT id FROM (SELECT MAX(id) AS id FROM extension_request WHERE status = 'PENDING' GROUP BY deadline_id) latest);
UPDATE extension_request SET status = 'REFUSED', decided_by = 'system: duplicate request', pending_deadline = NULL
    WHERE status = 'PENDING' AND pending_deadline IS NULL;
CREATE UNIQUE INDEX uq_extension_pending ON extension_request (pending_deadline);

-- Personal messages go to private chats only: a Telegram private chat has the user's own id.
-- Officers linked from a group before this release get their private chat back.
UPDATE officer SET telegram_chat_id = telegram_user_id
    WHERE telegram_user_id IS NOT NULL AND (telegram_chat_id IS NULL OR telegram_chat_id <> telegram_user_id);

-- A leader role the office asked for, waiting for the chairman's confirmation.
CREATE TABLE role_grant (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id            BIGINT       NOT NULL,
    officer_id            BIGINT       NOT NULL,
    role                  VARCHAR(20)  NOT NULL,
    requested_by_officer  BIGINT,
    requested_by          VARCHAR(200) NOT NULL,
    status                VARCHAR(12)  NOT NULL,   -- PENDING, GRANTED, REFUSED
    created_at            DATETIME     NOT NULL,
    decided_by            VARCHAR(200),
    decided_at            DATETIME,
    CONSTRAINT fk_role_grant_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
