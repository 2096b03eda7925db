-- PostgreSQL mirror of migrations/0028: an event for the parents of its classes
-- (bot.core.models.Audience.parents); students never see it.
ALTER TABLE events ADD COLUMN parents_audience BOOLEAN NOT NULL DEFAULT FALSE;
