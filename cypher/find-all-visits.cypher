// find-all-visits
// One page of VISITED facts with no actor or state to start from, in time order, filtered by
// attributes only. Dated facts come from a range seek on the relationship date index
// ($lo..$hi: the whole index without a time range); undated ones are added only when no
// range is asked ($undated). $from / $fromPrefixes then apply the exact overlap rule.
CALL () {
  MATCH (a)-[r:VISITED]->(b) WHERE r.date >= $lo AND r.date <= $hi RETURN r, a, b
  UNION ALL
  WITH 1 AS unused WHERE $undated
  MATCH (a)-[r:VISITED]->(b) WHERE r.date IS NULL RETURN r, a, b
}
WITH r, a, b
WHERE ($from IS NULL OR r.date >= $from OR r.date IN $fromPrefixes)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($negated IS NULL OR r.negated = $negated)
WITH r, a, b, r.sortKey AS sortKey
WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND r.id > $afterId)
WITH r, a, b, sortKey
ORDER BY sortKey, r.id
LIMIT $limit
RETURN sortKey,
       {type: type(r), props: properties(r),
        from: {labels: labels(a), props: properties(a)},
        to: {labels: labels(b), props: properties(b)}} AS fact
