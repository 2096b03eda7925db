-- PostgreSQL mirror of migrations/0023: which plan file each event was saved from.
CREATE TABLE plan_file_events (
    event_id    BIGINT PRIMARY KEY REFERENCES events (id),
    file_id     BIGINT NOT NULL,
    filename    TEXT   NOT NULL,
    recorded_at BIGINT NOT NULL      -- UTC epoch seconds
);
CREATE INDEX plan_file_events_file ON plan_file_events (file_id);
