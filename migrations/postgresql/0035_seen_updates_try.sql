-- 0035: which try of an update wrote its "handled" mark (attack 65, #3). A unit of work
-- writes a random token of its own (bot.storage.transactions.Unit.token) beside the mark;
-- when its COMMIT fails after it was sent, the gate looks for the mark *with its token*:
-- found, the COMMIT landed (its replies go out once); a mark with another token is a
-- redelivery committed by another worker meanwhile, and this try rolled back. NULL: a mark
-- stored before this migration or by claim_update (no unit).
ALTER TABLE seen_updates ADD COLUMN try_token TEXT;
