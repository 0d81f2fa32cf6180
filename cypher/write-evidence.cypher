// write-evidence
// The article's evidence: one node per (fact, sentence), carrying the fact as this article
// reported it. The article's old evidence was taken back first, so CREATE cannot duplicate.
// Runs only if write-article stamped the article with this write's $revision (new or changed).
CYPHER replan=skip
MATCH (art:Article {id: $articleId, revision: $revision})
UNWIND $rows AS row
CREATE (e:Evidence)
SET e = row, e.articleId = $articleId, e.publishedAt = $publishedAt, e.ingestedAt = $ingestedAt, e.reportKey = $reportKey
CREATE (art)-[:HAS_EVIDENCE]->(e)
