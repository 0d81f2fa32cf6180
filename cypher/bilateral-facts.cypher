// bilateral-facts
// Every fact between state $a and state $b, directly or through the people who act for
// them, in both directions, in time order (undated last). Returns counts by (type, year) over
// all of them, their total, and the first $first in full: only the page is materialised.
// A side is a state and the people who act for it. The facts are expanded from the cheaper
// side only, and the far end is matched against the other side by a hash join (a table of
// the far side's nodes, built once), so two hubs cost the smaller hub's facts, not the
// larger's. A side's cost is estimated from counts the store keeps for a busy node: its
// state's facts plus its number of people (summing every person's degree would walk each
// one's relationship chain, about as costly as the expansion it is meant to save). The
// choice of side changes only the cost, never the answer.
OPTIONAL MATCH (sa:State {code: $a})
OPTIONAL MATCH (sb:State {code: $b})
WITH sa, sb,
     CASE WHEN sa IS NULL THEN 0
          ELSE COUNT { (sa)-[:INVITED|VISITED|STATED]-() } + COUNT { (sa)<-[:REPRESENTS]-() } END AS costA,
     CASE WHEN sb IS NULL THEN 0
          ELSE COUNT { (sb)-[:INVITED|VISITED|STATED]-() } + COUNT { (sb)<-[:REPRESENTS]-() } END AS costB
WITH CASE WHEN costA <= costB THEN sa ELSE sb END AS nearState,
     CASE WHEN costA <= costB THEN sb ELSE sa END AS farState
CALL (nearState, farState) {
  // [:REPRESENTS*0..1]: the state itself, or one of its people.
  MATCH (nearState)<-[:REPRESENTS*0..1]-(x)-[r:INVITED|VISITED|STATED]-(y)-[:REPRESENTS*0..1]->(farState)
  USING JOIN ON y
  RETURN r, x, y
}
// Checked after the join, on its few rows.
WITH r, x, y, nearState, farState
WHERE (x = nearState OR x:Person) AND (y = farState OR y:Person)
  AND ($from IS NULL OR r.date >= $from OR r.date IN $fromPrefixes)
  AND ($toEnd IS NULL OR r.date <= $toEnd)
WITH DISTINCT r
// Grouped by year as they are read (each fact's date read once): the counts come from the
// groups, and only the earliest years' groups, enough to fill the page, are sorted in full.
WITH r, coalesce(r.date, '~') AS sortKey
WITH type(r) AS type, left(sortKey, 4) AS yearKey, collect([sortKey, r]) AS group
WITH yearKey, collect([type, size(group)]) AS kinds, collect(group) AS groups
ORDER BY yearKey
WITH collect({yearKey: yearKey, kinds: kinds, rows: reduce(all = [], g IN groups | all + g)}) AS years
WITH years,
     reduce(page = [], y IN years | CASE WHEN size(page) >= $first THEN page ELSE page + y.rows END) AS early
CALL (early) {
  UNWIND early AS row
  WITH row[0] AS sortKey, row[1] AS r
  ORDER BY sortKey, r.id
  LIMIT $first
  WITH collect(r) AS page
  // Endpoints once each (the same few states and people recur on every page); each fact
  // names its ends by key (a state's code, a person's id).
  CALL (page) {
    UNWIND page AS r
    UNWIND [startNode(r), endNode(r)] AS n
    WITH DISTINCT n
    RETURN collect({labels: labels(n), props: properties(n)}) AS nodes
  }
  RETURN [r IN page |
           {type: type(r), props: properties(r),
            from: coalesce(startNode(r).code, startNode(r).id),
            to: coalesce(endNode(r).code, endNode(r).id)}] AS facts,
         nodes
}
RETURN reduce(c = [], y IN years |
         c + [k IN y.kinds | [k[0], CASE y.yearKey WHEN '~' THEN null ELSE y.yearKey END, k[1]]]) AS counts,
       reduce(n = 0, y IN years | n + size(y.rows)) AS total, facts, nodes
