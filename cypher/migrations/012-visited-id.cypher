// migrations/012-visited-id
CREATE INDEX visited_id IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.id)
