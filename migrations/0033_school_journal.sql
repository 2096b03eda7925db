-- 0033: a change that reaches another school of a city is never lost between the two
-- schools' commits (bot.core.features.school_journal). The writer's school records, in its
-- own update's transaction, what the other school's copies are to become (`school_journal`,
-- in the WRITER's store); the other school applies it in a transaction of its own that also
-- inserts its `origin` into `school_journal_applied` (in the OTHER school's store), so a
-- replay after a crash between the two commits finds it applied and neither loses nor
-- doubles it. A journal row is deleted once the other school's part is known committed.
-- Times are UTC epoch seconds on the bot's clock.
CREATE TABLE school_journal (
    origin      TEXT    PRIMARY KEY,  -- "<writer's school key>:<random hex>", unique in the city
    school      TEXT    NOT NULL,     -- the other school's key (bot.core.ports.SchoolRef.key)
    body        TEXT    NOT NULL,     -- JSON: author, kind, the copies' ids and versions, new states
    created_at  INTEGER NOT NULL
);
CREATE INDEX school_journal_by_age ON school_journal (created_at);

CREATE TABLE school_journal_applied (
    origin      TEXT    PRIMARY KEY,
    applied_at  INTEGER NOT NULL
);
