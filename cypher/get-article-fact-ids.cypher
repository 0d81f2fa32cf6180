// get-article-fact-ids
// Which facts each article supports (through its evidence).
UNWIND $ids AS id
MATCH (:Article {id: id})-[:HAS_EVIDENCE]->(e:Evidence)
RETURN id, collect(DISTINCT e.factId) AS factIds
