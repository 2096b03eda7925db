-- Secret calendar feed URLs: one token per person, served by `python -m bot webhook`.
-- What a feed shows follows the person's role at request time (whole plan, own
-- organisation's events, or one's class), so a role change needs no new link.

CREATE TABLE calendar_feeds (
    token       TEXT    PRIMARY KEY,
    person_id   INTEGER NOT NULL UNIQUE REFERENCES people (id),
    created_at  INTEGER NOT NULL
);
