// write-states
// States of one article, by code, and that the article mentions them. New surface forms join
// the aliases under a lock taken before the aliases are read, so concurrent articles cannot
// lose each other's forms; a state whose forms are all known is not written at all.
// Runs only if write-article stamped the article with this write's $revision (new or changed).
CYPHER replan=skip
MATCH (art:Article {id: $articleId, revision: $revision})
UNWIND $rows AS row
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
