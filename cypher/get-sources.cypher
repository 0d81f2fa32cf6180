// get-sources
// The evidence sentences behind each fact, with their articles, earliest publication first.
UNWIND $ids AS id
MATCH (e:Evidence {factId: id})
OPTIONAL MATCH (art:Article)-[:HAS_EVIDENCE]->(e)
WITH id, e, art
ORDER BY coalesce(art.publishedAt, ''), e.articleId, e.start
RETURN id, collect({evidence: properties(e), article: properties(art)}) AS sources
