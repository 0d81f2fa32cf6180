// count-facts
// How many facts find-facts would page through (same anchor and filters, no cursor).
CALL {
  MATCH (s:State {code: $actor}) RETURN s AS x
  UNION
  MATCH (p:Person {id: $actor}) RETURN p AS x
  UNION
  MATCH (s:State {code: $anchorState}) RETURN s AS x
  UNION
  MATCH (p:Person)-[:REPRESENTS]->(:State {code: $anchorState}) RETURN p AS x
}
CALL (x) {
  MATCH (x)-[r:INVITED]->(y) WHERE $type = 'INVITED' AND $side <> 'to' RETURN r, y
  UNION ALL
  MATCH (x)<-[r:INVITED]-(y) WHERE $type = 'INVITED' AND $side <> 'from' RETURN r, y
  UNION ALL
  MATCH (x)-[r:VISITED]->(y) WHERE $type = 'VISITED' AND $side <> 'to' RETURN r, y
  UNION ALL
  MATCH (x)<-[r:VISITED]-(y) WHERE $type = 'VISITED' AND $side <> 'from' RETURN r, y
  UNION ALL
  MATCH (x)-[r:STATED]->(y) WHERE $type = 'STATED' AND $side <> 'to' RETURN r, y
  UNION ALL
  MATCH (x)<-[r:STATED]-(y) WHERE $type = 'STATED' AND $side <> 'from' RETURN r, y
}
WITH r, y
WHERE ($other IS NULL OR y.code = $other OR EXISTS { (y)-[:REPRESENTS]->(:State {code: $other}) })
  AND ($from IS NULL OR r.date >= $from OR r.date IN $fromPrefixes)
  AND ($toEnd IS NULL OR r.date <= $toEnd)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($negated IS NULL OR r.negated = $negated)
RETURN count(DISTINCT r) AS total
