-- PostgreSQL mirror of migrations/0027: the IANA time zone an event's text was written in.
ALTER TABLE events ADD COLUMN text_zone TEXT;
