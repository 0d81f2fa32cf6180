// get-history
// Each fact's history: every article's reading of it (status, negation, date), once per
// distinct reading, in the order "latest report" uses (publication date, ingest time,
// article id), so the last entry is the reading the fact shows now.
UNWIND $ids AS id
MATCH (e:Evidence {factId: id})
WITH DISTINCT id, e.articleId AS articleId, e.reportKey AS reportKey, e.publishedAt AS publishedAt,
     e.status AS status, coalesce(e.negated, false) AS negated, e.date AS date
OPTIONAL MATCH (art:Article {id: articleId})
WITH id, articleId, reportKey, publishedAt, status, negated, date, art
ORDER BY reportKey, negated, status, date
RETURN id, collect({articleId: articleId, status: status, negated: negated, date: date,
                    reportedAt: publishedAt, article: properties(art)}) AS history
