// find-people
// A page of people in id order, optionally only leaders or those acting for $state.
MATCH (p:Person)
WHERE p.id > $after
  AND ($leader IS NULL OR (p:Leader) = $leader)
  AND ($state IS NULL OR EXISTS { (p)-[:REPRESENTS]->(:State {code: $state}) })
RETURN p.id AS key, {labels: labels(p), props: properties(p)} AS person
ORDER BY p.id
LIMIT $limit
