-- 0036: a one-off reminder at a moment the person names (remind66): «напомни мне завтра в 8
-- утра про экскурсию». One row per (person, event, moment); `at` is the moment in UTC epoch
-- seconds, `created_at` when it was asked (bot's clock). The notification loop reads the rows
-- due (bot.core.moments) and sends each through the outbox under the key
-- "moment:<id>:<at>:<vk id>", so it goes out exactly once like the offset reminders; «не
-- напоминай» (and «не напоминай про …» for its event) deletes the rows. A row whose event is
-- deleted goes with it. remind68: `event_start` is the event's start (UTC epoch seconds) when
-- the reminder was asked; the moment sent is `at` moved by the start's change since
-- (events.starts_at - event_start), so «накануне» follows a moved event by any path.
CREATE TABLE moment_reminders (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    event_start INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (person_id, event_id, at, event_start)
);
CREATE INDEX moment_reminders_at ON moment_reminders (at);
