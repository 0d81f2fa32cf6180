// write-invited
// INVITED facts of a batch: one relationship per fact id between endpoints found by their
// unique keys (people, states or events; the key spaces do not overlap). MERGE on bound
// endpoints locks them before creating, so concurrent batches cannot duplicate a fact. The
// batch's articles are new sources of each fact (a changed article's old evidence was taken
// back first; the plan folds a batch's reports of one fact into one row): the fact is
// locked, then sourceCount goes up by row.sources, first/last reported widen (undated
// reports do not count), and the attributes become the batch's latest report's when it is
// later than the fact's (publication date, then ingest time, then id: latestReport).
// fromKey and toKey (the endpoints' keys, fixed with the fact) and sortKey (the date, '~'
// when undated) let find-actor-facts read one actor's facts in order from an index.
CYPHER replan=skip
UNWIND $rows AS row
OPTIONAL MATCH (fp:Person {id: row.from})
OPTIONAL MATCH (fs:State {code: row.from})
WITH row, coalesce(fp, fs) AS a
OPTIONAL MATCH (tp:Person {id: row.to})
OPTIONAL MATCH (ts:State {code: row.to})
OPTIONAL MATCH (te:Event {id: row.to})
WITH row, a, coalesce(tp, ts, te) AS b
MERGE (a)-[r:INVITED {id: row.id}]->(b)
  ON CREATE SET r.sourceCount = 0, r.fromKey = row.from, r.toKey = row.to
SET r._lock = true
WITH r, row, r.sourceCount AS before, r.firstReported AS first, r.lastReported AS last,
     row.latestReport > coalesce(r.latestReport, '') AS latest
SET r.sourceCount = before + row.sources,
    r.firstReported = CASE WHEN first IS NULL OR row.firstReported < first THEN coalesce(row.firstReported, first) ELSE first END,
    r.lastReported = CASE WHEN last IS NULL OR row.lastReported > last THEN coalesce(row.lastReported, last) ELSE last END
FOREACH (_ IN CASE WHEN latest THEN [1] ELSE [] END | SET r += row.attrs, r.sortKey = coalesce(row.attrs.date, '~'), r.latestReport = row.latestReport)
REMOVE r._lock
