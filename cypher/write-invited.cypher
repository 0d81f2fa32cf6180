// write-invited
// INVITED facts of one article: one relationship per fact id between endpoints found by their
// unique keys (people, states or events; the key spaces do not overlap). MERGE on bound
// endpoints locks them before creating, so concurrent articles cannot duplicate a fact. This
// article is a new source of each fact (its old evidence was taken back first): the fact is
// locked, then sourceCount goes up by one, first/last reported widen, and the attributes
// become this article's when it is the latest report (publication date, then ingest time,
// then id: row.reportKey).
// Runs only if write-article stamped the article with this write's $revision (new or changed).
CYPHER replan=skip
MATCH (art:Article {id: $articleId, revision: $revision})
UNWIND $rows AS row
OPTIONAL MATCH (fp:Person {id: row.from})
OPTIONAL MATCH (fs:State {code: row.from})
WITH row, coalesce(fp, fs) AS a
OPTIONAL MATCH (tp:Person {id: row.to})
OPTIONAL MATCH (ts:State {code: row.to})
OPTIONAL MATCH (te:Event {id: row.to})
WITH row, a, coalesce(tp, ts, te) AS b
MERGE (a)-[r:INVITED {id: row.id}]->(b)
  ON CREATE SET r.sourceCount = 0
SET r._lock = true
WITH r, row, r.sourceCount AS before, r.firstReported AS first, r.lastReported AS last,
     row.reportKey > coalesce(r.latestReport, '') AS latest
SET r.sourceCount = before + 1,
    r.firstReported = CASE WHEN before = 0 OR row.publishedAt < first THEN row.publishedAt ELSE first END,
    r.lastReported = CASE WHEN before = 0 OR row.publishedAt > last THEN row.publishedAt ELSE last END
FOREACH (_ IN CASE WHEN latest THEN [1] ELSE [] END | SET r += row.attrs, r.latestReport = row.reportKey)
REMOVE r._lock
