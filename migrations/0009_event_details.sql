-- What a pasted announcement adds to an event (issue 10): the post as written, the last day
-- to register or apply, the audience's age range and the link of an online event.
-- deadline is an ISO date (YYYY-MM-DD) of the school's local calendar, inclusive: a day, not
-- an instant, as posts name it ("заявки до 10 декабря"). Ages are years, inclusive; an open
-- upper bound ("от 14 лет", "12+") is stored as 99.
ALTER TABLE events ADD COLUMN description TEXT;
ALTER TABLE events ADD COLUMN deadline TEXT;
ALTER TABLE events ADD COLUMN ages_min INTEGER;
ALTER TABLE events ADD COLUMN ages_max INTEGER;
ALTER TABLE events ADD COLUMN online_url TEXT;
