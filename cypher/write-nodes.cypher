// write-nodes
// The nodes of a batch of articles in one statement (fewer statements is what ingest speed
// comes down to): states, people and events, each MERGEd by key once and mentioned by each
// article of row.articles, then the evidence. Every list is always sent, empty or not, so
// the statement has one plan. Parts run in this order, rows sorted by key, so concurrent
// batches take their locks in the same order.
// States and people: new surface forms join the aliases under a lock taken before the
// aliases are read, so concurrent batches cannot lose each other's forms; a node whose
// forms are all known is not written at all (:Leader comes with REPRESENTS, see
// write-represents). Events are tied to their host state. Evidence: one node per
// (article, fact, sentence), carrying the fact as that article reported it; a changed
// article's old evidence was taken back first, so CREATE cannot duplicate.
CYPHER replan=skip
CALL () {
  UNWIND $states AS row
  MERGE (s:State {code: row.code})
    ON CREATE SET s.name = row.name, s.aliases = row.aliases, s.bloc = row.bloc
  WITH s, row
  CALL (s, row) {
    WITH s, row WHERE any(x IN row.aliases WHERE NOT x IN coalesce(s.aliases, []))
    SET s._lock = true
    WITH s, row
    SET s.aliases = coalesce(s.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(s.aliases, [])]
    REMOVE s._lock
  }
  UNWIND row.articles AS articleId
  MATCH (art:Article {id: articleId})
  CREATE (art)-[:MENTIONS]->(s)
}
CALL () {
  UNWIND $people AS row
  MERGE (p:Person {id: row.id})
    ON CREATE SET p.name = row.name, p.surnameKey = row.surnameKey, p.aliases = row.aliases
  WITH p, row
  CALL (p, row) {
    WITH p, row WHERE any(x IN row.aliases WHERE NOT x IN coalesce(p.aliases, []))
    SET p._lock = true
    WITH p, row
    SET p.aliases = coalesce(p.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(p.aliases, [])]
    REMOVE p._lock
  }
  UNWIND row.articles AS articleId
  MATCH (art:Article {id: articleId})
  CREATE (art)-[:MENTIONS]->(p)
}
CALL () {
  UNWIND $events AS row
  MERGE (e:Event {id: row.id})
    ON CREATE SET e.kind = row.kind, e.name = row.name, e.date = row.date, e.place = row.place
  WITH e, row
  CALL (e, row) {
    WITH e, row WHERE row.place IS NOT NULL
    MATCH (s:State {code: row.place})
    MERGE (e)-[:HELD_IN]->(s)
  }
  WITH e, row
  UNWIND row.articles AS articleId
  MATCH (art:Article {id: articleId})
  CREATE (art)-[:MENTIONS]->(e)
}
CALL () {
  UNWIND $evidence AS row
  MATCH (art:Article {id: row.articleId})
  CREATE (art)-[:HAS_EVIDENCE]->(e:Evidence)
  SET e = row
}
