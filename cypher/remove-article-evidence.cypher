// remove-article-evidence
// Take back everything an article put in the graph apart from its node: its evidence and its
// MENTIONS. Returns the facts that evidence supported (to be re-derived; invitations and
// visits with their group, which is clustered again) and the people and events it mentioned
// (to be deleted if nothing else holds them).
MATCH (a:Article {id: $articleId})
SET a._lock = true
REMOVE a._lock
WITH a
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_EVIDENCE]->(e:Evidence)
  WITH collect(DISTINCT {factId: e.factId, kind: e.kind, groupKey: e.groupKey}) AS facts, collect(e) AS evidence
  FOREACH (e IN evidence | DETACH DELETE e)
  RETURN facts
}
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS]->(n)
  WITH collect(DISTINCT CASE WHEN n:Person THEN n.id END) AS people,
       collect(DISTINCT CASE WHEN n:Event THEN n.id END) AS events,
       collect(m) AS mentions
  FOREACH (m IN mentions | DELETE m)
  RETURN people, events
}
RETURN facts, people, events
