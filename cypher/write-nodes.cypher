// write-nodes
// The nodes of one article in one statement (fewer statements per article is what ingest
// speed comes down to): its states, people and events, each MERGEd by key and mentioned by
// the article, then its evidence. Every list is always sent, empty or not, so the statement
// has one plan. Parts run in this order, rows sorted by key, so concurrent articles take
// their locks in the same order.
// States and people: new surface forms join the aliases under a lock taken before the
// aliases are read, so concurrent articles cannot lose each other's forms; a node whose
// forms are all known is not written at all. :Leader once any source calls a person a head
// of state or government. Events are tied to their host state. Evidence: one node per
// (fact, sentence), carrying the fact as this article reported it; the article's old
// evidence was taken back first, so CREATE cannot duplicate.
// Runs only if write-article stamped the article with this write's $revision (new or changed).
CYPHER replan=skip
MATCH (art:Article {id: $articleId, revision: $revision})
CALL (art) {
  UNWIND $states AS row
  MERGE (s:State {code: row.code})
    ON CREATE SET s.name = row.name, s.aliases = row.aliases, s.bloc = row.bloc
  WITH art, s, row
  CALL (s, row) {
    WITH s, row WHERE any(x IN row.aliases WHERE NOT x IN coalesce(s.aliases, []))
    SET s._lock = true
    WITH s, row
    SET s.aliases = coalesce(s.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(s.aliases, [])]
    REMOVE s._lock
  }
  CREATE (art)-[:MENTIONS]->(s)
}
CALL (art) {
  UNWIND $people AS row
  MERGE (p:Person {id: row.id})
    ON CREATE SET p.name = row.name, p.surnameKey = row.surnameKey, p.aliases = row.aliases
  WITH art, p, row
  CALL (p, row) {
    WITH p, row WHERE any(x IN row.aliases WHERE NOT x IN coalesce(p.aliases, []))
    SET p._lock = true
    WITH p, row
    SET p.aliases = coalesce(p.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(p.aliases, [])]
    REMOVE p._lock
  }
  FOREACH (_ IN CASE WHEN row.leader AND NOT p:Leader THEN [1] ELSE [] END | SET p:Leader)
  CREATE (art)-[:MENTIONS]->(p)
}
CALL (art) {
  UNWIND $events AS row
  MERGE (e:Event {id: row.id})
    ON CREATE SET e.kind = row.kind, e.name = row.name, e.date = row.date, e.place = row.place
  WITH art, e, row
  CALL (e, row) {
    WITH e, row WHERE row.place IS NOT NULL
    MATCH (s:State {code: row.place})
    MERGE (e)-[:HELD_IN]->(s)
  }
  CREATE (art)-[:MENTIONS]->(e)
}
CALL (art) {
  UNWIND $evidence AS row
  CREATE (e:Evidence)
  SET e = row, e.articleId = $articleId, e.publishedAt = $publishedAt, e.ingestedAt = $ingestedAt, e.reportKey = $reportKey
  CREATE (art)-[:HAS_EVIDENCE]->(e)
}
