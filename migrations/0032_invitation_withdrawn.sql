-- 0032: a curator may withdraw an invitation code given out and not used yet (newcomer walk
-- 2026-12-03y, Y8: «коды приглашений» lists the open codes and says how to withdraw one).
-- `withdrawn_at` (UTC epoch seconds on the bot's clock) is when it was withdrawn; NULL: not
-- withdrawn. A withdrawn code links nobody (the check answers «код отозван»).
ALTER TABLE invitations ADD COLUMN withdrawn_at INTEGER;
