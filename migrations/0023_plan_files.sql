-- Which plan file each event was saved from (newcomer walk 2026-12-01, finding 10): a
-- corrected plan sent again is compared with the file its matched events came from, and
-- the earlier file's events missing from the new one are asked about, never cancelled
-- silently. `file_id` names one file's rows: the smallest event id recorded with it; an
-- event belongs to the latest file it was recorded with (one row per event).
CREATE TABLE plan_file_events (
    event_id    INTEGER PRIMARY KEY REFERENCES events (id),
    file_id     INTEGER NOT NULL,
    filename    TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL     -- UTC epoch seconds
);
CREATE INDEX plan_file_events_file ON plan_file_events (file_id);
