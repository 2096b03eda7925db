-- PostgreSQL mirror of migrations/0009: what a pasted announcement adds to an event (the post
-- as written, the last day to apply as an ISO local date, the age range, an online link).
ALTER TABLE events ADD COLUMN description TEXT;
ALTER TABLE events ADD COLUMN deadline TEXT;
ALTER TABLE events ADD COLUMN ages_min INTEGER;
ALTER TABLE events ADD COLUMN ages_max INTEGER;
ALTER TABLE events ADD COLUMN online_url TEXT;
