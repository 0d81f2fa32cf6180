// backfill-fact-keys
// Up to $limit facts written before fromKey, toKey and sortKey existed (see write-invited)
// get them. Each fact gets all three at once, so any number of runs, interrupted or not,
// leaves every fact whole; prepareGraph runs it until a run finds fewer than $limit.
MATCH (a)-[r:INVITED|VISITED|STATED]->(b)
WHERE r.sortKey IS NULL
WITH a, r, b
LIMIT $limit
SET r.fromKey = coalesce(a.code, a.id), r.toKey = coalesce(b.code, b.id), r.sortKey = coalesce(r.date, '~')
RETURN count(r) AS updated
