-- PostgreSQL mirror of migrations/0037 (remind69): the due query by an index. A row's moment
-- is at + events.starts_at - event_start (remind68), so the `at` index served no tick; the
-- distance `at - event_start` does not change when the event moves, and indexed per event the
-- due query reads only the rows in its window for each event. The `at` index goes.
-- The outbox's keys in byte order: remind68's "sent since" check reads a row's keys as the
-- range 'moment:<id>:' … 'moment:<id>;' (SQLite's primary key is byte-ordered already; here
-- the primary key follows the database's collation, and the check's left(key, …) read every
-- sent key for every due row).
DROP INDEX moment_reminders_at;
CREATE INDEX moment_reminders_due ON moment_reminders (event_id, (at - event_start));
CREATE INDEX sent_notifications_key_bytes ON sent_notifications (key COLLATE "C");
