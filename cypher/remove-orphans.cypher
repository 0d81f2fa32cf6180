// remove-orphans
// People and events no fact and no article holds any more. Each is locked before the check,
// so an article being written at the same time either is seen or waits for the delete.
// States are never removed: they are the gazetteer, not the news; nor is a person an
// analyst's correction concerns, which ingest may need again (write-correction).
CALL {
  UNWIND $people AS id
  MATCH (n:Person {id: id})
  RETURN n
  UNION
  UNWIND $events AS id
  MATCH (n:Event {id: id})
  RETURN n
}
SET n._lock = true
REMOVE n._lock
WITH n
WHERE NOT EXISTS { (n)<-[:MENTIONS]-(:Article) }
  AND NOT EXISTS { (n)-[:INVITED|VISITED|STATED]-() }
  AND NOT EXISTS { (n)<-[:CONCERNS]-(:Correction) }
DETACH DELETE n
RETURN count(*) AS removed
