// migrations/013-stated-id
CREATE INDEX stated_id IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.id)
