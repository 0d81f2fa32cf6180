// write-refresh-stated
// Re-derive STATED facts from the evidence left after an article's was taken back:
// sourceCount (distinct articles), first and last report, the attributes of the latest
// report; a fact no evidence supports any more is deleted. The relationship is locked before
// its evidence is read, so writers adding to the same fact are either seen or wait.
UNWIND $ids AS id
MATCH ()-[r:STATED {id: id}]->()
SET r._lock = true
WITH r, id
OPTIONAL MATCH (e:Evidence {factId: id})
WITH r, e ORDER BY e.reportKey DESC
WITH r, collect(e)[0] AS latest, count(DISTINCT e.articleId) AS sources,
     min(e.publishedAt) AS first, max(e.publishedAt) AS last
REMOVE r._lock
FOREACH (_ IN CASE WHEN sources > 0 THEN [1] ELSE [] END |
  SET r.sourceCount = sources, r.firstReported = first, r.lastReported = last,
      r.latestReport = latest.reportKey, r.quote = latest.quote, r.date = latest.date, r.sortKey = coalesce(latest.date, '~'),
      r.eventId = latest.eventId, r.eventName = latest.eventName)
FOREACH (_ IN CASE WHEN sources = 0 THEN [1] ELSE [] END | DELETE r)
RETURN sum(CASE WHEN sources = 0 THEN 1 ELSE 0 END) AS removed, sum(CASE WHEN sources > 0 THEN 1 ELSE 0 END) AS kept
