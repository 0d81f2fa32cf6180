// find-all-visits
// One page of VISITED facts with no actor or state to start from, in time order (sortKey, id).
// $bands (sortKeyBands, src/api/dates.ts) cut the time range and the cursor into seeks of
// visited_order, each read in index order and stopped at $limit rows: a band without `hi` is
// one sortKey (ids after band.afterId), any other the sortKeys after band.key up to band.hi.
// Filtered by status, each band is one status's (band.status), sought in visited_status_order.
// So the cost follows the page and the number of bands, not the facts in the range.
// (Each guard sits inside a seek's bound, where it empties the range: as a filter it would
// be planned above the seek and let the seek run.)
UNWIND $bands AS band
CALL (band) {
  MATCH (a)-[r:VISITED]->(b)
  USING INDEX r:VISITED(sortKey, id)
  WHERE r.sortKey = CASE WHEN band.status IS NULL AND band.hi IS NULL THEN band.key END AND r.id > band.afterId
    AND ($negated IS NULL OR r.negated = $negated)
  WITH a, r, b ORDER BY r.sortKey, r.id LIMIT $limit
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:VISITED]->(b)
  USING INDEX r:VISITED(sortKey, id)
  WHERE r.sortKey > CASE WHEN band.status IS NULL AND band.hi IS NOT NULL THEN band.key END AND r.sortKey <= band.hi AND r.id IS NOT NULL
    AND ($negated IS NULL OR r.negated = $negated)
  WITH a, r, b ORDER BY r.sortKey, r.id LIMIT $limit
  RETURN a, r, b
  UNION ALL
  // The same two seeks on one status's time range, when the list is filtered by status.
  MATCH (a)-[r:VISITED]->(b)
  USING INDEX r:VISITED(status, sortKey, id)
  WHERE r.status = band.status AND r.sortKey = CASE WHEN band.hi IS NULL THEN band.key END AND r.id > band.afterId
    AND ($negated IS NULL OR r.negated = $negated)
  WITH a, r, b ORDER BY r.status, r.sortKey, r.id LIMIT $limit
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:VISITED]->(b)
  USING INDEX r:VISITED(status, sortKey, id)
  WHERE r.status = band.status AND r.sortKey > CASE WHEN band.hi IS NOT NULL THEN band.key END AND r.sortKey <= band.hi AND r.id IS NOT NULL
    AND ($negated IS NULL OR r.negated = $negated)
  WITH a, r, b ORDER BY r.status, r.sortKey, r.id LIMIT $limit
  RETURN a, r, b
}
WITH a, r, b
ORDER BY r.sortKey, r.id
LIMIT $limit
RETURN r.sortKey AS sortKey,
       {type: type(r), props: properties(r),
        from: {labels: labels(a), props: properties(a)},
        to: {labels: labels(b), props: properties(b)}} AS fact
