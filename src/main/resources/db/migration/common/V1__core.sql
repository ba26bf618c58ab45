-- Core data of Nhắc việc. Written once for H2 (MySQL mode) and MySQL 8 / MariaDB 10.6+.
-- Instants are stored at second precision (Connector/J on MariaDB drops fractions).

CREATE TABLE commune (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_key    VARCHAR(200) NOT NULL,          -- folded name: "son ky" finds "Sơn Kỳ"
    created_at  DATETIME     NOT NULL,
    CONSTRAINT uq_commune_name_key UNIQUE (name_key)
);

-- Canonical units (config/units.yml is the source; synced at start).
CREATE TABLE unit (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    aliases     TEXT
);

CREATE TABLE officer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id        BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    role              VARCHAR(20)  NOT NULL,     -- OFFICER, VICE_CHAIRMAN, CHAIRMAN, OFFICE
    telegram_user_id  BIGINT,
    telegram_chat_id  BIGINT,
    active            BOOLEAN      NOT NULL,
    created_at        DATETIME     NOT NULL,
    removed_at        DATETIME,
    CONSTRAINT fk_officer_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_officer_commune ON officer (commune_id, active);
CREATE INDEX ix_officer_telegram ON officer (telegram_user_id);

CREATE TABLE officer_unit (
    officer_id  BIGINT      NOT NULL,
    unit_code   VARCHAR(40) NOT NULL,
    PRIMARY KEY (officer_id, unit_code),
    CONSTRAINT fk_officer_unit_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);

-- One-time invite codes for linking a Telegram account; only a hash of the code is kept.
CREATE TABLE invite (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    officer_id  BIGINT      NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    created_at  DATETIME    NOT NULL,
    expires_at  DATETIME    NOT NULL,
    used_at     DATETIME,
    CONSTRAINT uq_invite_code UNIQUE (code_hash),
    CONSTRAINT fk_invite_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);

CREATE TABLE plan (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id     BIGINT       NOT NULL,
    plan_year      INT          NOT NULL,
    title          VARCHAR(500) NOT NULL,
    plan_number    VARCHAR(100),
    source_name    VARCHAR(500) NOT NULL,
    source_sha256  CHAR(64)     NOT NULL,
    warnings       TEXT,
    created_at     DATETIME     NOT NULL,
    updated_at     DATETIME     NOT NULL,
    CONSTRAINT fk_plan_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_plan_commune_year ON plan (commune_id, plan_year);

-- The plan's reporting calendar: one row per report date.
CREATE TABLE report_date (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id   BIGINT       NOT NULL,
    due_date  DATE         NOT NULL,
    label     VARCHAR(200) NOT NULL,
    CONSTRAINT fk_report_date_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);
CREATE INDEX ix_report_date_plan ON report_date (plan_id, due_date);

CREATE TABLE task (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT       NOT NULL,
    commune_id    BIGINT       NOT NULL,
    code          INT          NOT NULL,         -- what officers type: #12
    sort_order    INT          NOT NULL,         -- order in the plan
    section       VARCHAR(20)  NOT NULL,
    task_number   VARCHAR(20)  NOT NULL,
    content       TEXT         NOT NULL,
    product       TEXT,
    deadline_text TEXT,
    notes         TEXT,
    warnings      TEXT,
    removed_at    DATETIME,                      -- gone from a later version of the plan
    created_at    DATETIME     NOT NULL,
    updated_at    DATETIME     NOT NULL,
    CONSTRAINT uq_task_code UNIQUE (commune_id, code),
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_task_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_task_plan ON task (plan_id, section, task_number);

-- Lead (is_lead) and coordinating units of a task; unit_code is a canonical code, or the
-- name as written when it has none.
CREATE TABLE task_unit (
    task_id    BIGINT       NOT NULL,
    unit_code  VARCHAR(200) NOT NULL,
    is_lead    BOOLEAN      NOT NULL,
    sort_order INT          NOT NULL,
    PRIMARY KEY (task_id, is_lead, unit_code),
    CONSTRAINT fk_task_unit_task FOREIGN KEY (task_id) REFERENCES task (id)
);
CREATE INDEX ix_task_unit_code ON task_unit (unit_code, is_lead);

-- One row per concrete due date of a milestone; CONTINUOUS and EXTERNAL milestones have one
-- row with no due date, so that they can be followed (and given a date later).
CREATE TABLE deadline (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id     BIGINT       NOT NULL,
    commune_id  BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,           -- ONCE, RECURRING, CONTINUOUS, EXTERNAL
    label       VARCHAR(500) NOT NULL,
    due_date    DATE,
    status      VARCHAR(20)  NOT NULL,           -- OPEN, DONE, CANCELLED
    done_at     DATETIME,
    done_by     VARCHAR(200),
    note        TEXT,
    updated_at  DATETIME     NOT NULL,
    CONSTRAINT fk_deadline_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_deadline_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
-- The daily scan: open deadlines of a commune by due date.
CREATE INDEX ix_deadline_scan ON deadline (status, due_date, commune_id);
CREATE INDEX ix_deadline_commune ON deadline (commune_id, status, due_date);
CREATE INDEX ix_deadline_task ON deadline (task_id);

CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    happened_at DATETIME     NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    commune_id  BIGINT,
    action      VARCHAR(60)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    detail      TEXT
);
CREATE INDEX ix_audit_at ON audit_log (happened_at);
