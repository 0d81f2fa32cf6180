// write-refresh-represents
// Re-derive Person → State links from the evidence left after an article's was taken back
// (as write-refresh-invited does for facts): sourceCount, role and asOf from the latest
// report (with the office and its term, when known), leader when any report says so; unsupported links are deleted (their person marked
// for write-state-entries, as a new link's is). Then :Leader
// follows what the person's remaining links say (none left: not a leader), changed only
// when it differs.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})-[r:REPRESENTS]->(:State {code: row.state})
SET r._lock = true
WITH p, r, row
OPTIONAL MATCH (e:Evidence {factId: row.id})
WITH p, r, e ORDER BY e.reportKey DESC
WITH p, r, collect(e)[0] AS latest, count(DISTINCT e.articleId) AS sources,
     coalesce(max(CASE WHEN e.leader THEN 1 ELSE 0 END), 0) = 1 AS leader
REMOVE r._lock
FOREACH (_ IN CASE WHEN sources > 0 THEN [1] ELSE [] END |
  SET r.sourceCount = sources, r.role = latest.role, r.asOf = latest.publishedAt,
      r.office = latest.office, r.termStart = latest.termStart, r.termEnd = latest.termEnd,
      r.latestReport = latest.reportKey, r.leader = leader)
FOREACH (_ IN CASE WHEN sources = 0 THEN [1] ELSE [] END | DELETE r SET p.dyadsStale = true)
WITH p, sum(CASE WHEN sources = 0 THEN 1 ELSE 0 END) AS removed, sum(CASE WHEN sources > 0 THEN 1 ELSE 0 END) AS kept
CALL (p) {
  OPTIONAL MATCH (p)-[l:REPRESENTS]->()
  WITH p, coalesce(max(CASE WHEN l.leader THEN 1 ELSE 0 END), 0) = 1 AS isLeader
  FOREACH (_ IN CASE WHEN isLeader AND NOT p:Leader THEN [1] ELSE [] END | SET p:Leader)
  FOREACH (_ IN CASE WHEN NOT isLeader AND p:Leader THEN [1] ELSE [] END | REMOVE p:Leader)
}
RETURN sum(removed) AS removed, sum(kept) AS kept
