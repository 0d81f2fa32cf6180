// find-facts
// One page of facts of one type touching a state together with the people who act for it
// ($anchorState; one actor alone is find-actor-facts). The anchor is found by index, so the
// cost follows the anchor's own facts, never the graph's size. $side: 'from'
// (inviter/visitor/speaker), 'to' or 'either'. Undated facts sort last ('~' sorts after
// digits).
// The expansion is one branch per type and direction, guarded by parameters only: the
// planner checks the guard before expanding, so a hub's other facts are never touched.
CALL {
  MATCH (s:State {code: $anchorState}) RETURN s AS x
  UNION
  MATCH (p:Person)-[:REPRESENTS]->(:State {code: $anchorState}) RETURN p AS x
}
CALL (x) {
  MATCH (x)-[r:INVITED]->(y) WHERE $type = 'INVITED' AND $side <> 'to' RETURN r
  UNION ALL
  MATCH (x)<-[r:INVITED]-(y) WHERE $type = 'INVITED' AND $side <> 'from' RETURN r
  UNION ALL
  MATCH (x)-[r:VISITED]->(y) WHERE $type = 'VISITED' AND $side <> 'to' RETURN r
  UNION ALL
  MATCH (x)<-[r:VISITED]-(y) WHERE $type = 'VISITED' AND $side <> 'from' RETURN r
  UNION ALL
  MATCH (x)-[r:STATED]->(y) WHERE $type = 'STATED' AND $side <> 'to' RETURN r
  UNION ALL
  MATCH (x)<-[r:STATED]-(y) WHERE $type = 'STATED' AND $side <> 'from' RETURN r
}
WITH r
WHERE ($from IS NULL OR r.date >= $from OR r.date IN $fromPrefixes)
  AND ($toEnd IS NULL OR r.date <= $toEnd)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($negated IS NULL OR r.negated = $negated)
WITH DISTINCT r
WITH r, coalesce(r.date, '~') AS sortKey
WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND r.id > $afterId)
WITH r, sortKey
ORDER BY sortKey, r.id
LIMIT $limit
WITH r, sortKey, startNode(r) AS a, endNode(r) AS b
RETURN sortKey,
       {type: type(r), props: properties(r),
        from: {labels: labels(a), props: properties(a)},
        to: {labels: labels(b), props: properties(b)}} AS fact
