// migrations/019-stated-source-count
// STATED by corroboration (sourceCount): neighbourhood-of reads a hub's most corroborated
// statements from the top of this index instead of reading every one of the hub's facts.
CREATE INDEX stated_source_count IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.sourceCount)
