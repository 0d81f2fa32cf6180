// resolve-surnames
// For each bare surname ("Putin"), the full-named people already known with that surname who
// act for the given state (or anyone, when the state is unknown). Exactly one match joins.
UNWIND $lookups AS lookup
OPTIONAL MATCH (p:Person {surnameKey: lookup.surnameKey})
WHERE p.id CONTAINS ' '
  AND (lookup.state IS NULL OR EXISTS { (p)-[:REPRESENTS]->(:State {code: lookup.state}) })
WITH lookup, p ORDER BY p.id
RETURN lookup.surnameKey AS surnameKey, lookup.state AS state, collect(p.id)[0..2] AS ids
