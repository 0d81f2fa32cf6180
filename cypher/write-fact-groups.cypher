// write-fact-groups
// After a group was clustered again (see lock-fact-groups, which locked it): stored evidence
// whose report now supports another fact is moved to it, and groups left without any report
// lose their lock node. Both lists are always sent, so the statement has one plan.
CYPHER replan=skip
CALL () {
  UNWIND $moves AS move
  MATCH (e:Evidence {id: move.id})
  SET e.factId = move.factId
}
CALL () {
  UNWIND $empty AS key
  MATCH (g:FactGroup {key: key})
  WHERE NOT EXISTS { MATCH (:Evidence {groupKey: key}) }
  DELETE g
}
