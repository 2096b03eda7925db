-- PostgreSQL mirror of migrations/0030: a reminder at a clock time (reminder_prefs.clock,
-- "<days before> <HH:MM>" school-local, NULL: none) and when the reminder times were chosen
-- (reminder_prefs.chosen_at, UTC epoch seconds on the bot's clock, NULL: not recorded).
ALTER TABLE reminder_prefs ADD COLUMN clock TEXT;
ALTER TABLE reminder_prefs ADD COLUMN chosen_at BIGINT;
