// migrations/017-invited-source-count
// INVITED by corroboration (sourceCount): neighbourhood-of reads a hub's most corroborated
// invitations from the top of this index instead of reading every one of the hub's facts.
CREATE INDEX invited_source_count IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.sourceCount)
