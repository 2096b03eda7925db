-- 0027: the time zone an event's text was written in (IANA name, e.g. Europe/Kaliningrad).
-- An event sent to several schools is stored in each school's plan, but its text (the
-- description, the exports' «Исходный текст») keeps the writer's clock times; a school in
-- another zone showed them without a word. NULL: no text, or stored before this migration
-- (the exports then add no note).
ALTER TABLE events ADD COLUMN text_zone TEXT;
