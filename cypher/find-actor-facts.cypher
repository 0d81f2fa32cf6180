// find-actor-facts
// One page of facts of one type touching one actor ($actor: a state code or a person id), in
// the fact lists' order (sortKey, then id; undated '~' last), read from the type's
// (fromKey, sortKey, id) and (toKey, sortKey, id) indexes. Each side asked for ($side: 'from'
// = inviter/visitor/speaker, 'to', or 'either') is a seek in index order that stops once it
// has $limit facts passing the filters, so a hub costs its page, not its facts; the sides'
// pages are then merged. $lo..$hi bound the seek (the date range's, or the cursor's key when
// that is later); the exact overlap rule, the cursor, status, negation and $other (a state
// code the far end must be or act for) filter what it reads. Each branch starts with a guard
// on the parameters, projected first (WITH $type AS type …) so that the planner checks it
// before the seek instead of filtering the seek's rows: only the type and sides asked for
// are read.
CALL () {
  WITH $type AS type, $side AS side WHERE type = 'INVITED' AND side <> 'to'
  MATCH ()-[r:INVITED]->(y)
  USING INDEX SEEK r:INVITED(fromKey, sortKey, id)
  WHERE r.fromKey = $actor AND r.sortKey >= $lo AND r.sortKey <= $hi AND r.id IS NOT NULL
    AND ($afterKey IS NULL OR r.sortKey > $afterKey OR (r.sortKey = $afterKey AND r.id > $afterId))
    AND ($undated OR r.sortKey < '~')
    AND ($from IS NULL OR r.sortKey >= $from OR r.sortKey IN $fromPrefixes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($negated IS NULL OR r.negated = $negated)
    AND ($other IS NULL OR y.code = $other OR EXISTS { (y)-[:REPRESENTS]->(:State {code: $other}) })
  WITH r ORDER BY r.fromKey, r.sortKey, r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH $type AS type, $side AS side WHERE type = 'INVITED' AND side <> 'from'
  MATCH (y)-[r:INVITED]->()
  USING INDEX SEEK r:INVITED(toKey, sortKey, id)
  WHERE r.toKey = $actor AND r.sortKey >= $lo AND r.sortKey <= $hi AND r.id IS NOT NULL
    AND ($afterKey IS NULL OR r.sortKey > $afterKey OR (r.sortKey = $afterKey AND r.id > $afterId))
    AND ($undated OR r.sortKey < '~')
    AND ($from IS NULL OR r.sortKey >= $from OR r.sortKey IN $fromPrefixes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($negated IS NULL OR r.negated = $negated)
    AND ($other IS NULL OR y.code = $other OR EXISTS { (y)-[:REPRESENTS]->(:State {code: $other}) })
  WITH r ORDER BY r.toKey, r.sortKey, r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH $type AS type, $side AS side WHERE type = 'VISITED' AND side <> 'to'
  MATCH ()-[r:VISITED]->(y)
  USING INDEX SEEK r:VISITED(fromKey, sortKey, id)
  WHERE r.fromKey = $actor AND r.sortKey >= $lo AND r.sortKey <= $hi AND r.id IS NOT NULL
    AND ($afterKey IS NULL OR r.sortKey > $afterKey OR (r.sortKey = $afterKey AND r.id > $afterId))
    AND ($undated OR r.sortKey < '~')
    AND ($from IS NULL OR r.sortKey >= $from OR r.sortKey IN $fromPrefixes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($negated IS NULL OR r.negated = $negated)
    AND ($other IS NULL OR y.code = $other OR EXISTS { (y)-[:REPRESENTS]->(:State {code: $other}) })
  WITH r ORDER BY r.fromKey, r.sortKey, r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH $type AS type, $side AS side WHERE type = 'VISITED' AND side <> 'from'
  MATCH (y)-[r:VISITED]->()
  USING INDEX SEEK r:VISITED(toKey, sortKey, id)
  WHERE r.toKey = $actor AND r.sortKey >= $lo AND r.sortKey <= $hi AND r.id IS NOT NULL
    AND ($afterKey IS NULL OR r.sortKey > $afterKey OR (r.sortKey = $afterKey AND r.id > $afterId))
    AND ($undated OR r.sortKey < '~')
    AND ($from IS NULL OR r.sortKey >= $from OR r.sortKey IN $fromPrefixes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($negated IS NULL OR r.negated = $negated)
    AND ($other IS NULL OR y.code = $other OR EXISTS { (y)-[:REPRESENTS]->(:State {code: $other}) })
  WITH r ORDER BY r.toKey, r.sortKey, r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH $type AS type, $side AS side WHERE type = 'STATED' AND side <> 'to'
  MATCH ()-[r:STATED]->(y)
  USING INDEX SEEK r:STATED(fromKey, sortKey, id)
  WHERE r.fromKey = $actor AND r.sortKey >= $lo AND r.sortKey <= $hi AND r.id IS NOT NULL
    AND ($afterKey IS NULL OR r.sortKey > $afterKey OR (r.sortKey = $afterKey AND r.id > $afterId))
    AND ($undated OR r.sortKey < '~')
    AND ($from IS NULL OR r.sortKey >= $from OR r.sortKey IN $fromPrefixes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($negated IS NULL OR r.negated = $negated)
    AND ($other IS NULL OR y.code = $other OR EXISTS { (y)-[:REPRESENTS]->(:State {code: $other}) })
  WITH r ORDER BY r.fromKey, r.sortKey, r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH $type AS type, $side AS side WHERE type = 'STATED' AND side <> 'from'
  MATCH (y)-[r:STATED]->()
  USING INDEX SEEK r:STATED(toKey, sortKey, id)
  WHERE r.toKey = $actor AND r.sortKey >= $lo AND r.sortKey <= $hi AND r.id IS NOT NULL
    AND ($afterKey IS NULL OR r.sortKey > $afterKey OR (r.sortKey = $afterKey AND r.id > $afterId))
    AND ($undated OR r.sortKey < '~')
    AND ($from IS NULL OR r.sortKey >= $from OR r.sortKey IN $fromPrefixes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($negated IS NULL OR r.negated = $negated)
    AND ($other IS NULL OR y.code = $other OR EXISTS { (y)-[:REPRESENTS]->(:State {code: $other}) })
  WITH r ORDER BY r.toKey, r.sortKey, r.id LIMIT $limit
  RETURN r
}
// A fact of the actor with itself is on both sides.
WITH DISTINCT r
WITH r, r.sortKey AS sortKey
ORDER BY sortKey, r.id
LIMIT $limit
WITH r, sortKey, startNode(r) AS a, endNode(r) AS b
RETURN sortKey,
       {type: type(r), props: properties(r),
        from: {labels: labels(a), props: properties(a)},
        to: {labels: labels(b), props: properties(b)}} AS fact
