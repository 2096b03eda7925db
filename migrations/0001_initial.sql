-- The plan: organisations, people, events (one row per occurrence), audit log, dialog state.
-- Instants are INTEGER seconds since the Unix epoch (UTC): sortable, portable, indexable.

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL UNIQUE,   -- case-folded name, for lookups
    kind        TEXT    NOT NULL CHECK (kind IN ('school', 'partner')),
    created_at  INTEGER NOT NULL
);

CREATE TABLE people (
    id               INTEGER PRIMARY KEY,
    vk_id            INTEGER NOT NULL UNIQUE,
    role             TEXT    NOT NULL CHECK (role IN ('curator', 'staff', 'partner', 'student')),
    name             TEXT    NOT NULL DEFAULT '',
    organisation_id  INTEGER REFERENCES organisations (id),
    class_name       TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    starts_at        INTEGER NOT NULL,
    ends_at          INTEGER NOT NULL,
    duration         INTEGER NOT NULL CHECK (duration >= 0),  -- ends_at - starts_at
    all_day          INTEGER NOT NULL DEFAULT 0,
    end_given        INTEGER NOT NULL DEFAULT 1,
    venue            TEXT,
    grades           TEXT    NOT NULL DEFAULT '[]',  -- JSON list of ints
    classes          TEXT    NOT NULL DEFAULT '[]',  -- JSON list like ["10А"]
    status           TEXT    NOT NULL DEFAULT 'confirmed'
                     CHECK (status IN ('draft', 'confirmed', 'cancelled')),
    created_by       INTEGER REFERENCES people (id),
    series_id        INTEGER,
    capacity         INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

-- Interval lookups: events starting in [start - longest duration, end) via this index,
-- and the longest duration itself in O(log n) via the second one.
CREATE INDEX events_by_start ON events (starts_at);
CREATE INDEX events_by_duration ON events (duration);
CREATE INDEX events_by_org_start ON events (organisation_id, starts_at);
CREATE INDEX events_by_series ON events (series_id);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor_id   INTEGER REFERENCES people (id),
    entity     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL,
    action     TEXT    NOT NULL,
    details    TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);

CREATE TABLE dialogs (
    person_id   INTEGER PRIMARY KEY REFERENCES people (id),
    state       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);
