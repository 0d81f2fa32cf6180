// get-correction-fact
// The fact a move corrects, locked, with its endpoints' keys, and what kind of node the new
// actor is (null: none in the graph).
CALL () {
  MATCH (a)-[r:INVITED {id: $factId}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:VISITED {id: $factId}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:STATED {id: $factId}]->(b) RETURN r, a, b
}
SET r._lock = true
REMOVE r._lock
WITH r, a, b
OPTIONAL MATCH (pa:Person {id: $actor})
OPTIONAL MATCH (sa:State {code: $actor})
RETURN type(r) AS type, r.id AS id, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to,
       CASE WHEN pa IS NOT NULL THEN 'Person' WHEN sa IS NOT NULL THEN 'State' ELSE null END AS actorKind
