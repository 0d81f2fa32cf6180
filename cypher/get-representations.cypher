// get-representations
// The states each person acts for, most recent statement of it first.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:REPRESENTS]->(s:State)
WITH id, p, r, s
ORDER BY coalesce(r.asOf, '') DESC, s.code
RETURN id, collect({props: properties(r), person: {labels: labels(p), props: properties(p)}, state: properties(s)}) AS representations
