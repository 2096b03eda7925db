-- PostgreSQL mirror of migrations/0026: since when a reminder is owed (events.timed_at,
-- signups.going_since; UTC epoch seconds on the bot's clock, NULL: not recorded).
ALTER TABLE events ADD COLUMN timed_at BIGINT;
ALTER TABLE signups ADD COLUMN going_since BIGINT;

UPDATE events SET timed_at = COALESCE(
    (SELECT MAX(a.at) FROM audit_log AS a
      WHERE a.entity = 'event' AND a.entity_id = events.id
        AND (a.details ? 'start' OR a.details -> 'status' ->> 'from' = 'cancelled')),
    created_at);
UPDATE signups SET going_since = updated_at WHERE status = 'going';
