// neighbourhood-of
// The steps (facts and who-represents-whom) around an actor or event: at depth 1 the
// $limit most corroborated; at depth 2 (when $depth >= 2) up to $limit more from the
// entities reached, taken as found so the cost stays bounded by $limit, not by hub degrees.
CALL {
  MATCH (s:State {code: $actor}) RETURN s AS c
  UNION
  MATCH (p:Person {id: $actor}) RETURN p AS c
  UNION
  MATCH (e:Event {id: $actor}) RETURN e AS c
}
CALL (c) {
  MATCH (c)-[r:INVITED|VISITED|STATED|REPRESENTS]-(n)
  WITH r, n
  ORDER BY coalesce(r.sourceCount, 0) DESC, elementId(r)
  LIMIT $limit
  RETURN collect(r) AS near, collect(DISTINCT n) AS reached
}
CALL (c, near, reached) {
  UNWIND CASE WHEN $depth >= 2 THEN reached ELSE [] END AS n
  MATCH (n)-[r:INVITED|VISITED|STATED|REPRESENTS]-(m)
  WHERE m <> c AND NOT r IN near
  WITH DISTINCT r
  LIMIT $limit
  RETURN collect(r) AS far
}
RETURN {labels: labels(c), props: properties(c)} AS center,
       [r IN near + far |
         {type: type(r), props: properties(r),
          from: {labels: labels(startNode(r)), props: properties(startNode(r))},
          to: {labels: labels(endNode(r)), props: properties(endNode(r))}}] AS steps
