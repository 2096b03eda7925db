-- 0031: the curator's agreement of an event (walk 2026-12-02t, #16: a bot named «Согласовано»
-- had no notion of an event being agreed). `agreed_at` (UTC epoch seconds on the bot's clock)
-- is when the event was agreed, `agreed_by` the person who agreed it (people.id; NULL with an
-- agreed_at: agreed without a person, as the events below). NULL agreed_at: the event waits
-- for the curator's agreement (a partner's or a teacher's new event, or one moved or placed
-- elsewhere by them since). Events stored before this migration were in the plan before the
-- notion existed (the curator saw them, could move or cancel them): they count as agreed when
-- they were stored.
ALTER TABLE events ADD COLUMN agreed_at INTEGER;
ALTER TABLE events ADD COLUMN agreed_by INTEGER REFERENCES people(id);
UPDATE events SET agreed_at = created_at;
