-- 0030: a reminder at a clock time (walk 2026-12-02r, #22): «напоминай вечером накануне»,
-- «напоминай накануне в 19:00», «напоминай утром в день мероприятия». `clock` is
-- bot.core.reminders.ReminderClock.dump(): "<days before the event's day> <HH:MM>" in the
-- school's local time ("1 19:00", "0 08:00"); NULL: none. `chosen_at` (UTC epoch seconds on
-- the bot's clock) is when the person last chose their reminder times: a moment of the new
-- times that passed before it never fell due (it is not caught up at once beside the reminder
-- the old times already sent); NULL: not recorded, every moment owed as before.
ALTER TABLE reminder_prefs ADD COLUMN clock TEXT;
ALTER TABLE reminder_prefs ADD COLUMN chosen_at INTEGER;
