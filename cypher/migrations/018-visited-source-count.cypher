// migrations/018-visited-source-count
// VISITED by corroboration (sourceCount): neighbourhood-of reads a hub's most corroborated
// visits from the top of this index instead of reading every one of the hub's facts.
CREATE INDEX visited_source_count IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.sourceCount)
