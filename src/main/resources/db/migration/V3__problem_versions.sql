-- The fingerprint of each problem's tests as last seen, so that a change (new or corrected test
-- data, another validator, other limits) rejudges the problem's submissions.
CREATE TABLE problem_version (
    problem_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    fingerprint  VARCHAR(64)  NOT NULL,
    seen_at      BIGINT       NOT NULL
);
