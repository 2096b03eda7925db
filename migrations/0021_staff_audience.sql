-- An event for the school's staff («для учителей», «для педагогов», a педсовет): students
-- never see it in their lists and it clashes only with the staff's other events and whole
-- school events (bot.core.models.Audience.staff). 1: the staff are (also) its audience.
ALTER TABLE events ADD COLUMN staff_audience INTEGER NOT NULL DEFAULT 0;
