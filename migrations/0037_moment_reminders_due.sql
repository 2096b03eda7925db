-- 0037: the one-off reminders' due query by an index (remind69). Since remind68 a row's moment
-- is `at` moved by its event's start's change (at + events.starts_at - event_start), so the
-- index on `at` (0036) could not serve the due query and every tick read every row. A row's
-- distance to its event's start, `at - event_start`, does not change when the event moves:
-- indexed per event, the due query walks the events and reads, for each, only the rows whose
-- distance puts them in the window (distance in (since - starts_at, now - starts_at]). The
-- `at` index served nothing else (a person's rows use the UNIQUE key), so it goes. (The
-- PostgreSQL twin also indexes sent_notifications' keys in byte order; SQLite's primary key
-- already is.)
DROP INDEX moment_reminders_at;
CREATE INDEX moment_reminders_due ON moment_reminders (event_id, (at - event_start));
