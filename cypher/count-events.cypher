// count-events
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR e.date >= $from OR e.date IN $fromPrefixes)
  AND ($toEnd IS NULL OR e.date <= $toEnd)
RETURN count(e) AS total
