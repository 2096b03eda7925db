-- Partner onboarding, students' sign-ups, and exactly-once delivery bookkeeping.

CREATE TABLE invitations (
    code             TEXT    PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    role             TEXT    NOT NULL CHECK (role IN ('staff', 'partner')),
    created_by       INTEGER REFERENCES people (id),
    created_at       INTEGER NOT NULL,
    used_by          INTEGER REFERENCES people (id),
    used_at          INTEGER
);

CREATE TABLE signups (
    event_id    INTEGER NOT NULL REFERENCES events (id),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    status      TEXT    NOT NULL CHECK (status IN ('going', 'waiting', 'cancelled')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX signups_by_person ON signups (person_id, status);
CREATE INDEX signups_by_event_status ON signups (event_id, status, updated_at);

-- A notification is recorded under its unique key before it is sent: never twice.
CREATE TABLE sent_notifications (
    key      TEXT    PRIMARY KEY,
    peer_id  INTEGER NOT NULL,
    sent_at  INTEGER NOT NULL
);

-- Incoming VK updates already handled (Long Poll and Callback API may deliver twice).
CREATE TABLE seen_updates (
    event_id  TEXT    PRIMARY KEY,
    seen_at   INTEGER NOT NULL
);
CREATE INDEX seen_updates_by_time ON seen_updates (seen_at);
