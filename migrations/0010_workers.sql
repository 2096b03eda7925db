-- Series ids handed out collision-free (issue 14: several writers). next_series_id inserts a
-- row here inside its write transaction (BEGIN IMMEDIATE serialises writers of every process
-- on the file) and returns its id; AUTOINCREMENT never hands out an id twice. Seeded with the
-- largest series id already stored, so new series continue after the old ones.
CREATE TABLE series_ids (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  INTEGER NOT NULL     -- UTC epoch seconds
);
INSERT INTO series_ids (id, created_at)
    SELECT MAX(series_id), CAST(strftime('%s', 'now') AS INTEGER) FROM events
    HAVING MAX(series_id) IS NOT NULL;
