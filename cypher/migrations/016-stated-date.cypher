// migrations/016-stated-date
CREATE INDEX stated_date IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.date)
