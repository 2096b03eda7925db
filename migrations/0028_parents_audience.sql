-- An event for the parents of its classes («Родительское собрание», «собрание для
-- родителей»): students never see it in their lists nor sign up (bot.core.models.
-- Audience.parents). 1: the parents are its audience. Rows written before this column
-- keep 0, as they were read before it.
ALTER TABLE events ADD COLUMN parents_audience INTEGER NOT NULL DEFAULT 0;
