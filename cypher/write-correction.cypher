// write-correction
// Records a correction (who, when, why, what) and links it to the people or states it
// concerns: remove-orphans keeps those, so a correction's target is still there when the
// articles that named it are removed and ingested again.
CREATE (c:Correction)
SET c = $correction
WITH c
UNWIND $concerns AS key
CALL (key) {
  MATCH (p:Person {id: key}) RETURN p AS n
  UNION
  MATCH (s:State {code: key}) RETURN s AS n
}
MERGE (c)-[:CONCERNS]->(n)
RETURN count(*) AS linked
