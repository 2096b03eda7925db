-- PostgreSQL mirror of migrations/0021: an event for the school's staff («для учителей»,
-- a педсовет); students never see it (bot.core.models.Audience.staff).
ALTER TABLE events ADD COLUMN staff_audience BOOLEAN NOT NULL DEFAULT FALSE;
