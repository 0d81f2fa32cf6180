// paths-expand
// One level of the path search (src/api/path-search.ts): for each key in $keys (a state
// code, person id or event id; the key spaces do not overlap), its $fanOut most corroborated
// steps, facts and who-represents-whom, in either direction (sourceCount descending, ties by
// id descending). Each fact type and side is a seek on its (fromKey|toKey, sourceCount, id)
// index read backwards from the top that stops after $fanOut entries, so a hub costs
// $fanOut entries per type and side, not its degree; REPRESENTS links are read directly
// (a person has few, a state as many as the people acting for it). Facts carry their ends'
// keys, so only REPRESENTS links read their nodes.
// Besides, the steps between a key and each of $targets (the other side's frontier, sent
// only when the two are small: see PATH_JOIN), whatever the key's cap: per pair, type and
// direction the $perPair most corroborated (as many as paths are asked for: no more of
// them can be in the answer), each a seek on the type's (fromKey, toKey, sourceCount, id)
// index stopped at $perPair, so that the step joining the two searches is never lost to the
// cap and two states with thousands of facts between them still cost $perPair entries.
CALL () {
  UNWIND $keys AS key
  CALL (key) {
    CALL (key) {
      WITH key MATCH ()-[r:INVITED]->()
      USING INDEX SEEK r:INVITED(fromKey, sourceCount, id)
      WHERE r.fromKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
      WITH r ORDER BY r.fromKey DESC, r.sourceCount DESC, r.id DESC LIMIT $fanOut
      RETURN r
    UNION ALL
      WITH key MATCH ()-[r:INVITED]->()
      USING INDEX SEEK r:INVITED(toKey, sourceCount, id)
      WHERE r.toKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
      WITH r ORDER BY r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $fanOut
      RETURN r
    UNION ALL
      WITH key MATCH ()-[r:VISITED]->()
      USING INDEX SEEK r:VISITED(fromKey, sourceCount, id)
      WHERE r.fromKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
      WITH r ORDER BY r.fromKey DESC, r.sourceCount DESC, r.id DESC LIMIT $fanOut
      RETURN r
    UNION ALL
      WITH key MATCH ()-[r:VISITED]->()
      USING INDEX SEEK r:VISITED(toKey, sourceCount, id)
      WHERE r.toKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
      WITH r ORDER BY r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $fanOut
      RETURN r
    UNION ALL
      WITH key MATCH ()-[r:STATED]->()
      USING INDEX SEEK r:STATED(fromKey, sourceCount, id)
      WHERE r.fromKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
      WITH r ORDER BY r.fromKey DESC, r.sourceCount DESC, r.id DESC LIMIT $fanOut
      RETURN r
    UNION ALL
      WITH key MATCH ()-[r:STATED]->()
      USING INDEX SEEK r:STATED(toKey, sourceCount, id)
      WHERE r.toKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
      WITH r ORDER BY r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $fanOut
      RETURN r
    UNION ALL
      WITH key MATCH (:Person {id: key})-[r:REPRESENTS]->()
      WITH r ORDER BY coalesce(r.sourceCount, 0) DESC, r.id DESC LIMIT $fanOut
      RETURN r
    UNION ALL
      WITH key MATCH (:State {code: key})<-[r:REPRESENTS]-()
      WITH r ORDER BY coalesce(r.sourceCount, 0) DESC, r.id DESC LIMIT $fanOut
      RETURN r
    }
    WITH r ORDER BY coalesce(r.sourceCount, 0) DESC, r.id DESC LIMIT $fanOut
    RETURN r
  }
  RETURN r
  UNION ALL
  UNWIND $keys AS key
  UNWIND $targets AS target
  CALL (key, target) {
    MATCH ()-[r:INVITED]->() USING INDEX SEEK r:INVITED(fromKey, toKey, sourceCount, id)
    WHERE r.fromKey = key AND r.toKey = target AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey DESC, r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $perPair
    RETURN r
    UNION ALL
    MATCH ()-[r:INVITED]->() USING INDEX SEEK r:INVITED(fromKey, toKey, sourceCount, id)
    WHERE r.fromKey = target AND r.toKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey DESC, r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $perPair
    RETURN r
    UNION ALL
    MATCH ()-[r:VISITED]->() USING INDEX SEEK r:VISITED(fromKey, toKey, sourceCount, id)
    WHERE r.fromKey = key AND r.toKey = target AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey DESC, r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $perPair
    RETURN r
    UNION ALL
    MATCH ()-[r:VISITED]->() USING INDEX SEEK r:VISITED(fromKey, toKey, sourceCount, id)
    WHERE r.fromKey = target AND r.toKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey DESC, r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $perPair
    RETURN r
    UNION ALL
    MATCH ()-[r:STATED]->() USING INDEX SEEK r:STATED(fromKey, toKey, sourceCount, id)
    WHERE r.fromKey = key AND r.toKey = target AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey DESC, r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $perPair
    RETURN r
    UNION ALL
    MATCH ()-[r:STATED]->() USING INDEX SEEK r:STATED(fromKey, toKey, sourceCount, id)
    WHERE r.fromKey = target AND r.toKey = key AND r.sourceCount IS NOT NULL AND r.id IS NOT NULL
    WITH r ORDER BY r.fromKey DESC, r.toKey DESC, r.sourceCount DESC, r.id DESC LIMIT $perPair
    RETURN r
    UNION ALL
    MATCH (:Person {id: key})-[r:REPRESENTS]->(:State {code: target}) RETURN r
    UNION ALL
    MATCH (:Person {id: target})-[r:REPRESENTS]->(:State {code: key}) RETURN r
  }
  RETURN r
}
WITH r, type(r) AS kind
RETURN kind, r.id AS id,
       CASE kind WHEN 'REPRESENTS' THEN startNode(r).id ELSE r.fromKey END AS from,
       CASE kind WHEN 'REPRESENTS' THEN endNode(r).code ELSE r.toKey END AS to,
       coalesce(r.sourceCount, 0) AS weight
