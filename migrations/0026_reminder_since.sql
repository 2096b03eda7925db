-- 0026: since when a reminder is owed (newcomer walk 2026-12-01d, finding 4). A reminder
-- moment that passed before the event got its current start, or before a student's sign-up
-- became "going", never fell due for that person and is not caught up as "missed".
-- Both are UTC epoch seconds on the bot's clock, written by the core (NULL: not recorded,
-- every moment is owed as before). events.updated_at is no substitute: a new title, venue or
-- audience moves it without moving the event; signups.created_at neither: a promotion from
-- the waiting list or signing up again after a cancel keep the first row's created_at.
ALTER TABLE events ADD COLUMN timed_at INTEGER;
ALTER TABLE signups ADD COLUMN going_since INTEGER;

-- Rows stored before: the latest audit row that set the start (its "add" snapshot or an
-- update whose diff has "start") or brought the event back from "cancelled"; else created_at.
UPDATE events SET timed_at = COALESCE(
    (SELECT MAX(a.at) FROM audit_log AS a
      WHERE a.entity = 'event' AND a.entity_id = events.id
        AND (json_extract(a.details, '$.start') IS NOT NULL
             OR json_extract(a.details, '$.status.from') = 'cancelled')),
    created_at);
-- Every write to a sign-up row sets its status and updated_at together, so a going row's
-- updated_at is the moment it became going (signed up, signed up again, or promoted).
UPDATE signups SET going_since = updated_at WHERE status = 'going';
