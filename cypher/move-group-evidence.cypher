// move-group-evidence
// A correction's invitations and visits: the reports of each row's fact (of row.articles
// only, when given) join the group of the fact's corrected endpoints. The caller then
// clusters both groups again (lock-fact-groups, write-fact-groups), as after a removal.
// Returns the evidence moved, whose ids carry each report's reading.
UNWIND $rows AS row
MATCH (e:Evidence {factId: row.factId})
WHERE row.articles IS NULL OR e.articleId IN row.articles
SET e.groupKey = row.groupKey
RETURN row.factId AS factId, e.id AS id, e.articleId AS articleId
