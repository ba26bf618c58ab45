-- Follow-up (issue 13): coordinated parts, explanations asked on overdue items, leave and handover.

-- "Xong phần của …": a unit other than the task's lead reports its part of one deadline.
-- One report per unit and deadline; the lead still marks the deadline itself done.
CREATE TABLE task_part (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    deadline_id  BIGINT       NOT NULL,
    commune_id   BIGINT       NOT NULL,
    unit_code    VARCHAR(200) NOT NULL,
    officer_id   BIGINT       NOT NULL,
    reported_by  VARCHAR(200) NOT NULL,
    note         TEXT,
    reported_at  DATETIME     NOT NULL,
    CONSTRAINT uq_task_part UNIQUE (deadline_id, unit_code),
    CONSTRAINT fk_task_part_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id)
);

-- "❓ Yêu cầu giải trình": a leader asks why an overdue deadline is late; the responsible officers answer.
-- pending_deadline is the deadline's id while unanswered and NULL once answered: at most one waits per deadline.
CREATE TABLE explanation_request (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    deadline_id       BIGINT       NOT NULL,
    commune_id        BIGINT       NOT NULL,
    asked_by_officer  BIGINT       NOT NULL,
    asked_by          VARCHAR(200) NOT NULL,
    asked_on          DATE         NOT NULL,
    asked_at          DATETIME     NOT NULL,
    answer            TEXT,
    proposed_due      DATE,
    answered_by       VARCHAR(200),
    answered_at       DATETIME,
    pending_deadline  BIGINT,
    CONSTRAINT uq_explanation_pending UNIQUE (pending_deadline),
    CONSTRAINT fk_explanation_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id)
);
CREATE INDEX ix_explanation_commune ON explanation_request (commune_id, answered_at);

-- "/nghiphep": an officer hands their work to a colleague of the same commune for a period.
CREATE TABLE leave_handover (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id    BIGINT       NOT NULL,
    officer_id    BIGINT       NOT NULL,
    delegate_id   BIGINT       NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    reason        VARCHAR(200),
    status        VARCHAR(12)  NOT NULL,   -- PENDING, APPROVED, REFUSED
    requested_by  VARCHAR(200) NOT NULL,
    requested_at  DATETIME     NOT NULL,
    decided_by    VARCHAR(200),
    decided_at    DATETIME,
    CONSTRAINT fk_leave_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
    CONSTRAINT fk_leave_delegate FOREIGN KEY (delegate_id) REFERENCES officer (id)
);
CREATE INDEX ix_leave_commune ON leave_handover (commune_id, status, starts_on);
