// count-people
MATCH (p:Person)
WHERE ($leader IS NULL OR (p:Leader) = $leader)
  AND ($state IS NULL OR EXISTS { (p)-[:REPRESENTS]->(:State {code: $state}) })
RETURN count(p) AS total
