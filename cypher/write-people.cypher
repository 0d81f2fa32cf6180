// write-people
// People of one article, by normalised-name id (new aliases added as write-states does);
// :Leader once any source calls them a head of state or government.
// Runs only if write-article stamped the article with this write's $revision (new or changed).
CYPHER replan=skip
MATCH (art:Article {id: $articleId, revision: $revision})
UNWIND $rows AS row
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
