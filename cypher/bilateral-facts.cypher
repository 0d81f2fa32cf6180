// bilateral-facts
// Every fact between state $a and state $b, directly or through the people who act for
// them, in both directions, in time order (undated last). Returns the (type, date) of all of
// them for the counts, and the first $first in full.
// Both sides are gathered first (each a state and its people); the facts are then expanded
// from the side with fewer of them (degrees come from the store, not by reading
// relationships) and kept when the far end is on the other side, so two hubs cost the
// smaller hub's facts, not the larger's.
CALL {
  MATCH (s:State {code: $a}) RETURN s AS x
  UNION
  MATCH (p:Person)-[:REPRESENTS]->(:State {code: $a}) RETURN p AS x
}
WITH collect(x) AS sideA
CALL {
  MATCH (s:State {code: $b}) RETURN s AS y
  UNION
  MATCH (p:Person)-[:REPRESENTS]->(:State {code: $b}) RETURN p AS y
}
WITH sideA, collect(y) AS sideB
WITH sideA, sideB,
     reduce(d = 0, n IN sideA | d + COUNT { (n)-[:INVITED|VISITED|STATED]-() }) AS degreeA,
     reduce(d = 0, n IN sideB | d + COUNT { (n)-[:INVITED|VISITED|STATED]-() }) AS degreeB
WITH CASE WHEN degreeA <= degreeB THEN sideA ELSE sideB END AS near,
     CASE WHEN degreeA <= degreeB THEN sideB ELSE sideA END AS far
UNWIND near AS x
MATCH (x)-[r:INVITED|VISITED|STATED]-(y)
WHERE y IN far
  AND ($from IS NULL OR r.date >= $from OR r.date IN $fromPrefixes)
  AND ($toEnd IS NULL OR r.date <= $toEnd)
WITH DISTINCT r
WITH r, coalesce(r.date, '~') AS sortKey
ORDER BY sortKey, r.id
WITH collect(r) AS rs
RETURN [r IN rs | [type(r), r.date]] AS keys,
       [r IN rs[0..$first] |
         {type: type(r), props: properties(r),
          from: {labels: labels(startNode(r)), props: properties(startNode(r))},
          to: {labels: labels(endNode(r)), props: properties(endNode(r))}}] AS facts
