// get-corrections
// What the ingest needs of the analysts' corrections (see write.ts): the person corrections
// in the order they were made (merges, and the splits of this batch's articles), the fact
// moves (with the readings of the invitations' and visits' reports they moved, by which
// ingest finds them before grouping), and the version every correction bumps. Corrections are made by hand, so they are
// few; all of them are read.
OPTIONAL MATCH (log:CorrectionLog {id: 'corrections'})
CALL () {
  OPTIONAL MATCH (c:Correction)
  WHERE c.kind = 'mergePeople' OR (c.kind = 'splitPerson' AND any(a IN c.articles WHERE a IN $articleIds))
  WITH c ORDER BY c.at, c.id
  RETURN collect(CASE WHEN c IS NULL THEN NULL ELSE {from: c.person, into: c.into, articles: CASE WHEN c.kind = 'splitPerson' THEN c.articles ELSE NULL END} END) AS people
}
CALL () {
  OPTIONAL MATCH (c:Correction {kind: 'moveFact'})
  WITH c ORDER BY c.at, c.id
  RETURN collect(CASE WHEN c IS NULL THEN NULL ELSE {factId: c.factId, side: c.side, actor: c.actor, readings: coalesce(c.readings, [])} END) AS moves
}
RETURN coalesce(log.version, 0) AS version, people, moves
