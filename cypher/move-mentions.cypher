// move-mentions
// The articles' mentions of a person go to another ($articles null: every article's, for a
// merge, which also gives the kept person the merged one's names). A split's new person is
// created here when not yet in the graph, named as the analyst wrote it.
MATCH (from:Person {id: $from})
CALL (from) {
  WITH from WHERE $name IS NOT NULL
  MERGE (q:Person {id: $into})
    ON CREATE SET q.name = $name, q.surnameKey = $surnameKey, q.aliases = [$name]
}
MATCH (into:Person {id: $into})
SET into._lock = true
REMOVE into._lock
WITH from, into
CALL (from, into) {
  MATCH (a:Article)-[m:MENTIONS]->(from)
  WHERE $articles IS NULL OR a.id IN $articles
  MERGE (a)-[:MENTIONS]->(into)
  DELETE m
}
WITH from, into
CALL (from, into) {
  WITH from, into WHERE $articles IS NULL
  SET into.aliases = reduce(acc = coalesce(into.aliases, []), x IN coalesce(from.aliases, []) + [from.name] | CASE WHEN x IN acc THEN acc ELSE acc + x END)
}
RETURN into.id AS id
