// lock-corrected-people
// First statement of every correction: bumps the corrections' version (an ingest that read
// an older one plans again), then locks the people the correction changes, so that their
// facts are read only after every transaction writing to them has committed. Returns the
// people found, each with the state they most often act for.
MERGE (log:CorrectionLog {id: 'corrections'})
  ON CREATE SET log.version = 0
SET log.version = log.version + 1
WITH log
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p._lock = true
REMOVE p._lock
WITH p
OPTIONAL MATCH (p)-[r:REPRESENTS]->(s:State)
WITH p, s ORDER BY coalesce(r.sourceCount, 0) DESC, s.code
RETURN p.id AS id, p.name AS name, collect(s.code)[0] AS state
