// lock-fact-groups
// Lock each group of invitations or visits (its :FactGroup node, created on first use under
// a uniqueness constraint), then read every report the group holds: the evidence with its
// article's reading and the fact it supports now. Keys arrive sorted, so concurrent writers
// lock groups in the same order. The lock is taken before the read and held to commit, so a
// writer deciding which fact a report joins sees every report committed before it and none
// can be added meanwhile: two writers of one group run one after the other. An occasion's
// date comes from the evidence, else (evidence written before it carried one) from the event.
CYPHER replan=skip
UNWIND $groups AS key
MERGE (g:FactGroup {key: key})
SET g._lock = true
REMOVE g._lock
WITH g
CALL (g) {
  OPTIONAL MATCH (e:Evidence {groupKey: g.key})
  OPTIONAL MATCH (ev:Event {id: e.eventId})
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {
    id: e.id, articleId: e.articleId, reportKey: e.reportKey, publishedAt: e.publishedAt,
    status: e.status, negated: coalesce(e.negated, false), date: e.date, eventId: e.eventId,
    eventName: e.eventName, eventDate: coalesce(e.eventDate, ev.date), factId: e.factId
  } END) AS reports
}
RETURN g.key AS key, reports
