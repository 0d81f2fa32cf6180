// write-visited
// VISITED facts of a batch, added as write-invited adds INVITED facts.
CYPHER replan=skip
UNWIND $rows AS row
OPTIONAL MATCH (fp:Person {id: row.from})
OPTIONAL MATCH (fs:State {code: row.from})
WITH row, coalesce(fp, fs) AS a
OPTIONAL MATCH (tp:Person {id: row.to})
OPTIONAL MATCH (ts:State {code: row.to})
OPTIONAL MATCH (te:Event {id: row.to})
WITH row, a, coalesce(tp, ts, te) AS b
MERGE (a)-[r:VISITED {id: row.id}]->(b)
  ON CREATE SET r.sourceCount = 0, r.fromKey = row.from, r.toKey = row.to
SET r._lock = true
WITH r, row, r.sourceCount AS before, r.firstReported AS first, r.lastReported AS last,
     row.latestReport > coalesce(r.latestReport, '') AS latest
SET r.sourceCount = before + row.sources,
    r.firstReported = CASE WHEN first IS NULL OR row.firstReported < first THEN coalesce(row.firstReported, first) ELSE first END,
    r.lastReported = CASE WHEN last IS NULL OR row.lastReported > last THEN coalesce(row.lastReported, last) ELSE last END
FOREACH (_ IN CASE WHEN latest THEN [1] ELSE [] END | SET r += row.attrs, r.sortKey = coalesce(row.attrs.date, '~'), r.latestReport = row.latestReport)
REMOVE r._lock
