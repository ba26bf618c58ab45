-- The web pages (issue 12): sign-in links, sessions, the province's staff and its communes.

-- One-time sign-in links the bot sends (/web); only a hash of the token is kept.
CREATE TABLE web_sign_in (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    officer_id  BIGINT      NOT NULL,
    created_at  DATETIME    NOT NULL,
    expires_at  DATETIME    NOT NULL,
    used_at     DATETIME,
    CONSTRAINT fk_web_sign_in_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);

-- Province staff (read-only console); passwords bcrypt-hashed.
CREATE TABLE province_user (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    login          VARCHAR(100) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    province       VARCHAR(200) NOT NULL,
    province_key   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    created_at     DATETIME     NOT NULL,
    removed_at     DATETIME,
    CONSTRAINT uq_province_user_login UNIQUE (login)
);

-- Which province a commune belongs to (a commune is in at most one).
CREATE TABLE province_commune (
    commune_id    BIGINT       NOT NULL PRIMARY KEY,
    province      VARCHAR(200) NOT NULL,
    province_key  VARCHAR(200) NOT NULL,
    CONSTRAINT fk_province_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_province_commune_key ON province_commune (province_key);

-- Server-side sessions: the cookie carries a random id, the table its hash. Exactly one of
-- officer_id / province_user_id is set.
CREATE TABLE web_session (
    id_hash           CHAR(64)    NOT NULL PRIMARY KEY,
    officer_id        BIGINT,
    province_user_id  BIGINT,
    csrf_token        VARCHAR(64) NOT NULL,
    via               VARCHAR(12) NOT NULL,     -- LINK, MINI_APP, PASSWORD
    created_at        DATETIME    NOT NULL,
    expires_at        DATETIME    NOT NULL
);
CREATE INDEX ix_web_session_expiry ON web_session (expires_at);
