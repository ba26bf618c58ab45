-- Evidence of completion (issue 13): what an officer's "xong" carries, and the office's review of it.

-- One piece of evidence for one deadline: a file sent through Telegram, or a document number typed
-- with "xong". A file is recorded with its Telegram file id first (state PENDING) and fetched and
-- stored afterwards, so a store that is briefly away loses nothing: PENDING rows are retried.
CREATE TABLE evidence (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id       BIGINT        NOT NULL,
    deadline_id      BIGINT        NOT NULL,
    officer_id       BIGINT        NOT NULL,
    chat_id          BIGINT,                    -- where to tell the sender how the retry went
    kind             VARCHAR(12)   NOT NULL,    -- FILE, NUMBER
    state            VARCHAR(12)   NOT NULL,    -- PENDING, STORED, REFUSED (files); STORED (numbers)
    telegram_file_id VARCHAR(255),
    file_name        VARCHAR(255),
    file_type        VARCHAR(8),                -- JPEG, PNG, PDF, DOCX, XLSX, DOC, XLS (from the bytes)
    size_bytes       BIGINT,
    sha256           CHAR(64),
    storage_key      VARCHAR(255),
    doc_number       VARCHAR(80),               -- "12/QĐ-UBND"
    doc_date         DATE,
    attempts         INT           NOT NULL,
    last_error       VARCHAR(500),
    received_at      DATETIME      NOT NULL,
    stored_at        DATETIME,
    CONSTRAINT fk_evidence_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id)
);
CREATE INDEX ix_evidence_deadline ON evidence (deadline_id, id);
CREATE INDEX ix_evidence_state ON evidence (state, received_at);
CREATE INDEX ix_evidence_officer ON evidence (officer_id, received_at);

-- The office's (or a leader's) decision on a completion: ACCEPTED, or RETURNED with a reason
-- (the deadline is open again). Both stay: the history of a deadline reads in id order.
CREATE TABLE completion_review (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id   BIGINT        NOT NULL,
    deadline_id  BIGINT        NOT NULL,
    decision     VARCHAR(12)   NOT NULL,        -- ACCEPTED, RETURNED
    reason       VARCHAR(1000),
    decided_by   BIGINT        NOT NULL,
    decided_at   DATETIME      NOT NULL,
    CONSTRAINT fk_review_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id)
);
CREATE INDEX ix_review_deadline ON completion_review (deadline_id, id);
