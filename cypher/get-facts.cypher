// get-facts
// Facts by id, whatever their type: each branch is a relationship-index seek on that type's id.
UNWIND $ids AS id
CALL (id) {
  MATCH (a)-[r:INVITED]->(b) WHERE r.id = id RETURN r, a, b
  UNION
  MATCH (a)-[r:VISITED]->(b) WHERE r.id = id RETURN r, a, b
  UNION
  MATCH (a)-[r:STATED]->(b) WHERE r.id = id RETURN r, a, b
}
RETURN id,
       {type: type(r), props: properties(r),
        from: {labels: labels(a), props: properties(a)},
        to: {labels: labels(b), props: properties(b)}} AS fact
