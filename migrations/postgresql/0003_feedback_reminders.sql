-- PostgreSQL mirror of migrations/0003: after-event feedback (stored without the
-- respondent's identity) and reminder preferences.

-- Who has answered the poll of an event: for "one answer per person" and the single nudge.
CREATE TABLE poll_responses (
    event_id     BIGINT  NOT NULL REFERENCES events (id),
    person_id    BIGINT  NOT NULL REFERENCES people (id),
    answered_at  BIGINT  NOT NULL,
    PRIMARY KEY (event_id, person_id)
);

-- The answers themselves, keyed by a salted hash of (event, person): reports read only this
-- table, so aggregates never say who answered what.
CREATE TABLE feedback (
    event_id        BIGINT  NOT NULL REFERENCES events (id),
    respondent      TEXT    NOT NULL,
    role            TEXT    NOT NULL,          -- student | organiser
    attended        BOOLEAN NOT NULL DEFAULT TRUE,
    rating          INTEGER CHECK (rating BETWEEN 1 AND 5),
    recommend       INTEGER CHECK (recommend BETWEEN 0 AND 10),
    comment         TEXT,
    updated_at      BIGINT  NOT NULL,
    PRIMARY KEY (event_id, respondent)
);

CREATE TABLE reminder_prefs (
    person_id  BIGINT  PRIMARY KEY REFERENCES people (id),
    enabled    BOOLEAN NOT NULL DEFAULT TRUE,
    offsets    INTEGER[]                           -- minutes, NULL = defaults
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
