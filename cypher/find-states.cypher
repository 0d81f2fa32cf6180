// find-states
// A page of states in code order, read off the State.code index from the cursor on.
MATCH (s:State)
WHERE s.code > $after
RETURN s.code AS key, properties(s) AS state
ORDER BY s.code
LIMIT $limit
