// get-people
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, {labels: labels(p), props: properties(p)} AS person
