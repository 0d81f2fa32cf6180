// get-person-facts
// For each person, the first $first facts of one type in one direction ($dir: 'out' = the
// person is the inviter/visitor/speaker), in time order; one guarded branch per type and
// direction, so only the asked relationships are read.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  CALL (p) {
    MATCH (p)-[r:INVITED]->() WHERE $type = 'INVITED' AND $dir = 'out' RETURN r
    UNION ALL
    MATCH (p)<-[r:INVITED]-() WHERE $type = 'INVITED' AND $dir = 'in' RETURN r
    UNION ALL
    MATCH (p)-[r:VISITED]->() WHERE $type = 'VISITED' AND $dir = 'out' RETURN r
    UNION ALL
    MATCH (p)-[r:STATED]->() WHERE $type = 'STATED' AND $dir = 'out' RETURN r
  }
  WITH r, coalesce(r.date, '~') AS sortKey
  ORDER BY sortKey, r.id
  LIMIT $first
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect({type: type(r), props: properties(r),
                  from: {labels: labels(a), props: properties(a)},
                  to: {labels: labels(b), props: properties(b)}}) AS facts
}
RETURN id, facts
