// write-state-entries
// Keeps the state entries of the given facts, and of every fact of the given people whose
// state links changed in this transaction (marked dyadsStale by write-represents or
// write-refresh-represents), equal to what the graph says now. A fact's states on each end
// are the endpoint itself when it is a state, else the states the endpoint person
// REPRESENTS. Entries, each with the fact's id, type and sort key (its date, '~' undated):
//  - :StateFact, one per (state, side) with side 'from' (inviter, visitor, speaker) or 'to':
//    find-facts reads a state's facts, with its people's, from these;
//  - :DyadFact, one per pair of different states with one on each end, keyed 'AAA|BBB'
//    (codes in order): bilateral-facts reads a pair's facts from these;
//  - :DyadCount, one per (pair, year, type), its n the number of the pair's entries of that
//    type whose sortKey is in that year ('~' for undated): bilateral-facts counts whole years
//    from these, so a pair's counts cost the years asked, not the pair's every entry. Each
//    entry created adds one, each deleted takes one away; a counter is locked before it is
//    read, so concurrent writes to one pair and year add up (no lost update), and counters
//    are taken in key order.
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
  WITH id, r, startNode(r) AS x, endNode(r) AS y
  WITH id, r,
       CASE WHEN x IS NULL THEN [] WHEN x:State THEN [x.code] ELSE [(x)-[:REPRESENTS]->(s:State) | s.code] END AS fromStates,
       CASE WHEN y IS NULL THEN [] WHEN y:State THEN [y.code] ELSE [(y)-[:REPRESENTS]->(s:State) | s.code] END AS toStates
  WITH id, r, r.sortKey AS sortKey,
       [a IN fromStates | 'from|' + a] + [b IN toStates | 'to|' + b] AS sides,
       reduce(pairs = [], a IN fromStates |
         reduce(ps = pairs, b IN toStates |
           CASE WHEN a = b THEN ps
                ELSE ps + CASE WHEN a < b THEN a + '|' + b ELSE b + '|' + a END END)) AS pairList
  WITH id, r, sortKey, sides, reduce(u = [], k IN pairList | CASE WHEN k IN u THEN u ELSE u + k END) AS dyads
  OPTIONAL MATCH (d:DyadFact {factId: id})
  WITH id, r, sortKey, sides, dyads, collect(d) AS haveDyads
  OPTIONAL MATCH (s:StateFact {factId: id})
  WITH id, r, sortKey, sides, dyads, haveDyads, collect(s) AS haveStates
  // Every list before any delete: a deleted entry's properties can no longer be read.
  WITH id, r, sortKey, sides, dyads,
       [d IN haveDyads WHERE NOT (d.dyad IN dyads AND d.sortKey = sortKey)] AS staleDyads,
       [k IN dyads WHERE none(d IN haveDyads WHERE d.dyad = k AND d.sortKey = sortKey)] AS missingDyads,
       [s IN haveStates WHERE NOT (s.side + '|' + s.state IN sides AND s.sortKey = sortKey)] AS staleStates,
       [k IN sides WHERE none(s IN haveStates WHERE s.side + '|' + s.state = k AND s.sortKey = sortKey)] AS missingStates
  WITH id, r, sortKey, staleDyads, missingDyads, staleStates, missingStates,
       [d IN staleDyads | [d.dyad, left(d.sortKey, 4), d.type, -1]] +
       [k IN missingDyads | [k, left(sortKey, 4), type(r), 1]] AS changes
  REMOVE r._lock
  FOREACH (d IN staleDyads | DELETE d)
  FOREACH (s IN staleStates | DELETE s)
  FOREACH (dyad IN missingDyads | CREATE (:DyadFact {dyad: dyad, factId: id, type: type(r), sortKey: sortKey}))
  FOREACH (k IN missingStates |
    CREATE (:StateFact {state: split(k, '|')[1], side: split(k, '|')[0], factId: id, type: type(r), sortKey: sortKey}))
  RETURN changes
}
WITH count(*) AS facts, collect(changes) AS changeLists
CALL (changeLists) {
  UNWIND changeLists AS changes
  UNWIND changes AS change
  WITH change[0] AS dyad, change[1] AS year, change[2] AS type, sum(change[3]) AS delta
  WHERE delta <> 0
  WITH dyad, year, type, delta ORDER BY dyad, year, type
  MERGE (c:DyadCount {dyad: dyad, year: year, type: type})
    ON CREATE SET c.n = 0
  SET c._lock = true
  WITH c, c.n + delta AS n
  SET c.n = n
  REMOVE c._lock
}
RETURN facts
