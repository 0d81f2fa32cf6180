// count-all-statements
// How many STATED facts find-all-statements pages through (the same bands and filters),
// counted up to $cap so that the cost stays bounded: `exact` is false when the count
// stopped there. With no time range and no filter ($everything) the store's count of the
// type answers, exactly.
CALL () {
  WITH 1 AS unused WHERE $everything
  RETURN COUNT { ()-[:STATED]->() } AS n
  UNION ALL
  UNWIND CASE WHEN $everything THEN [] ELSE $bands END AS band
  CALL (band) {
    MATCH ()-[r:STATED]->()
    USING INDEX r:STATED(sortKey, id)
    WHERE r.sortKey = CASE WHEN band.hi IS NULL THEN band.key END AND r.id > band.afterId
    RETURN r
    UNION ALL
    MATCH ()-[r:STATED]->()
    USING INDEX r:STATED(sortKey, id)
    WHERE r.sortKey > CASE WHEN band.hi IS NOT NULL THEN band.key END AND r.sortKey <= band.hi AND r.id IS NOT NULL
    RETURN r
  }
  WITH r LIMIT $cap
  RETURN count(r) AS n
}
WITH sum(n) AS n
RETURN n AS total, $everything OR n < $cap AS exact
