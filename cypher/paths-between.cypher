// paths-between
// Shortest paths between two actors over facts and who-represents-whom. The hop bound in
// the pattern must be a literal: 4 is the API's ceiling, and $maxHops (<= 4) trims below it.
CALL {
  MATCH (s:State {code: $from}) RETURN s AS a
  UNION
  MATCH (p:Person {id: $from}) RETURN p AS a
}
CALL {
  MATCH (s:State {code: $to}) RETURN s AS b
  UNION
  MATCH (p:Person {id: $to}) RETURN p AS b
}
MATCH p = allShortestPaths((a)-[:INVITED|VISITED|STATED|REPRESENTS*..4]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | {labels: labels(n), props: properties(n)}] AS entities,
       [r IN relationships(p) |
         {type: type(r), props: properties(r),
          from: {labels: labels(startNode(r)), props: properties(startNode(r))},
          to: {labels: labels(endNode(r)), props: properties(endNode(r))}}] AS steps
