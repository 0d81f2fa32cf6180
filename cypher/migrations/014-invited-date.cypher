// migrations/014-invited-date
CREATE INDEX invited_date IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.date)
