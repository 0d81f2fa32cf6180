// write-dyad-facts
// Keeps the :DyadFact entries of the given facts, and of every fact of the given people
// whose state links changed in this transaction (marked dyadsStale by write-represents or
// write-refresh-represents), equal to what the graph says now: one entry per (fact, pair of
// different states) with one state on each end, a state being the endpoint itself or one the
// endpoint person REPRESENTS, keyed 'AAA|BBB' (codes in order), with the fact's type and
// sort key (its date, '~' when undated). bilateral-facts reads a pair's facts and counts from
// these entries' index alone instead of expanding a side's every fact.
// Each fact is locked before its entries are read, so two transactions recomputing the same
// fact run one after the other and the second sees the first's entries. A new fact locks its
// endpoints (MERGE) and a new or removed state link locks its person (dyadsStale), so a fact
// written while its person's links change is recomputed by whichever transaction comes second.
// Entries that are already right are not touched: re-ingesting changes nothing.
CYPHER replan=skip
CALL () {
  UNWIND $invited AS id
  OPTIONAL MATCH ()-[r:INVITED {id: id}]->()
  RETURN id, r
  UNION
  UNWIND $visited AS id
  OPTIONAL MATCH ()-[r:VISITED {id: id}]->()
  RETURN id, r
  UNION
  UNWIND $stated AS id
  OPTIONAL MATCH ()-[r:STATED {id: id}]->()
  RETURN id, r
  UNION
  UNWIND $people AS personId
  MATCH (p:Person {id: personId})
  WHERE p.dyadsStale
  REMOVE p.dyadsStale
  WITH p
  MATCH (p)-[r:INVITED|VISITED|STATED]-()
  RETURN r.id AS id, r
}
WITH DISTINCT id, r
ORDER BY id
CALL (id, r) {
  FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | SET r._lock = true)
  WITH id, r
  CALL (r) {
    UNWIND CASE WHEN r IS NULL THEN [] ELSE [[startNode(r), endNode(r)]] END AS ends
    WITH ends[0] AS x, ends[1] AS y
    UNWIND CASE WHEN x:State THEN [x.code] ELSE [(x)-[:REPRESENTS]->(s:State) | s.code] END AS a
    UNWIND CASE WHEN y:State THEN [y.code] ELSE [(y)-[:REPRESENTS]->(s:State) | s.code] END AS b
    WITH a, b WHERE a <> b
    RETURN collect(DISTINCT CASE WHEN a < b THEN a + '|' + b ELSE b + '|' + a END) AS wanted
  }
  WITH id, r, wanted, coalesce(r.date, '~') AS sortKey
  OPTIONAL MATCH (d:DyadFact {factId: id})
  WITH id, r, wanted, sortKey, collect(d) AS have
  // Both lists before any delete: a deleted entry's properties can no longer be read.
  WITH id, r, sortKey,
       [d IN have WHERE NOT (d.dyad IN wanted AND d.sortKey = sortKey)] AS stale,
       [k IN wanted WHERE none(d IN have WHERE d.dyad = k AND d.sortKey = sortKey)] AS missing
  REMOVE r._lock
  FOREACH (d IN stale | DELETE d)
  FOREACH (dyad IN missing | CREATE (:DyadFact {dyad: dyad, factId: id, type: type(r), sortKey: sortKey}))
}
RETURN count(*) AS facts
