-- PostgreSQL mirror of migrations/0004: secret calendar feed URLs, one token per person.

CREATE TABLE calendar_feeds (
    token       TEXT    PRIMARY KEY,
    person_id   BIGINT  NOT NULL UNIQUE REFERENCES people (id),
    created_at  BIGINT  NOT NULL
);
