// find-facts
// One page of facts of one type touching a state together with the people who act for it
// ($anchorState; one actor alone is find-actor-facts), in the fact lists' order (sortKey,
// then id; undated '~' last), read from the state's :StateFact entries (write-state-entries):
// each side asked for ($side: 'from' = inviter/visitor/speaker, 'to', or 'either') is a seek
// in index order on (state, side, type, sortKey, factId) that stops once $limit facts pass
// the filters, so Russia with its thousands of facts costs a page, not all of them; the
// sides' pages are then merged. $lo..$hi bound the seek (the date range's, or the cursor's
// key when that is later); the exact overlap rule and the cursor filter the entries, status
// and negation the facts they lead to. Each branch's guard is projected first so that it is
// checked before the seek (see find-actor-facts); each entry leads to its fact by a seek of the
// type's id index, hinted, since on some statistics the planner would scan that index whole
// and join.
CALL () {
  WITH $side AS side WHERE side <> 'to'
  MATCH (e:StateFact)
  USING INDEX SEEK e:StateFact(state, side, type, sortKey, factId)
  WHERE e.state = $anchorState AND e.side = 'from' AND e.type = $type
    AND e.sortKey >= $lo AND e.sortKey <= $hi AND e.factId IS NOT NULL
    AND ($afterKey IS NULL OR e.sortKey > $afterKey OR (e.sortKey = $afterKey AND e.factId > $afterId))
    AND ($undated OR e.sortKey < '~')
    AND ($from IS NULL OR e.sortKey >= $from OR e.sortKey IN $fromPrefixes)
  CALL (e) {
    WITH e WHERE e.type = 'INVITED'
    MATCH ()-[r:INVITED {id: e.factId}]->()
    USING INDEX SEEK r:INVITED(id)
    RETURN r
    UNION
    WITH e WHERE e.type = 'VISITED'
    MATCH ()-[r:VISITED {id: e.factId}]->()
    USING INDEX SEEK r:VISITED(id)
    RETURN r
    UNION
    WITH e WHERE e.type = 'STATED'
    MATCH ()-[r:STATED {id: e.factId}]->()
    USING INDEX SEEK r:STATED(id)
    RETURN r
  }
  WITH e, r
  WHERE ($statuses IS NULL OR r.status IN $statuses) AND ($negated IS NULL OR r.negated = $negated)
  WITH e, r ORDER BY e.state, e.side, e.type, e.sortKey, e.factId LIMIT $limit
  RETURN r
  UNION ALL
  WITH $side AS side WHERE side <> 'from'
  MATCH (e:StateFact)
  USING INDEX SEEK e:StateFact(state, side, type, sortKey, factId)
  WHERE e.state = $anchorState AND e.side = 'to' AND e.type = $type
    AND e.sortKey >= $lo AND e.sortKey <= $hi AND e.factId IS NOT NULL
    AND ($afterKey IS NULL OR e.sortKey > $afterKey OR (e.sortKey = $afterKey AND e.factId > $afterId))
    AND ($undated OR e.sortKey < '~')
    AND ($from IS NULL OR e.sortKey >= $from OR e.sortKey IN $fromPrefixes)
  CALL (e) {
    WITH e WHERE e.type = 'INVITED'
    MATCH ()-[r:INVITED {id: e.factId}]->()
    USING INDEX SEEK r:INVITED(id)
    RETURN r
    UNION
    WITH e WHERE e.type = 'VISITED'
    MATCH ()-[r:VISITED {id: e.factId}]->()
    USING INDEX SEEK r:VISITED(id)
    RETURN r
    UNION
    WITH e WHERE e.type = 'STATED'
    MATCH ()-[r:STATED {id: e.factId}]->()
    USING INDEX SEEK r:STATED(id)
    RETURN r
  }
  WITH e, r
  WHERE ($statuses IS NULL OR r.status IN $statuses) AND ($negated IS NULL OR r.negated = $negated)
  WITH e, r ORDER BY e.state, e.side, e.type, e.sortKey, e.factId LIMIT $limit
  RETURN r
}
// A fact of the state (or its people) with itself is on both sides.
WITH DISTINCT r
WITH r, r.sortKey AS sortKey
ORDER BY sortKey, r.id
LIMIT $limit
WITH r, sortKey, startNode(r) AS a, endNode(r) AS b
RETURN sortKey,
       {type: type(r), props: properties(r),
        from: {labels: labels(a), props: properties(a)},
        to: {labels: labels(b), props: properties(b)}} AS fact
