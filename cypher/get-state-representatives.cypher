// get-state-representatives
// The people acting for each state, most corroborated first, at most $first per state.
UNWIND $codes AS code
MATCH (s:State {code: code})
CALL (s) {
  MATCH (p:Person)-[r:REPRESENTS]->(s)
  WITH p, r, s
  ORDER BY coalesce(r.sourceCount, 0) DESC, p.id
  LIMIT $first
  RETURN collect({props: properties(r), person: {labels: labels(p), props: properties(p)}, state: properties(s)}) AS representations
}
RETURN code, representations
