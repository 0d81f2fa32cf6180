// write-invited
// The INVITED facts of the groups a write touched, each derived whole from all its reports
// (resolve/fact-groups.ts): sourceCount, first and last report, the latest report's status
// and negation, the most precise date, the latest occasion named. The groups are locked
// (lock-fact-groups), so no other writer changes these facts meanwhile. A fact is one
// relationship per id between endpoints found by their unique keys (people, states or
// events; the key spaces do not overlap); fromKey and toKey are fixed when it is created,
// sortKey (the date, '~' undated) comes with the date. Facts the new clustering has no
// report for are deleted first. Both lists are always sent, so the statement has one plan.
CYPHER replan=skip
CALL () {
  UNWIND $removed AS id
  MATCH ()-[r:INVITED {id: id}]->()
  DELETE r
}
CALL () {
  UNWIND $rows AS row
  OPTIONAL MATCH (fp:Person {id: row.from})
  OPTIONAL MATCH (fs:State {code: row.from})
  WITH row, coalesce(fp, fs) AS a
  OPTIONAL MATCH (tp:Person {id: row.to})
  OPTIONAL MATCH (ts:State {code: row.to})
  OPTIONAL MATCH (te:Event {id: row.to})
  WITH row, a, coalesce(tp, ts, te) AS b
  MERGE (a)-[r:INVITED {id: row.id}]->(b)
    ON CREATE SET r.fromKey = row.from, r.toKey = row.to
  SET r += row.props
}
