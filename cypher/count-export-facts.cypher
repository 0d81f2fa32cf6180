// count-export-facts
// How many facts export-facts will stream with the same filters: the total of the progress bar.
CALL () {
  MATCH ()-[r:INVITED]->() RETURN r
  UNION ALL
  MATCH ()-[r:VISITED]->() RETURN r
  UNION ALL
  MATCH ()-[r:STATED]->() RETURN r
}
WITH r
WHERE ($from IS NULL OR (r.date IS NOT NULL AND r.date + '~' >= $from))
  AND ($to IS NULL OR (r.date IS NOT NULL AND r.date <= $to))
  AND ($state IS NULL OR EXISTS { MATCH (e:StateFact {factId: r.id}) WHERE e.state = $state })
RETURN count(r) AS facts
