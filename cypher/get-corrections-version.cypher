// get-corrections-version
// The version every correction bumps: read again at the end of an ingest's transaction to
// learn whether a correction was committed while the batch was planned.
OPTIONAL MATCH (log:CorrectionLog {id: 'corrections'})
RETURN coalesce(log.version, 0) AS version
