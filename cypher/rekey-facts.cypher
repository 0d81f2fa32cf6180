// rekey-facts
// A correction's re-keyed facts: for each row, the fact with the new id is MERGEd between
// the new endpoints (created with the old fact's properties, then re-derived from evidence
// by write-refresh-*), and the old fact's evidence (of row.articles only, when given) moves
// to it, its id following the fact's. Evidence the new fact already has from the same
// article and span is not doubled. A merge or move also re-targets the recorded moves of
// the old fact, so ingest finds them under the fact's new id. A new state link marks its
// person for write-state-entries.
UNWIND $rows AS row
OPTIONAL MATCH (fp:Person {id: row.from})
OPTIONAL MATCH (fs:State {code: row.from})
WITH row, coalesce(fp, fs) AS a
OPTIONAL MATCH (tp:Person {id: row.to})
OPTIONAL MATCH (ts:State {code: row.to})
OPTIONAL MATCH (te:Event {id: row.to})
WITH row, a, coalesce(tp, ts, te) AS b
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'INVITED'
  OPTIONAL MATCH ()-[old:INVITED {id: row.oldId}]->()
  MERGE (a)-[r:INVITED {id: row.newId}]->(b)
    ON CREATE SET r += coalesce(properties(old), {}), r.id = row.newId, r.fromKey = row.from, r.toKey = row.to, r.sourceCount = 0
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'VISITED'
  OPTIONAL MATCH ()-[old:VISITED {id: row.oldId}]->()
  MERGE (a)-[r:VISITED {id: row.newId}]->(b)
    ON CREATE SET r += coalesce(properties(old), {}), r.id = row.newId, r.fromKey = row.from, r.toKey = row.to, r.sourceCount = 0
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'STATED'
  OPTIONAL MATCH ()-[old:STATED {id: row.oldId}]->()
  MERGE (a)-[r:STATED {id: row.newId}]->(b)
    ON CREATE SET r += coalesce(properties(old), {}), r.id = row.newId, r.fromKey = row.from, r.toKey = row.to, r.sourceCount = 0
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'REPRESENTS'
  OPTIONAL MATCH (:Person)-[old:REPRESENTS {id: row.oldId}]->()
  MERGE (a)-[r:REPRESENTS]->(b)
    ON CREATE SET r += coalesce(properties(old), {}), r.id = row.newId, r.sourceCount = 0, a.dyadsStale = true
}
CALL (row) {
  MATCH (e:Evidence {factId: row.oldId})
  WHERE row.articles IS NULL OR e.articleId IN row.articles
  WITH e, e.articleId + '|' + row.newId + substring(e.id, size(e.articleId + '|' + row.oldId)) AS newEvidenceId
  OPTIONAL MATCH (dup:Evidence {id: newEvidenceId})
  FOREACH (_ IN CASE WHEN dup IS NULL THEN [1] ELSE [] END | SET e.id = newEvidenceId, e.factId = row.newId)
  FOREACH (_ IN CASE WHEN dup IS NULL THEN [] ELSE [1] END | DETACH DELETE e)
}
CALL (row) {
  WITH row WHERE row.retargetMoves
  MATCH (c:Correction {kind: 'moveFact'})
  WHERE c.factId = row.oldId
  SET c.factId = row.newId
}
RETURN count(*) AS rows
