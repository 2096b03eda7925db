-- PostgreSQL mirror of migrations/0005: organisers of an event are looked up by
-- organisation on every reminder tick.
CREATE INDEX people_by_organisation ON people (organisation_id);
