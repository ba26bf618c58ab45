-- "📅 Xin gia hạn": an officer asks for a new due date; the chairman or a vice-chairman decides.
CREATE TABLE extension_request (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    deadline_id    BIGINT       NOT NULL,
    commune_id     BIGINT       NOT NULL,
    officer_id     BIGINT       NOT NULL,
    requested_due  DATE         NOT NULL,
    status         VARCHAR(12)  NOT NULL,   -- PENDING, APPROVED, REFUSED
    decided_by     VARCHAR(200),
    decided_at     DATETIME,
    created_at     DATETIME     NOT NULL
);
CREATE INDEX ix_extension_deadline ON extension_request (deadline_id, status);
