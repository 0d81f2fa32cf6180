// lock-people
// Locks these people (a write on each) so that their facts are read only after every
// transaction writing to them has committed; returns those still in the graph.
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id
