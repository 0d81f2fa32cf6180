// get-states
UNWIND $codes AS code
MATCH (s:State {code: code})
RETURN code, properties(s) AS state
