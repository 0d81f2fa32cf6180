// search-entities
// Full-text search over names and aliases. $query is built from the user's words with every
// Lucene operator escaped; $labels keeps only the asked kinds.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN {labels: labels(node), props: properties(node)} AS entity, score
ORDER BY score DESC
LIMIT $limit
