// paths-steps
// The steps of the paths the search found ($steps: kind, id, and the ends' keys), each read
// whole with its two ends in the shape of a path step: facts by their id indexes, a
// REPRESENTS link between its person and state.
UNWIND $steps AS s
CALL (s) {
  WITH s WHERE s.kind = 'INVITED' MATCH ()-[r:INVITED {id: s.id}]->() RETURN r
  UNION
  WITH s WHERE s.kind = 'VISITED' MATCH ()-[r:VISITED {id: s.id}]->() RETURN r
  UNION
  WITH s WHERE s.kind = 'STATED' MATCH ()-[r:STATED {id: s.id}]->() RETURN r
  UNION
  WITH s WHERE s.kind = 'REPRESENTS' MATCH (:Person {id: s.from})-[r:REPRESENTS]->(:State {code: s.to}) RETURN r
}
WITH s, r, startNode(r) AS a, endNode(r) AS b
RETURN s.id AS id,
       {type: type(r), props: properties(r),
        from: {labels: labels(a), props: properties(a)},
        to: {labels: labels(b), props: properties(b)}} AS step
