// export-facts
// Every fact whose date overlaps [$from, $to] (both optional, partial dates), optionally only
// those touching state $state directly or through its people, with its ends, the state each
// end acts for, and its earliest source. Unordered, so that Neo4j streams rows as it finds
// them instead of sorting the whole graph first.
CALL () {
  MATCH (a)-[r:INVITED]->(b) RETURN a, r, b, 'invitation' AS kind
  UNION ALL
  MATCH (a)-[r:VISITED]->(b) RETURN a, r, b, 'visit' AS kind
  UNION ALL
  MATCH (a)-[r:STATED]->(b) RETURN a, r, b, 'statement' AS kind
}
WITH a, r, b, kind
WHERE ($from IS NULL OR (r.date IS NOT NULL AND r.date + '~' >= $from))
  AND ($to IS NULL OR (r.date IS NOT NULL AND r.date <= $to))
  AND ($state IS NULL OR EXISTS { MATCH (e:StateFact {factId: r.id}) WHERE e.state = $state })
CALL (a) {
  OPTIONAL MATCH (a)-[rep:REPRESENTS]->(s:State)
  WITH s, rep ORDER BY coalesce(rep.asOf, '') DESC, s.code LIMIT 1
  RETURN s.code AS fromState
}
CALL (b) {
  OPTIONAL MATCH (b)-[rep:REPRESENTS]->(s:State)
  WITH s, rep ORDER BY coalesce(rep.asOf, '') DESC, s.code LIMIT 1
  RETURN s.code AS toState
}
CALL (r) {
  OPTIONAL MATCH (e:Evidence {factId: r.id})
  OPTIONAL MATCH (art:Article)-[:HAS_EVIDENCE]->(e)
  WITH e, art ORDER BY coalesce(art.publishedAt, ''), e.articleId, e.start LIMIT 1
  RETURN art.url AS url, art.id AS articleId, e.text AS evidence
}
RETURN r.id AS id, kind, r.date AS date, r.status AS status, coalesce(r.negated, false) AS negated,
       r.quote AS quote, r.eventName AS eventName, r.sourceCount AS sourceCount,
       coalesce(a.id, a.code) AS fromId, a.name AS fromName, CASE WHEN a:State THEN a.code ELSE fromState END AS fromCountry,
       CASE WHEN a:State THEN 'State' WHEN a:Person THEN 'Person' ELSE 'Event' END AS fromType,
       coalesce(b.id, b.code) AS toId, b.name AS toName, CASE WHEN b:State THEN b.code ELSE toState END AS toCountry,
       CASE WHEN b:State THEN 'State' WHEN b:Person THEN 'Person' ELSE 'Event' END AS toType,
       url, articleId, evidence
