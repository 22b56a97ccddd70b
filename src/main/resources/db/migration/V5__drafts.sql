-- A candidate's drafts: every autosave is a new version, never an overwrite, so nothing typed is
-- lost, whichever browser saved last. Times are epoch milliseconds.
CREATE TABLE draft (
    attempt_id  VARCHAR(100) NOT NULL,
    exercise    VARCHAR(100) NOT NULL,
    language    VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL,
    content     TEXT         NOT NULL,
    saved_at    BIGINT       NOT NULL,
    PRIMARY KEY (attempt_id, exercise, language, version)
);
