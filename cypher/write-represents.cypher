// write-represents
// Person → State links of one article, counted like facts (see write-invited): role and asOf
// from the latest report, leader when any report says so.
// Runs only if write-article stamped the article with this write's $revision (new or changed).
CYPHER replan=skip
MATCH (art:Article {id: $articleId, revision: $revision})
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (s:State {code: row.state})
MERGE (p)-[r:REPRESENTS]->(s)
  ON CREATE SET r.id = row.id, r.sourceCount = 0, r.leader = false
SET r._lock = true
WITH r, row, r.sourceCount AS before, r.leader AS leader, row.reportKey > coalesce(r.latestReport, '') AS latest
SET r.sourceCount = before + 1, r.leader = leader OR row.leader
FOREACH (_ IN CASE WHEN latest THEN [1] ELSE [] END | SET r += row.attrs, r.asOf = row.publishedAt, r.latestReport = row.reportKey)
REMOVE r._lock
