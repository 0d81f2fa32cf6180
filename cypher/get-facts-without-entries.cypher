// get-facts-without-entries
// Every fact's id by type, unless the backfill of state entries ($migration) is recorded as
// done: backfillStateEntries recomputes them all, a chunk per transaction, then records it
// (mark-data-migration). Every write keeps the entries from then on; a backfill interrupted
// before the record simply runs again (recomputing a fact's entries is idempotent).
WITH 1 AS one
WHERE NOT EXISTS { (:DataMigration {name: $migration}) }
CALL () {
  MATCH ()-[r:INVITED]->()
  RETURN collect(r.id) AS invited
}
CALL () {
  MATCH ()-[r:VISITED]->()
  RETURN collect(r.id) AS visited
}
CALL () {
  MATCH ()-[r:STATED]->()
  RETURN collect(r.id) AS stated
}
RETURN invited, visited, stated
