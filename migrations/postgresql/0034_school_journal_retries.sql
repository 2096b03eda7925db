-- 0034: a journal entry that cannot be finished never blocks the others (attack 2026-12-03ab
-- #4). Each failed replay counts in `tries` and puts the entry off until `next_at` (doubling
-- from bot.core.features.school_journal.RETRY_SECONDS); after MAX_TRIES failures, or at once
-- for a body that no longer reads, the entry is marked stuck (`stuck_at`, with the last
-- `error`): the tick no longer reads it, it is reported once and kept for a person to look
-- at. Times are UTC epoch seconds on the bot's clock; `next_at` 0: due now; `stuck_at`
-- NULL: still tried.
ALTER TABLE school_journal ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE school_journal ADD COLUMN next_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE school_journal ADD COLUMN stuck_at BIGINT;
ALTER TABLE school_journal ADD COLUMN error TEXT;
CREATE INDEX school_journal_due ON school_journal (next_at, created_at) WHERE stuck_at IS NULL;
