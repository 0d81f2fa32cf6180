// neighbourhood-of
// The steps (facts and who-represents-whom) around an actor or event: at depth 1 the
// $limit most corroborated (coalesce(sourceCount, 0) descending, then elementId); at depth 2
// (when $depth >= 2) up to $limit more from the entities reached, taken as found so the cost
// stays bounded by $limit, not by hub degrees.
//
// Depth 1 of a hub (at least $hubDegree facts) does not read every fact's sourceCount (a
// state like RUS has tens of thousands); it reads the top of the sourceCount indexes instead:
//  1. for each fact type where c has enough facts to meet $limit of them within $scan
//     entries, the index from the top (at most $scan entries) until c's $limit most
//     corroborated of that type are found; with the other types and the REPRESENTS steps
//     (all read) they give `floor`, the $limit-th largest sourceCount among c's steps;
//  2. for each such type, a range seek (at most $scan entries) finds every fact of c with
//     sourceCount >= floor: the candidates, ordered as the plain expansion orders them.
// When a scan stops at $scan, some of c's facts have no sourceCount, or floor < 1, the hub
// path gives null and depth 1 reads every step as for any other node: same answer, either way.
CALL {
  MATCH (s:State {code: $actor}) RETURN s AS c
  UNION
  MATCH (p:Person {id: $actor}) RETURN p AS c
  UNION
  MATCH (e:Event {id: $actor}) RETURN e AS c
}
OPTIONAL CALL (c) {
  // A type's index is worth reading when c's $limit top facts of that type should turn up
  // within $scan entries: c holds degT of allT facts of the type, so about $limit * allT /
  // degT entries are read to meet $limit of them (fewer: a hub's facts are the better
  // corroborated). Other types, and every type of a small node, are read directly.
  CALL () { MATCH ()-[r:INVITED]->() RETURN count(r) AS allI }
  CALL () { MATCH ()-[r:VISITED]->() RETURN count(r) AS allV }
  CALL () { MATCH ()-[r:STATED]->() RETURN count(r) AS allS }
  WITH c, allI, allV, allS,
       COUNT { (c)-[:INVITED]-() } AS degI,
       COUNT { (c)-[:VISITED]-() } AS degV,
       COUNT { (c)-[:STATED]-() } AS degS
  WITH c, degI + degV + degS AS degree,
       degI >= $limit AND $limit * allI <= $scan * degI AS useI,
       degV >= $limit AND $limit * allV <= $scan * degV AS useV,
       degS >= $limit AND $limit * allS <= $scan * degS AS useS
  WHERE degree >= $hubDegree AND (useI OR useV OR useS)
  // 1. each large type's $limit most corroborated facts at c, from the top of its index.
  // (Each guard is inside the seek's bound, where it empties the range: a filter would be
  // planned above the seek and let it run through the whole index.)
  CALL (c, useI) {
    MATCH ()-[r:INVITED]->() WHERE r.sourceCount >= CASE WHEN useI THEN 1 END
    WITH c, r ORDER BY r.sourceCount DESC LIMIT $scan
    WITH r WHERE startNode(r) = c OR endNode(r) = c
    WITH r LIMIT $limit
    RETURN collect(r) AS topI
  }
  CALL (c, useV) {
    MATCH ()-[r:VISITED]->() WHERE r.sourceCount >= CASE WHEN useV THEN 1 END
    WITH c, r ORDER BY r.sourceCount DESC LIMIT $scan
    WITH r WHERE startNode(r) = c OR endNode(r) = c
    WITH r LIMIT $limit
    RETURN collect(r) AS topV
  }
  CALL (c, useS) {
    MATCH ()-[r:STATED]->() WHERE r.sourceCount >= CASE WHEN useS THEN 1 END
    WITH c, r ORDER BY r.sourceCount DESC LIMIT $scan
    WITH r WHERE startNode(r) = c OR endNode(r) = c
    WITH r LIMIT $limit
    RETURN collect(r) AS topS
  }
  // Small types and REPRESENTS: every step, read directly.
  CALL (c, useI, useV, useS) {
    CALL (c, useI, useV, useS) {
      MATCH (c)-[r:REPRESENTS]-() RETURN r
      UNION ALL
      WITH c WHERE NOT useI MATCH (c)-[r:INVITED]-() RETURN r
      UNION ALL
      WITH c WHERE NOT useV MATCH (c)-[r:VISITED]-() RETURN r
      UNION ALL
      WITH c WHERE NOT useS MATCH (c)-[r:STATED]-() RETURN r
    }
    RETURN collect(r) AS small
  }
  WITH c, useI, useV, useS, small,
       (NOT useI OR size(topI) = $limit)
         AND (NOT useV OR size(topV) = $limit)
         AND (NOT useS OR size(topS) = $limit) AS found,
       topI + topV + topS + small AS known
  CALL (known) {
    UNWIND known AS r
    WITH coalesce(r.sourceCount, 0) AS sc
    ORDER BY sc DESC
    SKIP $limit - 1
    LIMIT 1
    RETURN collect(sc)[0] AS floor
  }
  WITH c, useI, useV, useS, small, found AND floor >= 1 AS usable, floor
  // 2. every fact of c at or above floor, from each large type's index.
  CALL (c, useI, floor, usable) {
    MATCH ()-[r:INVITED]->() WHERE r.sourceCount >= CASE WHEN usable AND useI THEN floor END
    WITH c, r ORDER BY r.sourceCount DESC LIMIT $scan
    RETURN count(r) < $scan AS completeI,
           collect(CASE WHEN startNode(r) = c OR endNode(r) = c THEN r END) AS aboveI
  }
  CALL (c, useV, floor, usable) {
    MATCH ()-[r:VISITED]->() WHERE r.sourceCount >= CASE WHEN usable AND useV THEN floor END
    WITH c, r ORDER BY r.sourceCount DESC LIMIT $scan
    RETURN count(r) < $scan AS completeV,
           collect(CASE WHEN startNode(r) = c OR endNode(r) = c THEN r END) AS aboveV
  }
  CALL (c, useS, floor, usable) {
    MATCH ()-[r:STATED]->() WHERE r.sourceCount >= CASE WHEN usable AND useS THEN floor END
    WITH c, r ORDER BY r.sourceCount DESC LIMIT $scan
    RETURN count(r) < $scan AS completeS,
           collect(CASE WHEN startNode(r) = c OR endNode(r) = c THEN r END) AS aboveS
  }
  WITH c, usable AND completeI AND completeV AND completeS AS exact, aboveI + aboveV + aboveS + small AS candidates
  CALL (candidates) {
    UNWIND candidates AS r
    WITH r
    ORDER BY coalesce(r.sourceCount, 0) DESC, elementId(r)
    LIMIT $limit
    RETURN collect(r) AS ranked
  }
  RETURN CASE WHEN exact THEN ranked END AS hubNear
}
// Any other node (or a hub the indexes could not answer for): every step, read directly.
CALL (c, hubNear) {
  WITH c WHERE hubNear IS NULL
  MATCH (c)-[r:INVITED|VISITED|STATED|REPRESENTS]-()
  WITH r
  ORDER BY coalesce(r.sourceCount, 0) DESC, elementId(r)
  LIMIT $limit
  RETURN collect(r) AS expanded
}
WITH c, coalesce(hubNear, expanded) AS near
// The far ends of the steps, each once, in the order the steps first reach them.
WITH c, near,
     reduce(acc = [], n IN [r IN near | CASE WHEN startNode(r) = c THEN endNode(r) ELSE startNode(r) END] |
       CASE WHEN n IN acc THEN acc ELSE acc + n END) AS reached
CALL (c, near, reached) {
  UNWIND CASE WHEN $depth >= 2 THEN reached ELSE [] END AS n
  MATCH (n)-[r:INVITED|VISITED|STATED|REPRESENTS]-(m)
  WHERE m <> c AND NOT r IN near
  WITH DISTINCT r
  LIMIT $limit
  RETURN collect(r) AS far
}
RETURN {labels: labels(c), props: properties(c)} AS center,
       [r IN near + far |
         {type: type(r), props: properties(r),
          from: {labels: labels(startNode(r)), props: properties(startNode(r))},
          to: {labels: labels(endNode(r)), props: properties(endNode(r))}}] AS steps
