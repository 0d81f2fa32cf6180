// get-existing-people
// Which of these people are already in the graph: a full name new to it may be who a
// bare-surname node is (see find-late-merges).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
