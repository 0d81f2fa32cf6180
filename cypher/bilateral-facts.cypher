// bilateral-facts
// Every fact between two states, directly or through the people who act for them, in both
// directions, in time order (undated last), from the pair's :DyadFact entries (one per fact
// and pair of states it joins, kept by write-state-entries) instead of expanding either side's
// every fact, so the cost follows the answer, not the states' size. Returns the counts by
// (type, year) over all of the pair's facts in the range and their total: the years the
// range covers whole from the pair's :DyadCount counters ($yearsLo..$yearsHi), the years it
// covers in part from their entries ($bands, see dates' yearCountPlan), so a busy pair's
// counts do not read its every entry. Then the first $first facts in full, read in index
// order, as rows (lists: the driver decodes maps slowly) with their endpoints beside them
// when $ends.
// $dyad is 'AAA|BBB' (codes in order); the date range is a seek on sortKey ($lo..$hi, see
// fact-list's seekBounds) plus the exact overlap rule; '~' (undated) only without a range.
CALL () {
  CALL () {
    MATCH (c:DyadCount)
    USING INDEX SEEK c:DyadCount(dyad, year, type)
    WHERE c.dyad = $dyad AND c.year >= $yearsLo AND c.year <= $yearsHi AND c.type IS NOT NULL AND c.n > 0
    RETURN c.type AS type, c.year AS yearKey, c.n AS n
    UNION ALL
    UNWIND $bands AS band
    MATCH (d:DyadFact)
    USING INDEX SEEK d:DyadFact(dyad, sortKey, factId, type)
    WHERE d.dyad = $dyad AND d.sortKey >= band.lo AND d.sortKey <= band.hi AND d.factId IS NOT NULL AND d.type IS NOT NULL
      AND ($from IS NULL OR d.sortKey >= $from OR d.sortKey IN $fromPrefixes)
      AND ($undated OR d.sortKey < '~')
    RETURN d.type AS type, left(d.sortKey, 4) AS yearKey, count(*) AS n
  }
  WITH type, yearKey, sum(n) AS n
  ORDER BY yearKey, type
  RETURN collect([type, CASE yearKey WHEN '~' THEN null ELSE yearKey END, n]) AS counts, sum(n) AS total
}
CALL () {
  MATCH (d:DyadFact)
  USING INDEX SEEK d:DyadFact(dyad, sortKey, factId, type)
  WHERE d.dyad = $dyad AND d.sortKey >= $lo AND d.sortKey <= $hi AND d.factId IS NOT NULL AND d.type IS NOT NULL
    AND ($from IS NULL OR d.sortKey >= $from OR d.sortKey IN $fromPrefixes)
    AND ($undated OR d.sortKey < '~')
  WITH d ORDER BY d.dyad, d.sortKey, d.factId LIMIT $first
  CALL (d) {
    WITH d WHERE d.type = 'INVITED'
    MATCH ()-[r:INVITED {id: d.factId}]->()
    USING INDEX SEEK r:INVITED(id)
    RETURN r
    UNION
    WITH d WHERE d.type = 'VISITED'
    MATCH ()-[r:VISITED {id: d.factId}]->()
    USING INDEX SEEK r:VISITED(id)
    RETURN r
    UNION
    WITH d WHERE d.type = 'STATED'
    MATCH ()-[r:STATED {id: d.factId}]->()
    USING INDEX SEEK r:STATED(id)
    RETURN r
  }
  WITH r ORDER BY d.sortKey, d.factId
  WITH collect(r) AS page
  // Endpoints once each (the same few states and people recur on every page), and only when
  // $ends (the query selects them); each fact names its ends by key (fromKey, toKey: a
  // state's code, a person's id).
  CALL (page) {
    UNWIND CASE WHEN $ends THEN page ELSE [] END AS r
    UNWIND [startNode(r), endNode(r)] AS n
    WITH DISTINCT n
    RETURN collect({labels: labels(n), props: properties(n)}) AS nodes
  }
  // Fact rows in the column order of FACT_ROW_COLUMNS (src/api/records.ts).
  RETURN [r IN page |
           [type(r), r.id, r.date, r.eventId, r.eventName, r.sourceCount, r.firstReported,
            r.lastReported, r.status, r.negated, r.quote, r.fromKey, r.toKey]] AS facts,
         nodes
}
RETURN counts, total, facts, nodes
