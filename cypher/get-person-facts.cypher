// get-person-facts
// For each person, the first $first facts of one type in one direction ($dir: 'out' = the
// person is the inviter/visitor/speaker), in time order, read from the top of the type's
// (fromKey | toKey, sortKey, id) index: a head of state with a thousand invitations costs
// $first index entries. One branch per type and direction, each starting with a guard on the
// parameters, projected first so that it is checked before the seek (see find-actor-facts).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  CALL (p) {
    WITH p, $type AS type, $dir AS dir WHERE type = 'INVITED' AND dir = 'out'
    MATCH ()-[r:INVITED]->() USING INDEX SEEK r:INVITED(fromKey, sortKey, id) WHERE r.fromKey = p.id AND r.sortKey IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey, r.sortKey, r.id LIMIT $first
    RETURN r
    UNION ALL
    WITH p, $type AS type, $dir AS dir WHERE type = 'INVITED' AND dir = 'in'
    MATCH ()-[r:INVITED]->() USING INDEX SEEK r:INVITED(toKey, sortKey, id) WHERE r.toKey = p.id AND r.sortKey IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.toKey, r.sortKey, r.id LIMIT $first
    RETURN r
    UNION ALL
    WITH p, $type AS type, $dir AS dir WHERE type = 'VISITED' AND dir = 'out'
    MATCH ()-[r:VISITED]->() USING INDEX SEEK r:VISITED(fromKey, sortKey, id) WHERE r.fromKey = p.id AND r.sortKey IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey, r.sortKey, r.id LIMIT $first
    RETURN r
    UNION ALL
    WITH p, $type AS type, $dir AS dir WHERE type = 'STATED' AND dir = 'out'
    MATCH ()-[r:STATED]->() USING INDEX SEEK r:STATED(fromKey, sortKey, id) WHERE r.fromKey = p.id AND r.sortKey IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey, r.sortKey, r.id LIMIT $first
    RETURN r
  }
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect({type: type(r), props: properties(r),
                  from: {labels: labels(a), props: properties(a)},
                  to: {labels: labels(b), props: properties(b)}}) AS facts
}
RETURN id, facts
