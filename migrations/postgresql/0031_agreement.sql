-- PostgreSQL mirror of migrations/0031: the curator's agreement of an event (events.agreed_at,
-- UTC epoch seconds on the bot's clock, NULL: waiting for it; events.agreed_by, the person who
-- agreed, NULL: nobody recorded). Events stored before count as agreed when they were stored.
ALTER TABLE events ADD COLUMN agreed_at BIGINT;
ALTER TABLE events ADD COLUMN agreed_by BIGINT REFERENCES people(id);
UPDATE events SET agreed_at = created_at;
