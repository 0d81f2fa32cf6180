// get-evidence-facts
// The fact each of these evidence nodes supports now (after its group was clustered again).
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN e.id AS id, e.factId AS factId
ORDER BY id
