// write-events
// Occasions of one article, by kind + date + place id, each tied to its host state.
// Runs only if write-article stamped the article with this write's $revision (new or changed).
CYPHER replan=skip
MATCH (art:Article {id: $articleId, revision: $revision})
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.kind = row.kind, e.name = row.name, e.date = row.date, e.place = row.place
WITH art, e, row
CALL (e, row) {
  WITH e, row WHERE row.place IS NOT NULL
  MATCH (s:State {code: row.place})
  MERGE (e)-[:HELD_IN]->(s)
}
CREATE (art)-[:MENTIONS]->(e)
