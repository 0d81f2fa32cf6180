// count-all-visits
// How many VISITED facts find-all-visits would page through (same range seek and filters).
CALL () {
  MATCH ()-[r:VISITED]->() WHERE r.date >= $lo AND r.date <= $hi RETURN r
  UNION ALL
  WITH 1 AS unused WHERE $undated
  MATCH ()-[r:VISITED]->() WHERE r.date IS NULL RETURN r
}
WITH r
WHERE ($from IS NULL OR r.date >= $from OR r.date IN $fromPrefixes)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($negated IS NULL OR r.negated = $negated)
RETURN count(r) AS total
