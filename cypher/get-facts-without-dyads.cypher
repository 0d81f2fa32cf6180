// get-facts-without-dyads
// Every fact's id by type when the graph has facts but no :DyadFact entry at all: a graph
// written before write-dyad-facts existed, which backfillDyadFacts brings up to date. Any
// entry means they are all there (every write keeps them, and the backfill is one
// transaction), so an up-to-date graph answers with one index probe.
OPTIONAL MATCH (d:DyadFact)
WITH d LIMIT 1
WITH d WHERE d IS NULL
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
