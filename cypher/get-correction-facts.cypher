// get-correction-facts
// A person's facts and state links, each with its endpoints' keys; with $articles, only
// those some of these articles support (a split moves those alone).
MATCH (p:Person {id: $person})
CALL (p) {
  MATCH (p)-[r:INVITED|VISITED|STATED]-()
  RETURN r
  UNION
  MATCH (p)-[r:REPRESENTS]->()
  RETURN r
}
WITH r
WHERE $articles IS NULL OR EXISTS { MATCH (e:Evidence {factId: r.id}) WHERE e.articleId IN $articles }
RETURN type(r) AS type, r.id AS id, coalesce(startNode(r).id, startNode(r).code) AS from, coalesce(endNode(r).id, endNode(r).code) AS to
ORDER BY id
