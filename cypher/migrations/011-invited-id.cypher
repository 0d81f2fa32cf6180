// migrations/011-invited-id
CREATE INDEX invited_id IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.id)
