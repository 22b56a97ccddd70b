-- Candidate invitations. The link carries a random 256-bit token; only its SHA-256 is stored, so
-- a copy of this table admits nobody. Times are epoch milliseconds.
CREATE TABLE invitation (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,   -- what the invitation admits to, e.g. an assessment id
    created_at  BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL,
    revoked_at  BIGINT,
    CONSTRAINT invitation_token UNIQUE (token_hash)
);
CREATE INDEX invitation_subject ON invitation (subject);
