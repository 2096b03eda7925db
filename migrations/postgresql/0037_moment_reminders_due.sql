-- PostgreSQL mirror of migrations/0037 (remind69): the due query by an index. A row's moment
-- is at + events.starts_at - event_start (remind68), so the `at` index served no tick; the
-- distance `at - event_start` does not change when the event moves, and indexed per event the
-- due query reads only the rows in its window for each event. The `at` index goes.
DROP INDEX moment_reminders_at;
CREATE INDEX moment_reminders_due ON moment_reminders (event_id, (at - event_start));
