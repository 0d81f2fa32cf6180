// find-events
// A page of events in id order, optionally of one kind and overlapping a time range.
MATCH (e:Event)
WHERE e.id > $after
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR e.date >= $from OR e.date IN $fromPrefixes)
  AND ($toEnd IS NULL OR e.date <= $toEnd)
RETURN e.id AS key, properties(e) AS event
ORDER BY e.id
LIMIT $limit
