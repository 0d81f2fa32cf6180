// find-late-merges
// After a batch's writes: people known so far by a bare surname ("Putin", a node of its own
// because no full name was known when it was written) that now have exactly one full-named
// person to be (same surname key; one of the bare node's state when it has one, the same
// rule as resolve-surnames). A bare node acting for several states is left alone.
UNWIND $keys AS key
MATCH (b:Person {surnameKey: key})
WHERE NOT b.id CONTAINS ' '
OPTIONAL MATCH (b)-[:REPRESENTS]->(bs:State)
WITH key, b, collect(bs.code) AS states
WHERE size(states) <= 1
CALL (b, states, key) {
  MATCH (f:Person {surnameKey: key})
  WHERE f.id CONTAINS ' ' AND (size(states) = 0 OR EXISTS { (f)-[:REPRESENTS]->(:State {code: states[0]}) })
  RETURN collect(f.id)[0..2] AS candidates
}
WITH b, candidates
WHERE size(candidates) = 1
RETURN DISTINCT b.id AS bare, candidates[0] AS into
ORDER BY bare
