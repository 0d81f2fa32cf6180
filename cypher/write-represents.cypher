// write-represents
// Person → State links of a batch, counted like facts (see write-invited): role, asOf and
// the office's term (row.attrs) from the latest report, leader when any report says so. A person is a :Leader
// exactly when one of their links says so (write-refresh-represents keeps that true when
// reports go), so a head of state of no known state is not one. A new link changes the
// state pairs of the person's facts: the person is marked (and so locked) for write-state-entries.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (s:State {code: row.state})
MERGE (p)-[r:REPRESENTS]->(s)
  ON CREATE SET r.id = row.id, r.sourceCount = 0, r.leader = false
SET r._lock = true
WITH p, r, row, r.sourceCount AS before, r.leader AS leader, row.latestReport > coalesce(r.latestReport, '') AS latest
SET r.sourceCount = before + row.sources, r.leader = leader OR row.leader
FOREACH (_ IN CASE WHEN latest THEN [1] ELSE [] END | SET r += row.attrs, r.latestReport = row.latestReport)
FOREACH (_ IN CASE WHEN row.leader AND NOT p:Leader THEN [1] ELSE [] END | SET p:Leader)
FOREACH (_ IN CASE WHEN before = 0 THEN [1] ELSE [] END | SET p.dyadsStale = true)
REMOVE r._lock
